import type { Viewer } from "@kepu/auth";
import { describe, expect, it } from "vitest";
import { activityVisibility, canSeeActivity, canSeeActivityDirectly } from "./access.js";
import { createActivityInputSchema } from "./activity-input.js";
import { editionIdOf } from "./editions.js";
import { activityStatuses, transition } from "./workflow.js";

describe("activity workflow", () => {
  it("submits a draft or a rejected activity, and approves or rejects a submitted one", () => {
    expect(transition("DRAFT", "SUBMIT")).toEqual({ ok: true, from: "DRAFT", to: "SUBMITTED" });
    expect(transition("REJECTED", "SUBMIT")).toEqual({ ok: true, from: "REJECTED", to: "SUBMITTED" });
    expect(transition("SUBMITTED", "APPROVE")).toEqual({ ok: true, from: "SUBMITTED", to: "PUBLISHED" });
    expect(transition("SUBMITTED", "REJECT")).toEqual({ ok: true, from: "SUBMITTED", to: "REJECTED" });
  });

  it("refuses every other step, saying why", () => {
    const allowed = new Set(["DRAFT:SUBMIT", "REJECTED:SUBMIT", "SUBMITTED:APPROVE", "SUBMITTED:REJECT"]);
    for (const status of activityStatuses) {
      for (const action of ["SUBMIT", "APPROVE", "REJECT"] as const) {
        if (allowed.has(`${status}:${action}`)) continue;
        const result = transition(status, action);
        expect(result.ok, `${status}:${action}`).toBe(false);
        if (!result.ok) expect(result.reason).toMatch(/^活动当前状态为“.+”，不能/);
      }
    }
  });
});

describe("who sees and edits an activity", () => {
  const anonymous: Viewer = { kind: "anonymous" };
  const user = (
    memberships: { orgId: string; roles: ("ORG_ADMIN" | "EDITOR" | "REVIEWER")[] }[],
    platformAdmin = false,
  ): Viewer => ({
    kind: "user",
    userId: "u",
    displayName: "u",
    platformAdmin,
    memberships,
  });
  const draft = { status: "DRAFT", hostOrgId: "org-cq" };
  const published = { status: "PUBLISHED", hostOrgId: "org-cq" };

  const cq = { id: "org-cq", ancestorIds: ["org-cast"] };

  it("shows the public published activities only", () => {
    expect(canSeeActivity(anonymous, published, cq)).toBe(true);
    expect(canSeeActivity(anonymous, draft, cq)).toBe(false);
    expect(canSeeActivity(user([{ orgId: "org-hn", roles: ["ORG_ADMIN"] }]), draft, cq)).toBe(false);
    expect(activityVisibility(anonymous)).toEqual({ kind: "publishedOrHostedBy", hostOrgIds: [] });
  });

  it("shows a unit's drafts to its members, whatever their role, its ancestors' admins and platform admins", () => {
    expect(canSeeActivityDirectly(user([{ orgId: "org-cq", roles: ["REVIEWER"] }]), draft)).toBe(true);
    expect(canSeeActivityDirectly(user([{ orgId: "org-cast", roles: ["ORG_ADMIN"] }]), draft)).toBe(false);
    expect(canSeeActivity(user([{ orgId: "org-cast", roles: ["ORG_ADMIN"] }]), draft, cq)).toBe(true);
    expect(canSeeActivity(user([{ orgId: "org-cast", roles: ["EDITOR"] }]), draft, cq)).toBe(false);
    expect(canSeeActivity(user([], true), draft, null)).toBe(true);
    expect(activityVisibility(user([], true))).toEqual({ kind: "all" });
  });
});

describe("editions", () => {
  const campaigns = new Map(
    [
      { id: "cmp-2024", parentId: null },
      { id: "cmp-2024-gd", parentId: "cmp-2024" },
      { id: "cmp-2024-gd-sz", parentId: "cmp-2024-gd" },
      { id: "loop-a", parentId: "loop-b" },
      { id: "loop-b", parentId: "loop-a" },
    ].map((c) => [c.id, c]),
  );

  it("files a regional edition's activities under the national edition at the root", () => {
    expect(editionIdOf("cmp-2024", campaigns)).toBe("cmp-2024");
    expect(editionIdOf("cmp-2024-gd", campaigns)).toBe("cmp-2024");
    expect(editionIdOf("cmp-2024-gd-sz", campaigns)).toBe("cmp-2024");
  });

  it("refuses unknown campaigns and cycles", () => {
    expect(() => editionIdOf("cmp-1999", campaigns)).toThrow(/unknown campaign/);
    expect(() => editionIdOf("loop-a", campaigns)).toThrow(/cycle/);
  });
});

describe("createActivity input", () => {
  const valid = {
    campaignId: "cmp-2024-cq",
    hostOrgId: "org-cq",
    title: "  科学之夜  ",
    summary: "在科技馆开放夜场。",
    category: "KEY",
    forms: ["SCIENCE_NIGHT"],
    mode: "OFFLINE",
    topics: ["天文"],
    audiences: ["GENERAL_PUBLIC"],
    // The DateTime scalar (@kepu/subgraph) has already read the offset-carrying text into instants.
    startsAt: new Date("2024-09-20T18:00:00+08:00"),
    endsAt: new Date("2024-09-20T21:00:00+08:00"),
    latitude: 29.56,
    longitude: 106.55,
  };
  const problems = (input: Record<string, unknown>) => {
    const result = createActivityInputSchema.safeParse(input);
    return result.success ? [] : result.error.issues.map((issue) => issue.message);
  };

  it("accepts a complete draft and trims its title", () => {
    const result = createActivityInputSchema.safeParse(valid);
    expect(result.success).toBe(true);
    expect(result.data?.title).toBe("科学之夜");
  });

  it("names each thing to fix", () => {
    expect(problems({ ...valid, title: "夜" })).toEqual(["活动名称至少2个字符"]);
    expect(problems({ ...valid, title: "科".repeat(101) })).toEqual(["活动名称不能超过100个字符"]);
    expect(problems({ ...valid, summary: "科".repeat(2001) })).toEqual(["活动简介不能超过2000个字符"]);
    expect(problems({ ...valid, forms: [] })).toEqual(["请至少选择一种活动形式"]);
    expect(problems({ ...valid, latitude: 91 })).toEqual(["纬度须在 -90 到 90 之间"]);
    expect(problems({ ...valid, longitude: -180.5 })).toEqual(["经度须在 -180 到 180 之间"]);
    expect(problems({ ...valid, campaignId: " " })).toEqual(["请填写所属科普日"]);
  });

  it("wants the end after the start, across time zones", () => {
    expect(problems({ ...valid, endsAt: valid.startsAt })).toEqual(["结束时间须晚于开始时间"]);
    // 18:00 in Shanghai is 10:00 UTC: an end at 09:30Z is before the start.
    expect(problems({ ...valid, endsAt: new Date("2024-09-20T09:30:00Z") })).toEqual(["结束时间须晚于开始时间"]);
    expect(problems({ ...valid, endsAt: new Date("2024-09-20T10:30:00Z") })).toEqual([]);
  });
});
