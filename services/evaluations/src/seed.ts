import { accounts, campaigns, nominations, orgs, quotaCategories } from "@kepu/demo-data";
import type { Db } from "./db.js";
import { receivingOrgOf } from "./domain/derivation.js";
import { categoryFor } from "./domain/quotas.js";

const campaignFacts = (campaignId: string) => {
  const campaign = campaigns.find((c) => c.id === campaignId);
  if (!campaign) throw new Error(`demo nomination in unknown campaign ${campaignId}`);
  return { id: campaign.id, regionOrgId: campaign.regionOrgId, hosts: campaign.hosts };
};

/** The level that receives a campaign's nominations, by the same rule createNomination applies. */
function reviewingOrgOf(campaignId: string): string {
  const receiving = receivingOrgOf(campaignFacts(campaignId));
  if (!receiving) throw new Error(`campaign ${campaignId} receives no nominations`);
  return receiving;
}

const categories = quotaCategories.map((c) => ({
  ...c,
  orgKinds: c.orgKinds ?? [],
  orgLevels: c.orgLevels ?? [],
  hostRoles: c.hostRoles ?? [],
}));

/** The quota category a demo recommender falls in, looked up as createNomination does. */
function categoryOf(campaignId: string, recommenderOrgId: string): string {
  const org = orgs.find((o) => o.id === recommenderOrgId);
  if (!org) throw new Error(`unknown recommender ${recommenderOrgId}`);
  const found = categoryFor(
    categories.filter((c) => c.campaignId === campaignId),
    org,
    campaignFacts(campaignId).hosts,
  );
  if (!found) throw new Error(`${recommenderOrgId} falls in no quota category of ${campaignId}`);
  return found.id;
}

/** Loads the demo quota categories and nominations (submitted). Idempotent by id. */
export async function seed(prisma: Db): Promise<void> {
  for (const { id, ...category } of categories) {
    await prisma.quotaCategory.upsert({ where: { id }, create: { id, ...category }, update: category });
  }
  for (const n of nominations) {
    const data = {
      campaignId: n.campaignId,
      kind: n.kind,
      recommenderOrgId: n.recommenderOrgId,
      quotaCategoryId: categoryOf(n.campaignId, n.recommenderOrgId),
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
