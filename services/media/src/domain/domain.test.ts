import { describe, expect, it } from "vitest";
import { canSeeWork } from "./access.js";
import { review } from "./moderation.js";
import { isPlatform } from "./platforms.js";

const editor = {
  kind: "user" as const,
  userId: "u",
  displayName: "u",
  platformAdmin: false,
  memberships: [{ orgId: "org-a", roles: ["EDITOR" as const] }],
};

describe("moderation", () => {
  it("approves or rejects a pending work once", () => {
    expect(review("PENDING", "APPROVE", null)).toEqual({ ok: true, status: "APPROVED", reason: null });
    expect(review("PENDING", "REJECT", " 含未经核实的健康说法 ")).toEqual({
      ok: true,
      status: "REJECTED",
      reason: "含未经核实的健康说法",
    });
    expect(review("APPROVED", "REJECT", "x")).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(review("REJECTED", "APPROVE", null)).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("requires a reason to reject", () => {
    expect(review("PENDING", "REJECT", "   ")).toMatchObject({ ok: false, code: "BAD_USER_INPUT" });
    expect(review("PENDING", "REJECT", null)).toMatchObject({ ok: false, code: "BAD_USER_INPUT" });
  });
});

describe("access", () => {
  it("shows pending works only to the owner's members", () => {
    expect(canSeeWork({ kind: "anonymous" }, { status: "PENDING", ownerOrgId: "org-a" })).toBe(false);
    expect(canSeeWork({ kind: "anonymous" }, { status: "APPROVED", ownerOrgId: "org-a" })).toBe(true);
    expect(canSeeWork(editor, { status: "PENDING", ownerOrgId: "org-a" })).toBe(true);
    expect(canSeeWork(editor, { status: "PENDING", ownerOrgId: "org-b" })).toBe(false);
  });

  it("knows the platforms", () => {
    expect(isPlatform("B站")).toBe(true);
    expect(isPlatform("YouTube")).toBe(false);
  });
});
