import { maxPageSize } from "@kepu/subgraph";
import { builder } from "../builder.js";
import { activityOrder, visibleActivitiesWhere } from "./visibility.js";

/** Org is owned by the organizations subgraph; here it is a key, returned as a stub `{ id }`. */
export const OrgRef = builder.externalRef("Org", builder.selection<{ id: string }>("id")).implement({
  fields: (t) => ({
    id: t.exposeID("id"),
    // One SQL query per org (a page per parent cannot share one LIMIT). Fine for an org page; a list
    // of orgs that each want their activities should ask Query.activities(hostOrgId) per org instead.
    activities: t.prismaConnection({
      type: "Activity",
      cursor: "id",
      maxSize: maxPageSize,
      defaultSize: 20,
      description: "Activities this unit hosts, in programme order; the public sees published ones only.",
      resolve: async (query, org, _args, ctx) =>
        ctx.db.activity.findMany({
          ...query,
          where: { AND: [{ hostOrgId: org.id }, await visibleActivitiesWhere(ctx)] },
          orderBy: activityOrder,
        }),
    }),
  }),
});
