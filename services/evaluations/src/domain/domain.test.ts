import { describe, expect, it } from "vitest";
import { canSeeNomination, canSeeNominationContact, visibleNominationsWhere } from "./access.js";
import { checkQuota, countTowardsQuota } from "./quotas.js";

const user = (orgId: string, roles: ("ORG_ADMIN" | "EDITOR" | "REVIEWER")[]) => ({
  kind: "user" as const,
  userId: "u",
  displayName: "u",
  platformAdmin: false,
  memberships: [{ orgId, roles }],
});
const hunan = { recommenderOrgId: "org-hn-changsha", reviewingOrgId: "org-hn", assignedReviewerIds: [] as string[] };

describe("quotas", () => {
  const prefectural = { maxUnits: 8, maxActivities: 6 };
  const made = (recommenderOrgId: string, kind: "UNIT" | "ACTIVITY", count: number, status = "SUBMITTED" as const) =>
    Array.from({ length: count }, () => ({ recommenderOrgId, kind, status }));
  const changsha = { recommenderOrgId: "org-hn-changsha", kind: "UNIT" } as const;

  it("counts per recommender and per kind, rejected ones not", () => {
    const existing = [
      ...made("org-hn-changsha", "UNIT", 3),
      ...made("org-hn-changsha", "ACTIVITY", 2),
      ...made("org-hn-yueyang", "UNIT", 8),
      { recommenderOrgId: "org-hn-changsha", kind: "UNIT" as const, status: "REJECTED" as const },
      { recommenderOrgId: "org-hn-changsha", kind: "UNIT" as const, status: "DRAFT" as const },
    ];
    expect(countTowardsQuota(existing, "org-hn-changsha", "UNIT")).toBe(4);
    expect(countTowardsQuota(existing, "org-hn-changsha", "ACTIVITY")).toBe(2);
    expect(countTowardsQuota(existing, "org-hn-yueyang", "ACTIVITY")).toBe(0);
    // Yueyang's full quota does not limit Changsha.
    expect(checkQuota(prefectural, existing, changsha)).toEqual({ ok: true, used: 4, limit: 8 });
  });

  it("allows up to the limit of each kind, then fails with QUOTA_EXCEEDED naming the limit", () => {
    expect(checkQuota(prefectural, made("org-hn-changsha", "UNIT", 7), changsha)).toMatchObject({ ok: true });
    expect(checkQuota(prefectural, made("org-hn-changsha", "UNIT", 8), changsha)).toEqual({
      ok: false,
      code: "QUOTA_EXCEEDED",
      used: 8,
      limit: 8,
      message: "推荐优秀组织单位已达上限：每个推荐单位不超过8个，已推荐8个",
    });
    const activity = { recommenderOrgId: "org-hn-changsha", kind: "ACTIVITY" } as const;
    expect(checkQuota(prefectural, made("org-hn-changsha", "ACTIVITY", 5), activity)).toMatchObject({ ok: true });
    expect(checkQuota(prefectural, made("org-hn-changsha", "ACTIVITY", 6), activity)).toMatchObject({
      ok: false,
      code: "QUOTA_EXCEEDED",
      message: "推荐优秀活动已达上限：每个推荐单位不超过6个，已推荐6个",
    });
    // 8 units do not use up the activities' places.
    expect(checkQuota(prefectural, made("org-hn-changsha", "UNIT", 8), activity)).toMatchObject({ ok: true });
  });

  it("gives a 省级学会 one place of each kind, and no rule means no limit", () => {
    const society = { recommenderOrgId: "org-hn-soc-meteo", kind: "UNIT" } as const;
    expect(checkQuota({ maxUnits: 1, maxActivities: 1 }, [], society)).toMatchObject({ ok: true, used: 0 });
    expect(checkQuota({ maxUnits: 1, maxActivities: 1 }, made("org-hn-soc-meteo", "UNIT", 1), society)).toMatchObject({
      ok: false,
      limit: 1,
    });
    expect(checkQuota({ maxUnits: 0, maxActivities: 0 }, [], society)).toMatchObject({ ok: false, limit: 0 });
    expect(checkQuota(null, made("org-hn-soc-meteo", "UNIT", 100), society)).toEqual({
      ok: true,
      used: 100,
      limit: null,
    });
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
    expect(canSeeNomination(user("org-hn", ["ORG_ADMIN"]), hunan)).toBe(true);
    expect(canSeeNomination(user("org-hn", ["EDITOR"]), hunan)).toBe(false);
    expect(canSeeNominationContact(user("org-hn", ["REVIEWER"]), hunan)).toBe(false);
    expect(canSeeNominationContact(user("org-hn-changsha", ["EDITOR"]), hunan)).toBe(true);
  });
});

describe("reviewers see only what they are assigned", () => {
  it("shows a reviewer of the reviewing level the nominations assigned to them, nothing else", () => {
    const reviewer = user("org-hn", ["REVIEWER"]);
    expect(canSeeNomination(reviewer, hunan)).toBe(false);
    expect(canSeeNomination(reviewer, { ...hunan, assignedReviewerIds: ["someone-else"] })).toBe(false);
    expect(canSeeNomination(reviewer, { ...hunan, assignedReviewerIds: ["u"] })).toBe(true);
  });

  it("needs the reviewer role at the reviewing level: an assignment alone grants nothing", () => {
    const assigned = { ...hunan, assignedReviewerIds: ["u"] };
    expect(canSeeNomination(user("org-hn", ["EDITOR"]), assigned)).toBe(false);
    expect(canSeeNomination(user("org-cq", ["REVIEWER"]), assigned)).toBe(false);
  });

  it("filters lists the same way in SQL", () => {
    expect(visibleNominationsWhere(user("org-hn", ["REVIEWER"]))).toEqual({
      OR: [
        { recommenderOrgId: { in: ["org-hn"] } },
        { reviewingOrgId: { in: [] } },
        { reviewingOrgId: { in: ["org-hn"] }, assignments: { some: { reviewerId: "u" } } },
      ],
    });
  });
});
