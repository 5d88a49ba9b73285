import { scopeWhere, submissionListScope } from "@kepu/subgraph";
import type { Context } from "../builder.js";
import type { Prisma } from "../generated/prisma/client.js";

const scopes = new WeakMap<object, Promise<Prisma.NominationWhereInput | null>>();

/**
 * The nominations the viewer may list: the shared submissions policy as a filter (the recommender's
 * members and whoever administers it; once submitted, whoever administers the receiving unit, and
 * its REVIEWERs for what is assigned to them). Null means none. Computed once per request.
 */
export function visibleNominationsWhere(ctx: Context): Promise<Prisma.NominationWhereInput | null> {
  let where = scopes.get(ctx);
  if (!where) {
    const viewer = ctx.viewer;
    where = submissionListScope(viewer, ctx.directory, "NOMINATION", async () =>
      (
        await ctx.db.nomination.findMany({
          distinct: ["recommenderOrgId", "campaignId", "reviewingOrgId"],
          select: { recommenderOrgId: true, campaignId: true, reviewingOrgId: true },
        })
      ).map((row) => ({
        ownerOrgId: row.recommenderOrgId,
        campaignId: row.campaignId,
        receivingOrgId: row.reviewingOrgId,
      })),
    ).then((scope) => {
      const reviewerOf = viewer.kind === "user" ? viewer.memberships.filter((m) => m.roles.includes("REVIEWER")) : [];
      const assigned = reviewerOf.length
        ? [
            {
              reviewingOrgId: { in: reviewerOf.map((m) => m.orgId) },
              status: { not: "DRAFT" },
              assignments: { some: { reviewerId: viewer.kind === "user" ? viewer.userId : "" } },
            },
          ]
        : [];
      return scopeWhere(
        scope,
        { owner: "recommenderOrgId", receiving: "reviewingOrgId", hasDraft: true, hasPublished: false },
        assigned,
      ) as Prisma.NominationWhereInput | null;
    });
    scopes.set(ctx, where);
  }
  return where;
}
