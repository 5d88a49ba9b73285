import { scopeWhere, submissionListScope } from "@kepu/subgraph";
import type { Context } from "../builder.js";
import type { Prisma } from "../generated/prisma/client.js";

const scopes = new WeakMap<object, Promise<Prisma.ActivityWhereInput>>();

/**
 * The shared submissions policy (@kepu/auth submissions.ts, canSeeSubmission) as a WHERE clause, so
 * lists filter in SQL: published activities, every activity of the units the viewer belongs to or
 * administers, and the submitted ones the viewer decides on. Computed once per request.
 */
export function visibleActivitiesWhere(ctx: Context): Promise<Prisma.ActivityWhereInput> {
  let where = scopes.get(ctx);
  if (!where) {
    where = submissionListScope(ctx.viewer, ctx.directory, "ACTIVITY", async () =>
      (
        await ctx.db.activity.findMany({
          where: { status: { not: "PUBLISHED" } },
          distinct: ["hostOrgId", "campaignId"],
          select: { hostOrgId: true, campaignId: true },
        })
      ).map((row) => ({ ownerOrgId: row.hostOrgId, campaignId: row.campaignId })),
    ).then(
      (scope) =>
        (scopeWhere(scope, { owner: "hostOrgId", hasDraft: true, hasPublished: true }) ?? {
          id: { in: [] },
        }) as Prisma.ActivityWhereInput,
    );
    scopes.set(ctx, where);
  }
  return where;
}

/** An edition lists its regional editions' activities too: match the campaign or the edition. */
export function inCampaignWhere(campaignId: string): Prisma.ActivityWhereInput {
  return { OR: [{ campaignId }, { editionId: campaignId }] };
}

/** Every activity list reads in programme order; the id breaks ties so cursors are stable. */
export const activityOrder: Prisma.ActivityOrderByWithRelationInput[] = [{ startsAt: "asc" }, { id: "asc" }];
