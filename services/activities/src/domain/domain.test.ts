import { describe, expect, it } from "vitest";
import { createActivityInputSchema } from "./activity-input.js";
import { editionIdOf } from "./editions.js";

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
    categoryId: "cat-cmp-2024-exhibitions",
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
