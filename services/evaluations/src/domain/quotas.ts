export type NominationKind = "UNIT" | "ACTIVITY";

export interface QuotaRule {
  maxUnits: number;
  maxActivities: number;
}

export type QuotaCheck = { ok: true } | { ok: false; limit: number; message: string };

const kindLabel: Record<NominationKind, string> = { UNIT: "优秀组织单位", ACTIVITY: "优秀活动" };

/**
 * 推荐名额: a recommender may put forward at most `maxUnits` units and `maxActivities` activities in
 * a campaign (Hunan 2024: 市州科协 8/6, 纲要办成员单位 2/2, 省级学会 1/1). `existing` counts the
 * recommender's non-rejected nominations of that kind. No rule → no limit.
 */
export function checkQuota(rule: QuotaRule | null, kind: NominationKind, existing: number): QuotaCheck {
  if (!rule) return { ok: true };
  const limit = kind === "UNIT" ? rule.maxUnits : rule.maxActivities;
  if (existing < limit) return { ok: true };
  return { ok: false, limit, message: `推荐${kindLabel[kind]}已达上限（不超过${limit}个）` };
}
