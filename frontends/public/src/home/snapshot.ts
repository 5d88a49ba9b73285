/**
 * The answers behind the home's first screen: the web server asks the gateway the app's own home
 * queries (`homeRequests`) and writes the answers into the page (`homeSnapshotId`); the app puts
 * them into its Apollo cache before its first render (`homeSnapshotEntries`). Shared by the web
 * server (Node) and the app: keep it free of the shared GraphQL client and of the DOM.
 */
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { type ActivitiesData, activitiesQuery, type CampaignData, currentCampaignQuery } from "../queries.js";

/** How many activities the home lists at first (the web server renders the same first page). */
export const homePageSize = 20;

/** The id of the <script type="application/json"> that carries the answers behind the prelude. */
export const homeSnapshotId = "kepu-snapshot";

/** What the home's first screen shows: the app's own query answers, with `__typename`s. */
export interface HomeSnapshot {
  campaign: CampaignData;
  /** The first page of the campaign's activities; null when there is no current campaign. */
  activities: ActivitiesData | null;
}

/** One query the app will ask, with its variables and the answer to put into its cache. */
export interface SnapshotEntry {
  // biome-ignore lint/suspicious/noExplicitAny: entries of different queries share one list
  query: TypedDocumentNode<any, any>;
  variables: Record<string, unknown>;
  data: unknown;
}

/** The home's queries in the order the server asks them: the campaign, then its first page. */
export const homeRequests = {
  campaign: { query: currentCampaignQuery, variables: {} },
  activities: (campaignId: string) => ({
    query: activitiesQuery,
    variables: { campaignId, first: homePageSize },
  }),
};

/** The snapshot as cache writes, with exactly the variables the app's components will ask. */
export function homeSnapshotEntries(snapshot: HomeSnapshot): SnapshotEntry[] {
  const entries: SnapshotEntry[] = [{ ...homeRequests.campaign, data: snapshot.campaign }];
  const campaign = snapshot.campaign.currentCampaign;
  if (campaign && snapshot.activities) {
    entries.push({ ...homeRequests.activities(campaign.id), data: snapshot.activities });
  }
  return entries;
}
