import { gql } from "@kepu/graphql-client";
import type { Connection, OrgKind, OrgLevel, OrgName } from "./types.js";

export interface Contact {
  name: string;
  title: string | null;
  phone: string | null;
  email: string | null;
}

export interface OrgDetails {
  id: string;
  name: string;
  shortName: string | null;
  kind: OrgKind;
  level: OrgLevel;
  regionCode: string | null;
  address: string | null;
  contacts: Contact[] | null;
  viewerCanAdminister: boolean;
  ancestors: OrgName[];
  activities: Connection<{ id: string; title: string; startsAt: string; endsAt: string }>;
}

export const orgDetailsQuery = gql`
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
`;

export interface OrgDetailsData {
  org: OrgDetails | null;
}

/** Name and rights only: the header of every page. */
export const orgSummaryQuery = gql`
  query OrganizerOrgSummary($id: ID!) {
    org(id: $id) { id name level viewerCanAdminister ancestors { id name } }
  }
`;

export interface OrgSummaryData {
  org: (OrgName & { level: OrgLevel; viewerCanAdminister: boolean; ancestors: OrgName[] }) | null;
}

export interface UpdateOrgInput {
  name?: string;
  shortName?: string;
  kind?: OrgKind;
  regionCode?: string;
  address?: string;
}

export const updateOrgMutation = gql`
  mutation OrganizerUpdateOrg($id: ID!, $input: UpdateOrgInput!) {
    updateOrg(id: $id, input: $input) { id name shortName kind level regionCode address }
  }
`;

export const setOrgContactsMutation = gql`
  mutation OrganizerSetContacts($orgId: ID!, $contacts: [ContactInput!]!) {
    setOrgContacts(orgId: $orgId, contacts: $contacts) { id contacts { name title phone email } }
  }
`;

export interface SubtreeRow {
  id: string;
  name: string;
  kind: OrgKind;
  level: OrgLevel;
  regionCode: string | null;
  parent: OrgName | null;
  children: { totalCount: number };
}

export interface SubtreeData {
  orgs: Connection<SubtreeRow> & { totalCount: number };
}

export const subtreeQuery = gql`
  query OrganizerSubtree($under: ID!, $search: String, $kind: OrgKind, $level: OrgLevel, $first: Int, $after: String) {
    orgs(under: $under, search: $search, kind: $kind, level: $level, first: $first, after: $after) {
      totalCount
      edges { node { id name kind level regionCode parent { id name } children(first: 1) { totalCount } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

/** For pickers: any unit by name. */
export const orgSearchQuery = gql`
  query OrganizerOrgSearch($search: String!, $first: Int) {
    orgs(search: $search, first: $first) { totalCount edges { node { id name level } } }
  }
`;

export interface OrgSearchData {
  orgs: { totalCount: number; edges: { node: OrgName & { level: OrgLevel } }[] };
}

export interface CreateOrgInput {
  parentId: string;
  name: string;
  shortName?: string;
  kind: OrgKind;
  level: OrgLevel;
  regionCode?: string;
  address?: string;
}

export const createOrgMutation = gql`
  mutation OrganizerCreateOrg($input: CreateOrgInput!) {
    createOrg(input: $input) { id name level regionCode }
  }
`;

export const moveOrgMutation = gql`
  mutation OrganizerMoveOrg($id: ID!, $newParentId: ID!) {
    moveOrg(id: $id, newParentId: $newParentId) { id ancestors { id name } }
  }
`;
