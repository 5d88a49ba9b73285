import { maxPageSize } from "@kepu/subgraph";
import { builder } from "../builder.js";
import { activityOrder, inCampaignWhere, visibleActivitiesWhere } from "./visibility.js";

/** Campaign is owned by the organizations subgraph; here it is a key, returned as a stub `{ id }`. */
export const CampaignRef = builder.externalRef("Campaign", builder.selection<{ id: string }>("id")).implement({
  fields: (t) => ({
    id: t.exposeID("id"),
    // One SQL query per campaign, like Org.activities.
    activities: t.prismaConnection({
      type: "Activity",
      cursor: "id",
      maxSize: maxPageSize,
      defaultSize: 20,
      description:
        "Activities of this campaign in programme order; a national edition includes its regional editions' ones.",
      resolve: async (query, campaign, _args, ctx) =>
        ctx.db.activity.findMany({
          ...query,
          where: { AND: [inCampaignWhere(campaign.id), await visibleActivitiesWhere(ctx)] },
          orderBy: activityOrder,
        }),
    }),
  }),
});
