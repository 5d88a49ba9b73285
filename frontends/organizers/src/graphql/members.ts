import type {
  OrganizerAuditQuery,
  OrganizerInvitationFieldsFragment,
  OrganizerMembersQuery,
} from "../generated/graphql.js";
import { graphql } from "../generated/index.js";

export type { AuditAction } from "../generated/graphql.js";
export type MembersData = OrganizerMembersQuery;
export type Member = NonNullable<NonNullable<MembersData["org"]>["members"]>["edges"][number]["node"];
export type Invitation = OrganizerInvitationFieldsFragment;
export type AuditData = OrganizerAuditQuery;

export const invitationFieldsFragment = graphql(`
  fragment OrganizerInvitationFields on Invitation { id email roles expiresAt createdAt status }
`);

export const membersQuery = graphql(`
  query OrganizerMembers($orgId: ID!, $after: String) {
    org(id: $orgId) {
      id
      name
      viewerCanAdminister
      members(first: 50, after: $after) {
        edges { node { roles user { id displayName email } } }
        pageInfo { hasNextPage endCursor }
      }
      invitations { ...OrganizerInvitationFields }
    }
  }
`);

export const setMemberRolesMutation = graphql(`
  mutation OrganizerSetMemberRoles($orgId: ID!, $userId: ID!, $roles: [Role!]!) {
    setMemberRoles(orgId: $orgId, userId: $userId, roles: $roles) { roles user { id } }
  }
`);

export const removeMemberMutation = graphql(`
  mutation OrganizerRemoveMember($orgId: ID!, $userId: ID!) {
    removeMember(orgId: $orgId, userId: $userId)
  }
`);

export const inviteMemberMutation = graphql(`
  mutation OrganizerInviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      link
      invitation { ...OrganizerInvitationFields }
    }
  }
`);

export const revokeInvitationMutation = graphql(`
  mutation OrganizerRevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) { id status }
  }
`);

export const auditQuery = graphql(`
  query OrganizerAudit($orgId: ID!) {
    org(id: $orgId) {
      id
      auditEvents(first: 20) {
        edges { node { id at action actor { id displayName } subjectUser { id displayName } } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);
