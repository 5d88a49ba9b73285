import type { OrganizerReachRowFragment, OrganizerWorkReachQuery } from "../generated/graphql.js";
import { graphql } from "../generated/index.js";

export type WorkReach = OrganizerWorkReachQuery["workReach"];
/**
 * A row of reach figures; `platform` is asked only of platform rows and `org` only of org rows (the
 * graph resolves `ReachRow.org` by the row's key, so asking it of a platform row is a missing unit).
 */
export type ReachRow = OrganizerReachRowFragment & {
  platform?: { key: string; nameZh: string; nameEn: string } | null;
  org?: { id: string; name: string } | null;
};

/** The campaigns an organizer picks from (reach, resources, activities). */
export const campaignChoicesQuery = graphql(`
  query OrganizerCampaignChoices {
    campaigns(first: 50) { edges { node { id name year startsOn endsOn parent { id } hosts { role org { id } } } } }
  }
`);

export const reachRowFragment = graphql(`
  fragment OrganizerReachRow on ReachRow {
    key views likes shares comments
  }
`);

export const workReachQuery = graphql(`
  query OrganizerWorkReach($campaignId: ID!, $orgId: ID) {
    workReach(campaignId: $campaignId, orgId: $orgId) {
      total { views likes shares comments }
      byPlatform { ...OrganizerReachRow platform { key nameZh nameEn } }
      byHashtag { ...OrganizerReachRow }
      byOrg { ...OrganizerReachRow org { id name } }
      byDay { day views likes shares comments }
    }
  }
`);

export const importWorkPostingsMutation = graphql(`
  mutation OrganizerImportWorkPostings($input: ImportWorkPostingsInput!) {
    importWorkPostings(input: $input) { accepted dryRun postingCount snapshotCount rows { row ok errors } }
  }
`);
