import type {
  OrganizerMyTrailsQuery,
  OrganizerStopActivityChoicesQuery,
  OrganizerTrailFieldsFragment,
} from "../generated/graphql.js";
import { graphql } from "../generated/index.js";

export type { TrailStatus, TrailStopInput } from "../generated/graphql.js";
export type TrailFields = OrganizerTrailFieldsFragment;
export type TrailRow = OrganizerMyTrailsQuery["myTrails"]["edges"][number]["node"];
export type StopActivityChoice = OrganizerStopActivityChoicesQuery["publicActivities"]["edges"][number]["node"];

/** What the trail page shows and edits of one trail (the stops in order, each with its activity). */
export const trailFieldsFragment = graphql(`
  fragment OrganizerTrailFields on Trail {
    id title summary status publishedAt updatedAt viewerCanManage
    campaign { id name }
    stops { id position title venue address latitude longitude activity { id title startsAt endsAt } }
  }
`);

/** A unit's trails in every state (drafts too), newest change first, optionally in one campaign. */
export const myTrailsQuery = graphql(`
  query OrganizerMyTrails($orgId: ID!, $campaignId: ID, $after: String, $first: Int) {
    myTrails(orgId: $orgId, campaignId: $campaignId, first: $first, after: $after) {
      edges { node { ...OrganizerTrailFields } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** Published activities of a campaign (its regional editions included) matching the words typed. */
export const stopActivityChoicesQuery = graphql(`
  query OrganizerStopActivityChoices($campaignId: ID!, $text: String) {
    publicActivities(filter: { campaignId: $campaignId, text: $text }, first: 20) {
      edges { node { id title status startsAt venue host { id name } } }
    }
  }
`);

export const createTrailMutation = graphql(`
  mutation OrganizerCreateTrail($input: CreateTrailInput!) {
    createTrail(input: $input) { ...OrganizerTrailFields }
  }
`);

export const updateTrailMutation = graphql(`
  mutation OrganizerUpdateTrail($id: ID!, $input: TrailContentInput!) {
    updateTrail(id: $id, input: $input) { ...OrganizerTrailFields }
  }
`);

export const publishTrailMutation = graphql(`
  mutation OrganizerPublishTrail($id: ID!) { publishTrail(id: $id) { ...OrganizerTrailFields } }
`);

export const unpublishTrailMutation = graphql(`
  mutation OrganizerUnpublishTrail($id: ID!) { unpublishTrail(id: $id) { ...OrganizerTrailFields } }
`);
