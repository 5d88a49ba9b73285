import { activities, activityCategories, campaigns, categoryIdOf, visitorId, visitorName } from "@kepu/demo-data";
import { requireInstant } from "@kepu/time";
import type { Db } from "./db.js";
import { editionIdOf } from "./domain/editions.js";

/**
 * Loads the demo categories (upserted by id) and, once, the demo activities (published and listed;
 * those with figures that have ended as reported, with a reportedAt) with their sessions and the demo visitors' registrations for the full ones (issue 9 §9).
 * Idempotent and kind to a running demo: `scripts/start.ts` seeds on every start, so activities,
 * sessions and registrations that already exist are left as they are (people's registrations, a
 * report, a finished status survive a restart); what is missing is added in one transaction, and
 * activities created through the graph are never touched.
 */
/** Demo units report two days after the end (or now, for what ended less than two days ago). */
const reportDelayMs = 2 * 86_400_000;

/**
 * When a demo activity's results were reported: it carries figures (sessions held and people
 * served) and has ended by `now`; null otherwise (it stays published, to be finished by the clock).
 */
export function demoReportedAt(
  activity: { endsAt: string; sessionsCount?: number; peopleServed?: number },
  now: Date,
): Date | null {
  if (activity.sessionsCount == null || activity.peopleServed == null) return null;
  const endsAt = requireInstant(activity.endsAt);
  if (endsAt > now) return null;
  return new Date(Math.min(endsAt.getTime() + reportDelayMs, now.getTime()));
}

export async function seed(prisma: Db): Promise<void> {
  const campaignsById = new Map(campaigns.map((campaign) => [campaign.id, campaign]));
  const categoriesById = new Map(activityCategories.map((category) => [category.id, category]));
  await prisma.$transaction(
    activityCategories.map((category) =>
      prisma.activityCategory.upsert({ where: { id: category.id }, create: category, update: category }),
    ),
  );
  const existing = new Set(
    (await prisma.activity.findMany({ where: { id: { in: activities.map((a) => a.id) } }, select: { id: true } })).map(
      (row) => row.id,
    ),
  );
  const missing = activities.filter((activity) => !existing.has(activity.id));
  if (missing.length === 0) return;
  const now = new Date();
  const rows = missing.map((activity) => {
    const reportedAt = demoReportedAt(activity, now);
    return {
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
      livestreamUrl: activity.livestreamUrl ?? null,
      // Demo activities that carry figures and have ended were reported: the public page shows them.
      status: reportedAt ? ("REPORTED" as const) : ("PUBLISHED" as const),
      reportedAt,
      listed: true,
      // Published a fortnight before it starts, as units do from 08-21 on.
      publishedAt: new Date(requireInstant(activity.startsAt).getTime() - 14 * 86_400_000),
      sessionsCount: activity.sessionsCount ?? null,
      peopleServed: activity.peopleServed ?? null,
    };
  });
  const sessions = missing.flatMap((activity) =>
    (activity.sessions ?? [{ id: `ses-${activity.id}`, startsAt: activity.startsAt, endsAt: activity.endsAt }]).map(
      (session) => {
        const registrants = session.registrants ?? 0;
        const confirmed = Math.min(registrants, session.capacity ?? registrants);
        return {
          row: {
            id: session.id,
            activityId: activity.id,
            startsAt: requireInstant(session.startsAt),
            endsAt: requireInstant(session.endsAt),
            capacity: session.capacity ?? null,
            registrationRequired: session.registrationRequired ?? false,
            confirmedCount: confirmed,
            waitlistCount: registrants - confirmed,
          },
          registrations: Array.from({ length: registrants }, (_, index) => {
            const n = index + 1;
            const confirmedAt = new Date(requireInstant(activity.startsAt).getTime() - (10 * 86_400_000 - n * 60_000));
            return {
              sessionId: session.id,
              activityId: activity.id,
              userId: visitorId(n),
              name: visitorName(n),
              email: `visitor${String(n).padStart(2, "0")}@kepu.example`,
              status: n <= confirmed ? ("CONFIRMED" as const) : ("WAITLISTED" as const),
              confirmedAt: n <= confirmed ? confirmedAt : null,
              createdAt: confirmedAt,
            };
          }),
        };
      },
    ),
  );
  await prisma.$transaction([
    prisma.activity.createMany({ data: rows }),
    prisma.activitySession.createMany({ data: sessions.map((session) => session.row) }),
    // One statement, in visitor order: the waitlist's queue numbers follow it.
    prisma.registration.createMany({ data: sessions.flatMap((session) => session.registrations) }),
  ]);
}
