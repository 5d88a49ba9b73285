import { describe, expect, it } from "vitest";
import { canRecommendFor, canSeeNomination, canSeeNominationContact, visibleNominationsWhere } from "./access.js";
import { checkQuota } from "./quotas.js";

const user = (orgId: string, roles: ("ORG_ADMIN" | "EDITOR" | "REVIEWER")[]) => ({
  kind: "user" as const,
  userId: "u",
  displayName: "u",
  platformAdmin: false,
  memberships: [{ orgId, roles }],
});
const hunan = { recommenderOrgId: "org-hn-changsha", reviewingOrgId: "org-hn" };

describe("quotas", () => {
  const prefectural = { maxUnits: 8, maxActivities: 6 };
  it("allows up to the limit of each kind", () => {
    expect(checkQuota(prefectural, "UNIT", 7)).toEqual({ ok: true });
    expect(checkQuota(prefectural, "UNIT", 8)).toMatchObject({ ok: false, limit: 8 });
    expect(checkQuota(prefectural, "ACTIVITY", 5)).toEqual({ ok: true });
    expect(checkQuota(prefectural, "ACTIVITY", 6)).toMatchObject({
      ok: false,
      message: "推荐优秀活动已达上限（不超过6个）",
    });
    expect(checkQuota({ maxUnits: 1, maxActivities: 1 }, "UNIT", 1)).toMatchObject({ ok: false });
    expect(checkQuota(null, "UNIT", 100)).toEqual({ ok: true });
  });
});

describe("who sees nominations", () => {
  it("hides them from the public and from unrelated units", () => {
    expect(canSeeNomination({ kind: "anonymous" }, hunan)).toBe(false);
    expect(visibleNominationsWhere({ kind: "anonymous" })).toBeNull();
    expect(canSeeNomination(user("org-cq", ["ORG_ADMIN", "REVIEWER"]), hunan)).toBe(false);
  });

  it("shows them to the recommender and to the reviewing level, contacts only to the recommender", () => {
    expect(canSeeNomination(user("org-hn-changsha", ["EDITOR"]), hunan)).toBe(true);
    expect(canSeeNomination(user("org-hn", ["REVIEWER"]), hunan)).toBe(true);
    expect(canSeeNomination(user("org-hn", ["EDITOR"]), hunan)).toBe(false);
    expect(canSeeNominationContact(user("org-hn", ["REVIEWER"]), hunan)).toBe(false);
    expect(canSeeNominationContact(user("org-hn-changsha", ["EDITOR"]), hunan)).toBe(true);
  });

  it("lets only the recommender's admins recommend", () => {
    expect(canRecommendFor(user("org-hn-changsha", ["ORG_ADMIN"]), "org-hn-changsha")).toBe(true);
    expect(canRecommendFor(user("org-hn-changsha", ["EDITOR"]), "org-hn-changsha")).toBe(false);
    expect(canRecommendFor(user("org-hn", ["ORG_ADMIN"]), "org-hn-changsha")).toBe(false);
  });
});
