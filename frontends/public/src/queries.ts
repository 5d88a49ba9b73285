import type { PublicActivitiesQuery, PublicCurrentCampaignQuery } from "./generated/graphql.js";
import { graphql } from "./generated/index.js";

export type CampaignData = PublicCurrentCampaignQuery;
export type ActivitiesData = PublicActivitiesQuery;
export type ActivityNode = ActivitiesData["activities"]["edges"][number]["node"];

export const currentCampaignQuery = graphql(`
  query PublicCurrentCampaign {
    currentCampaign { id name theme startsOn endsOn figures { activities peopleServed registrations regionsCovered } }
  }
`);

export const activitiesQuery = graphql(`
  query PublicActivities($campaignId: ID, $first: Int!, $after: String) {
    activities(campaignId: $campaignId, first: $first, after: $after) {
      edges {
        cursor
        node { id title summary categoryKind programme forms mode startsAt endsAt venue host { id name } }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
