import { describe, expect, it } from "vitest";
import { checkQuota, countTowardsQuota } from "./quotas.js";

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
