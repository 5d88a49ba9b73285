export type NominationKind = "UNIT" | "ACTIVITY";
export type NominationStatus = "DRAFT" | "SUBMITTED" | "APPROVED" | "REJECTED";

/** 推荐名额 of one kind of recommender in one campaign. */
export interface QuotaRule {
  maxUnits: number;
  maxActivities: number;
}

/** What the quota needs to know of a nomination already made in the campaign. */
export interface CountedNomination {
  recommenderOrgId: string;
  kind: NominationKind;
  status: NominationStatus;
}

export type QuotaCheck =
  | { ok: true; used: number; limit: number | null }
  | { ok: false; code: "QUOTA_EXCEEDED"; used: number; limit: number; message: string };

const kindLabel: Record<NominationKind, string> = { UNIT: "优秀组织单位", ACTIVITY: "优秀活动" };

/**
 * The places a recommender has taken for one kind: its nominations of that kind, drafts included
 * (a draft holds its place until rejected), rejected ones not.
 */
export function countTowardsQuota(
  existing: readonly CountedNomination[],
  recommenderOrgId: string,
  kind: NominationKind,
): number {
  return existing.filter((n) => n.recommenderOrgId === recommenderOrgId && n.kind === kind && n.status !== "REJECTED")
    .length;
}

/**
 * May `recommenderOrgId` add one more nomination of `kind`? Each recommender counts separately
 * against its kind's rule (Hunan 2024: 市州科协 8 units / 6 activities, 纲要办成员单位 2/2, 省级学会 1/1).
 * `existing` are the campaign's nominations (others' are ignored). No rule → no limit.
 */
export function checkQuota(
  rule: QuotaRule | null,
  existing: readonly CountedNomination[],
  candidate: { recommenderOrgId: string; kind: NominationKind },
): QuotaCheck {
  const used = countTowardsQuota(existing, candidate.recommenderOrgId, candidate.kind);
  if (!rule) return { ok: true, used, limit: null };
  const limit = candidate.kind === "UNIT" ? rule.maxUnits : rule.maxActivities;
  if (used < limit) return { ok: true, used, limit };
  return {
    ok: false,
    code: "QUOTA_EXCEEDED",
    used,
    limit,
    message: `推荐${kindLabel[candidate.kind]}已达上限：每个推荐单位不超过${limit}个，已推荐${used}个`,
  };
}

/** A campaign's quota category (推荐名额类别) as the rules read it: see prisma/schema.prisma QuotaCategory. */
export interface QuotaCategoryRule extends QuotaRule {
  id: string;
  name: string;
  position: number;
  orgKinds: readonly string[];
  orgLevels: readonly string[];
  hostRoles: readonly string[];
}

/**
 * The category a recommending unit falls in, looked up (never declared): the first of the campaign's
 * categories, in `position` order, whose every non-empty matcher the unit meets (its kind, its level,
 * its role among the campaign's hosts). Null when it falls in none: it may not recommend in this
 * campaign. Source: 湖南 2024 (seed 003) — 市州科协 8/6, 省纲要办成员单位 2/2, 省级学会 1/1.
 */
export function categoryFor<C extends QuotaCategoryRule>(
  categories: readonly C[],
  recommender: { id: string; kind: string; level: string },
  hosts: readonly { orgId: string; role: string }[],
): C | null {
  const hostRoles = hosts.filter((host) => host.orgId === recommender.id).map((host) => host.role);
  const ordered = [...categories].sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
  return (
    ordered.find(
      (c) =>
        (c.orgKinds.length === 0 || c.orgKinds.includes(recommender.kind)) &&
        (c.orgLevels.length === 0 || c.orgLevels.includes(recommender.level)) &&
        (c.hostRoles.length === 0 || c.hostRoles.some((role) => hostRoles.includes(role))),
    ) ?? null
  );
}
