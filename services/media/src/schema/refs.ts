import type { Viewer } from "@kepu/auth";
import { maxPageSize } from "@kepu/subgraph";
import { builder, type Context } from "../builder.js";
import { visibleWorksWhere } from "../domain/access.js";
import { Prisma, type Work } from "../generated/prisma/client.js";

/** Newest first; the id breaks ties so pages are stable. */
export const workOrder = [{ publishedAt: "desc" as const }, { id: "asc" as const }];

/** Other subgraphs' entities: keys only, returned as stubs `{ id }`; no call to their services. */
export const CampaignRef = builder.externalRef("Campaign", builder.selection<{ id: string }>("id")).implement({
  fields: (t) => ({ id: t.exposeID("id") }),
});

export const OrgRef = builder.externalRef("Org", builder.selection<{ id: string }>("id")).implement({
  fields: (t) => ({
    id: t.exposeID("id"),
    works: t.prismaConnection({
      type: "Work",
      cursor: "id",
      maxSize: maxPageSize,
      defaultSize: 20,
      description: "Works this unit owns, newest first; the public sees approved ones only.",
      resolve: (query, org, _args, ctx) => {
        // First pages (the usual case in a list of orgs) batch into one SQL query for every org of
        // the request; a later page (`after`) belongs to one org and is queried on its own.
        if (!query.cursor && !query.skip && typeof query.take === "number" && query.take > 0) {
          return firstWorksOfOrg(ctx, org.id, query.take);
        }
        return ctx.db.work.findMany({
          ...query,
          where: { AND: [{ ownerOrgId: org.id }, visibleWorksWhere(ctx.viewer)] },
          orderBy: workOrder,
        });
      },
    }),
  }),
});

const workColumns = Prisma.sql`"id", "title", "kind", "authorName", "platform", "url", "ownerOrgId", "activityId",
  "campaignId", "status", "reviewReason", "publishedAt", "submittedById", "createdAt", "updatedAt"`;

/** SQL twin of visibleWorksWhere (raw queries cannot take a Prisma filter). */
function visibleWorksSql(viewer: Viewer): Prisma.Sql {
  if (viewer.kind === "user" && viewer.platformAdmin) return Prisma.sql`TRUE`;
  const memberOf = viewer.kind === "user" ? viewer.memberships.map((m) => m.orgId) : [];
  if (memberOf.length === 0) return Prisma.sql`"status" = 'APPROVED'`;
  return Prisma.sql`("status" = 'APPROVED' OR "ownerOrgId" IN (${Prisma.join(memberOf)}))`;
}

/** The first `take` visible works of every org asked for in the request: one SQL query (a window). */
function firstWorksOfOrg(ctx: Context, orgId: string, take: number): Promise<Work[]> {
  return ctx.loaders
    .getGrouped(
      `Work.ownerOrgId.first${take}`,
      (work: Work) => work.ownerOrgId,
      (orgIds) =>
        ctx.db.$queryRaw<Work[]>`
          SELECT ${workColumns} FROM (
            SELECT ${workColumns}, ROW_NUMBER() OVER (
              PARTITION BY "ownerOrgId" ORDER BY "publishedAt" DESC, "id" ASC
            ) AS "rank"
            FROM "Work"
            WHERE "ownerOrgId" IN (${Prisma.join(orgIds)}) AND ${visibleWorksSql(ctx.viewer)}
          ) AS "ranked"
          WHERE "rank" <= ${take}
          ORDER BY "ownerOrgId", "publishedAt" DESC, "id" ASC`,
    )
    .load(orgId);
}

/** All works of every activity in the request, in one SQL query. */
function worksOfActivity(ctx: Context, activityId: string) {
  return ctx.loaders
    .getGrouped(
      "Work.activityId",
      (work: { activityId: string | null }) => work.activityId,
      (ids) =>
        ctx.db.work.findMany({
          where: { AND: [{ activityId: { in: [...ids] } }, visibleWorksWhere(ctx.viewer)] },
          orderBy: workOrder,
        }),
    )
    .load(activityId);
}

export const ActivityRef = builder.externalRef("Activity", builder.selection<{ id: string }>("id")).implement({
  fields: (t) => ({
    id: t.exposeID("id"),
    works: t.prismaField({
      type: ["Work"],
      description: "Science works made for this activity (approved ones for the public).",
      resolve: (_query, activity, _args, ctx) => worksOfActivity(ctx, activity.id),
    }),
  }),
});
