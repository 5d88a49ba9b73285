import { maxPageSize, type SubmissionListScope, scopeWhere, submissionListScope } from "@kepu/subgraph";
import { builder, type Context } from "../builder.js";
import { Prisma, type Work } from "../generated/prisma/client.js";

/** Newest first; the id breaks ties so pages are stable. */
export const workOrder = [{ publishedAt: "desc" as const }, { id: "asc" as const }];

const scopes = new WeakMap<object, Promise<SubmissionListScope>>();

/**
 * Which works the viewer may list: the shared submissions policy (@kepu/auth canSeeSubmission) as a
 * list scope, computed once per request from the owners of works not yet public.
 */
function worksScope(ctx: Context): Promise<SubmissionListScope> {
  let scope = scopes.get(ctx);
  if (!scope) {
    scope = submissionListScope(ctx.viewer, ctx.directory, "WORK", async () =>
      (
        await ctx.db.work.findMany({
          where: { status: { not: "PUBLISHED" } },
          distinct: ["ownerOrgId", "campaignId"],
          select: { ownerOrgId: true, campaignId: true },
        })
      ).map((row) => ({ ownerOrgId: row.ownerOrgId, campaignId: row.campaignId })),
    );
    scopes.set(ctx, scope);
  }
  return scope;
}

const workColumnsOfScope = { owner: "ownerOrgId", hasDraft: false, hasPublished: true } as const;

/** The list scope as a Prisma filter. */
export async function visibleWorksWhere(ctx: Context): Promise<Prisma.WorkWhereInput> {
  return (scopeWhere(await worksScope(ctx), workColumnsOfScope) ?? { id: { in: [] } }) as Prisma.WorkWhereInput;
}

/** The same scope as SQL, for the raw first-page query (which cannot take a Prisma filter). */
async function visibleWorksSql(ctx: Context): Promise<Prisma.Sql> {
  const scope = await worksScope(ctx);
  if (scope.all) return Prisma.sql`TRUE`;
  const branches = [Prisma.sql`"status" = 'PUBLISHED'`];
  if (scope.everyState.length) branches.push(Prisma.sql`"ownerOrgId" IN (${Prisma.join(scope.everyState)})`);
  for (const group of scope.onceSubmitted) {
    branches.push(Prisma.sql`("campaignId" = ${group.campaignId} AND "ownerOrgId" = ${group.ownerOrgId})`);
  }
  return Prisma.sql`(${Prisma.join(branches, " OR ")})`;
}

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
      resolve: async (query, org, _args, ctx) => {
        // First pages (the usual case in a list of orgs) batch into one SQL query for every org of
        // the request; a later page (`after`) belongs to one org and is queried on its own.
        if (!query.cursor && !query.skip && typeof query.take === "number" && query.take > 0) {
          return firstWorksOfOrg(ctx, org.id, query.take);
        }
        return ctx.db.work.findMany({
          ...query,
          where: { AND: [{ ownerOrgId: org.id }, await visibleWorksWhere(ctx)] },
          orderBy: workOrder,
        });
      },
    }),
  }),
});

const workColumns = Prisma.sql`"id", "title", "kind", "authorName", "platform", "url", "ownerOrgId", "activityId",
  "campaignId", "status", "reviewNote", "reviewedById", "reviewedAt", "publishedAt", "submittedById", "createdAt", "updatedAt"`;

/** The first `take` visible works of every org asked for in the request: one SQL query (a window). */
async function firstWorksOfOrg(ctx: Context, orgId: string, take: number): Promise<Work[]> {
  const visible = await visibleWorksSql(ctx);
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
            WHERE "ownerOrgId" IN (${Prisma.join(orgIds)}) AND ${visible}
          ) AS "ranked"
          WHERE "rank" <= ${take}
          ORDER BY "ownerOrgId", "publishedAt" DESC, "id" ASC`,
    )
    .load(orgId);
}

/** All works of every activity in the request, in one SQL query. */
async function worksOfActivity(ctx: Context, activityId: string) {
  const visible = await visibleWorksWhere(ctx);
  return ctx.loaders
    .getGrouped(
      "Work.activityId",
      (work: { activityId: string | null }) => work.activityId,
      (ids) =>
        ctx.db.work.findMany({
          where: { AND: [{ activityId: { in: [...ids] } }, visible] },
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
