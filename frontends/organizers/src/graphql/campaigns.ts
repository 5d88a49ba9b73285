import { gql } from "@kepu/graphql-client";
import type { CampaignHostRole, OrgName } from "./types.js";

export interface CampaignHost {
  role: CampaignHostRole;
  org: OrgName;
}

export interface Campaign {
  id: string;
  name: string;
  edition: number;
  year: number;
  theme: string;
  startsOn: string;
  endsOn: string;
  summaryDeadline: string | null;
  parent: { id: string; name: string } | null;
  regionOrg: OrgName | null;
  approverOrg: OrgName | null;
  hosts: CampaignHost[];
  viewerCanManage: boolean;
}

export interface CampaignsData {
  campaigns: { edges: { node: Campaign }[] };
}

const campaignFields = `
  id name edition year theme startsOn endsOn summaryDeadline
  parent { id name }
  regionOrg { id name }
  approverOrg { id name }
  hosts { role org { id name } }
  viewerCanManage
`;

export const campaignsQuery = gql`
  query OrganizerCampaigns {
    campaigns(first: 50) { edges { node { ${campaignFields} } } }
  }
`;

export interface UpdateCampaignInput {
  theme?: string;
  startsOn?: string;
  endsOn?: string;
  summaryDeadline?: string;
  approverOrgId?: string;
}

export const updateCampaignMutation = gql`
  mutation OrganizerUpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {
    updateCampaign(id: $id, input: $input) { ${campaignFields} }
  }
`;

export const setCampaignHostsMutation = gql`
  mutation OrganizerSetCampaignHosts($campaignId: ID!, $hosts: [CampaignHostInput!]!) {
    setCampaignHosts(campaignId: $campaignId, hosts: $hosts) { ${campaignFields} }
  }
`;
