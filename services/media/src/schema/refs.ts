import { maxPageSize } from "@kepu/subgraph";
import { builder, type Context } from "../builder.js";
import { visibleWorksWhere } from "../domain/access.js";

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
      resolve: (query, org, _args, ctx) =>
        ctx.db.work.findMany({
          ...query,
          where: { AND: [{ ownerOrgId: org.id }, visibleWorksWhere(ctx.viewer)] },
          orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
        }),
    }),
  }),
});

/** All works of every activity in the request, in one SQL query. */
function worksOfActivity(ctx: Context, activityId: string) {
  return ctx.loaders
    .getGrouped(
      "Work.activityId",
      (work: { activityId: string | null }) => work.activityId,
      (ids) =>
        ctx.db.work.findMany({
          where: { AND: [{ activityId: { in: [...ids] } }, visibleWorksWhere(ctx.viewer)] },
          orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
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
