import type {
  OrganizerOrgQuery,
  OrganizerOrgSearchQuery,
  OrganizerOrgSummaryQuery,
  OrganizerSubtreeQuery,
} from "../generated/graphql.js";
import { graphql } from "../generated/index.js";

export type { CreateOrgInput, UpdateOrgInput } from "../generated/graphql.js";
export type OrgDetailsData = OrganizerOrgQuery;
export type OrgDetails = NonNullable<OrgDetailsData["org"]>;
export type Contact = NonNullable<OrgDetails["contacts"]>[number];
export type OrgSummaryData = OrganizerOrgSummaryQuery;
export type SubtreeData = OrganizerSubtreeQuery;
export type SubtreeRow = SubtreeData["orgs"]["edges"][number]["node"];
export type OrgSearchData = OrganizerOrgSearchQuery;

export const orgDetailsQuery = graphql(`
  query OrganizerOrg($id: ID!) {
    org(id: $id) {
      id
      name
      shortName
      kind
      level
      regionCode
      address
      contacts { name title phone email }
      viewerCanAdminister
      ancestors { id name }
      activities(first: 20) { edges { node { id title startsAt endsAt } } pageInfo { hasNextPage endCursor } }
    }
  }
`);

/** Bytes the unit's files take, and its quota (its members and whoever administers it). */
export const storageUsageQuery = graphql(`
  query OrganizerStorageUsage($orgId: ID!) {
    storageUsage(orgId: $orgId) { usedBytes quotaBytes }
  }
`);

/** Name and rights only: the header of every page. */
export const orgSummaryQuery = graphql(`
  query OrganizerOrgSummary($id: ID!) {
    org(id: $id) { id name level viewerCanAdminister ancestors { id name } }
  }
`);

export const updateOrgMutation = graphql(`
  mutation OrganizerUpdateOrg($id: ID!, $input: UpdateOrgInput!) {
    updateOrg(id: $id, input: $input) { id name shortName kind level regionCode address }
  }
`);

export const setOrgContactsMutation = graphql(`
  mutation OrganizerSetContacts($orgId: ID!, $contacts: [ContactInput!]!) {
    setOrgContacts(orgId: $orgId, contacts: $contacts) { id contacts { name title phone email } }
  }
`);

export const subtreeQuery = graphql(`
  query OrganizerSubtree($under: ID!, $search: String, $kind: OrgKind, $level: OrgLevel, $first: Int, $after: String) {
    orgs(under: $under, search: $search, kind: $kind, level: $level, first: $first, after: $after) {
      totalCount
      edges { node { id name kind level regionCode parent { id name } children(first: 1) { totalCount } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** For pickers: any unit by name. */
export const orgSearchQuery = graphql(`
  query OrganizerOrgSearch($search: String!, $first: Int) {
    orgs(search: $search, first: $first) { totalCount edges { node { id name level } } }
  }
`);

export const createOrgMutation = graphql(`
  mutation OrganizerCreateOrg($input: CreateOrgInput!) {
    createOrg(input: $input) { id name level regionCode }
  }
`);

export const moveOrgMutation = graphql(`
  mutation OrganizerMoveOrg($id: ID!, $newParentId: ID!) {
    moveOrg(id: $id, newParentId: $newParentId) { id ancestors { id name } }
  }
`);
