import type { OrganizerResourceFieldsFragment } from "../generated/graphql.js";
import { graphql } from "../generated/index.js";

export type { ResourceKind } from "../generated/graphql.js";
export type ResourceRow = OrganizerResourceFieldsFragment;

export const resourceFieldsFragment = graphql(`
  fragment OrganizerResourceFields on Resource {
    id
    kind
    title
    description
    usageRules
    position
    publishedAt
    owner { id name }
    campaign { id name }
    files { id kind fileName mime bytes url thumbnailUrl posterUrl durationSeconds }
  }
`);

export const resourcesQuery = graphql(`
  query OrganizerResources($campaignId: ID!) {
    resources(campaignId: $campaignId) { ...OrganizerResourceFields }
  }
`);

export const createResourceMutation = graphql(`
  mutation OrganizerCreateResource($input: CreateResourceInput!) {
    createResource(input: $input) { ...OrganizerResourceFields }
  }
`);

export const updateResourceMutation = graphql(`
  mutation OrganizerUpdateResource($input: UpdateResourceInput!) {
    updateResource(input: $input) { ...OrganizerResourceFields }
  }
`);

export const reorderResourcesMutation = graphql(`
  mutation OrganizerReorderResources($campaignId: ID!, $ids: [ID!]!) {
    reorderResources(campaignId: $campaignId, ids: $ids) { id position }
  }
`);

export const removeResourceMutation = graphql(`
  mutation OrganizerRemoveResource($id: ID!) {
    removeResource(id: $id)
  }
`);
