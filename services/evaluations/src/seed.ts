import { accounts, campaigns, nominations, orgs } from "@kepu/demo-data";
import type { Db } from "./db.js";

/** Hunan 2024's quotas per recommender (seed 003): 市州科协 8/6, 纲要办成员单位 2/2, 省级学会 1/1. */
const hunanQuotas = [
  { recommenderKind: "PREFECTURAL_ASSOCIATION", maxUnits: 8, maxActivities: 6 },
  { recommenderKind: "MEMBER_UNIT", maxUnits: 2, maxActivities: 2 },
  { recommenderKind: "PROVINCIAL_SOCIETY", maxUnits: 1, maxActivities: 1 },
] as const;

/** The level that receives a campaign's nominations: its region's 科协, or 中国科协 nationally. */
function reviewingOrgOf(campaignId: string): string {
  return campaigns.find((c) => c.id === campaignId)?.regionOrgId ?? "org-cast";
}

/** The quota category of a recommending unit, from what kind of org it is. */
function recommenderKindOf(orgId: string) {
  const kind = orgs.find((o) => o.id === orgId)?.kind;
  if (kind === "DEPARTMENT") return "MEMBER_UNIT" as const;
  if (kind === "SOCIETY") return "PROVINCIAL_SOCIETY" as const;
  return "PREFECTURAL_ASSOCIATION" as const;
}

/** Loads the demo quotas and nominations (submitted). Idempotent by id. */
export async function seed(prisma: Db): Promise<void> {
  for (const quota of hunanQuotas) {
    const key = { campaignId: "cmp-2024-hn", recommenderKind: quota.recommenderKind };
    await prisma.quotaRule.upsert({
      where: { campaignId_recommenderKind: key },
      create: { ...key, maxUnits: quota.maxUnits, maxActivities: quota.maxActivities },
      update: { maxUnits: quota.maxUnits, maxActivities: quota.maxActivities },
    });
  }
  for (const n of nominations) {
    const data = {
      campaignId: n.campaignId,
      kind: n.kind,
      recommenderOrgId: n.recommenderOrgId,
      recommenderKind: recommenderKindOf(n.recommenderOrgId),
      reviewingOrgId: reviewingOrgOf(n.campaignId),
      orgId: n.orgId,
      activityId: n.activityId,
      title: n.title,
      description: n.description,
      sessionsCount: n.sessionsCount,
      peopleServed: n.peopleServed,
      contactName: n.contactName,
      contactPhone: n.contactPhone,
      status: "SUBMITTED" as const,
    };
    await prisma.nomination.upsert({ where: { id: n.id }, create: { id: n.id, ...data }, update: data });
  }
  // Every demo reviewer reviews what is sent to their unit (so the reviewers app has work to show).
  const reviewerAssignments = nominations.flatMap((n) =>
    accounts
      .filter((a) =>
        a.memberships.some((m) => m.orgId === reviewingOrgOf(n.campaignId) && m.roles.includes("REVIEWER")),
      )
      .map((a) => ({ nominationId: n.id, reviewerId: a.id })),
  );
  await prisma.assignment.createMany({ data: reviewerAssignments, skipDuplicates: true });
}
