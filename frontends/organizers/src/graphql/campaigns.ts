import type { OrganizerCampaignFieldsFragment, OrganizerCampaignsQuery } from "../generated/graphql.js";
import { graphql } from "../generated/index.js";

export type { UpdateCampaignInput } from "../generated/graphql.js";
export type Campaign = OrganizerCampaignFieldsFragment;
export type CampaignsData = OrganizerCampaignsQuery;

/** What the campaign set-up shows and edits, read back by every campaign mutation. */
export const campaignFieldsFragment = graphql(`
  fragment OrganizerCampaignFields on Campaign {
    id
    name
    edition
    year
    theme
    startsOn
    endsOn
    summaryDeadline
    parent { id name }
    regionOrg { id name }
    approverOrg { id name }
    hosts { role org { id name } }
    viewerCanManage
  }
`);

export const campaignsQuery = graphql(`
  query OrganizerCampaigns {
    campaigns(first: 50) { edges { node { ...OrganizerCampaignFields } } }
  }
`);

export const updateCampaignMutation = graphql(`
  mutation OrganizerUpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {
    updateCampaign(id: $id, input: $input) { ...OrganizerCampaignFields }
  }
`);

export const setCampaignHostsMutation = graphql(`
  mutation OrganizerSetCampaignHosts($campaignId: ID!, $hosts: [CampaignHostInput!]!) {
    setCampaignHosts(campaignId: $campaignId, hosts: $hosts) { ...OrganizerCampaignFields }
  }
`);
