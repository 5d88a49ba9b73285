import { activities, activityCategories, campaigns, categoryIdOf } from "@kepu/demo-data";
import { requireInstant } from "@kepu/time";
import type { Db } from "./db.js";
import { editionIdOf } from "./domain/editions.js";

/**
 * Loads the demo categories (upserted by id) and the demo activities, all published and listed.
 * Idempotent: re-running replaces the demo rows by id in one transaction and leaves activities
 * created through the graph alone.
 */
export async function seed(prisma: Db): Promise<void> {
  const campaignsById = new Map(campaigns.map((campaign) => [campaign.id, campaign]));
  const categoriesById = new Map(activityCategories.map((category) => [category.id, category]));
  await prisma.$transaction(
    activityCategories.map((category) =>
      prisma.activityCategory.upsert({ where: { id: category.id }, create: category, update: category }),
    ),
  );
  const rows = activities.map((activity) => ({
    id: activity.id,
    campaignId: activity.campaignId,
    editionId: editionIdOf(activity.campaignId, campaignsById),
    hostOrgId: activity.hostOrgId,
    title: activity.title,
    summary: activity.summary,
    categoryId: categoryIdOf(activity),
    categoryKind: categoriesById.get(categoryIdOf(activity))?.kind ?? activity.category,
    programme: activity.programme ?? null,
    forms: activity.forms,
    mode: activity.mode,
    topics: activity.topics,
    audiences: activity.audiences,
    startsAt: requireInstant(activity.startsAt),
    endsAt: requireInstant(activity.endsAt),
    regionCode: activity.regionCode ?? null,
    venue: activity.venue ?? null,
    address: activity.address ?? null,
    latitude: activity.latitude ?? null,
    longitude: activity.longitude ?? null,
    status: "PUBLISHED" as const,
    listed: true,
    // Published a fortnight before it starts, as units do from 08-21 on.
    publishedAt: new Date(requireInstant(activity.startsAt).getTime() - 14 * 86_400_000),
    sessionsCount: activity.sessionsCount ?? null,
    peopleServed: activity.peopleServed ?? null,
  }));
  await prisma.$transaction([
    prisma.activity.deleteMany({ where: { id: { in: rows.map((row) => row.id) } } }),
    prisma.activity.createMany({ data: rows }),
    // One session per demo activity with its own times (no registration): the envelope holds.
    prisma.activitySession.createMany({
      data: rows.map((row) => ({
        id: `ses-${row.id}`,
        activityId: row.id,
        startsAt: row.startsAt,
        endsAt: row.endsAt,
      })),
    }),
  ]);
}
