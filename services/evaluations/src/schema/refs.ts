import { builder, type Context } from "../builder.js";
import { visibleNominationsWhere } from "./visibility.js";

/** Other subgraphs' entities: keys only, returned as stubs `{ id }`; no call to their services. */
export const CampaignRef = builder.externalRef("Campaign", builder.selection<{ id: string }>("id")).implement({
  fields: (t) => ({ id: t.exposeID("id") }),
});

export const OrgRef = builder.externalRef("Org", builder.selection<{ id: string }>("id")).implement({
  fields: (t) => ({ id: t.exposeID("id") }),
});

/** The visible nominations of every activity in the request, in one SQL query. */
async function nominationsOfActivity(ctx: Context, activityId: string) {
  const where = await visibleNominationsWhere(ctx);
  if (!where) return [];
  return ctx.loaders
    .getGrouped(
      "Nomination.activityId",
      (nomination: { activityId: string | null }) => nomination.activityId,
      (ids) =>
        ctx.db.nomination.findMany({
          where: { AND: [{ activityId: { in: [...ids] } }, where] },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        }),
    )
    .load(activityId);
}

export const ActivityRef = builder.externalRef("Activity", builder.selection<{ id: string }>("id")).implement({
  fields: (t) => ({
    id: t.exposeID("id"),
    nominations: t.prismaField({
      type: ["Nomination"],
      description: "Recommendations of this activity the viewer may see (none for the public).",
      resolve: (_query, activity, _args, ctx) => nominationsOfActivity(ctx, activity.id),
    }),
  }),
});
