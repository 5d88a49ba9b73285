import { publicSubmissionStatuses } from "@kepu/auth";
import { maySeeSubmission, scopeWhere, submissionListScope } from "@kepu/subgraph";
import type { Context } from "../builder.js";
import { onStatuses } from "../domain/activity-status.js";
import type { Prisma } from "../generated/prisma/client.js";
import type { ActivityStatus } from "../generated/prisma/enums.js";

const scopes = new WeakMap<object, Promise<Prisma.ActivityWhereInput>>();

/**
 * What the public lists (issue 9 §2): listed activities that are on (published, ended, reported, or
 * with an edit in review while the approved content stays). Discovery's filters start from this.
 */
export const publicActivityWhere: Prisma.ActivityWhereInput = {
  listed: true,
  status: { in: [...onStatuses] },
};

/** An activity as the shared submissions policy reads it: its host owns it. */
export const submissionOf = (activity: { status: ActivityStatus; hostOrgId: string; campaignId: string }) => ({
  status: activity.status,
  ownerOrgId: activity.hostOrgId,
  campaignId: activity.campaignId,
});

/**
 * Whether the viewer may see this activity: a listed one is public (its approved content, cancelled
 * ones too, so registrants see it was); otherwise the shared submissions policy (@kepu/auth).
 */
export async function mayShow(
  ctx: Context,
  activity: { status: ActivityStatus; hostOrgId: string; campaignId: string; listed: boolean },
): Promise<boolean> {
  return activity.listed || maySeeSubmission(ctx.viewer, ctx.directory, "ACTIVITY", submissionOf(activity));
}

/**
 * Whether the viewer sees the activity's workflow: its pending edit, history, review note, private
 * contact. The shared policy's answer for it as if submitted: its unit, whoever administers it, and
 * those who decide on it (the level above, the designated approver).
 */
export function maySeePrivate(
  ctx: Context,
  activity: { status: ActivityStatus; hostOrgId: string; campaignId: string },
): Promise<boolean> {
  return maySeeSubmission(ctx.viewer, ctx.directory, "ACTIVITY", {
    ...submissionOf(activity),
    status: "SUBMITTED",
  });
}

/**
 * The shared submissions policy (@kepu/auth submissions.ts, canSeeSubmission) as a WHERE clause, so
 * lists filter in SQL: what the public lists, every activity of the units the viewer belongs to or
 * administers, and the submitted ones the viewer decides on. Computed once per request.
 */
export function visibleActivitiesWhere(ctx: Context): Promise<Prisma.ActivityWhereInput> {
  let where = scopes.get(ctx);
  if (!where) {
    where = submissionListScope(ctx.viewer, ctx.directory, "ACTIVITY", async () =>
      (
        await ctx.db.activity.findMany({
          where: { status: { notIn: [...publicSubmissionStatuses] as ActivityStatus[] } },
          distinct: ["hostOrgId", "campaignId"],
          select: { hostOrgId: true, campaignId: true },
        })
      ).map((row) => ({ ownerOrgId: row.hostOrgId, campaignId: row.campaignId })),
    ).then(
      (scope) =>
        (scopeWhere(scope, { owner: "hostOrgId", hasDraft: true, hasPublished: false }, [publicActivityWhere]) ?? {
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
