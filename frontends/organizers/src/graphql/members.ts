import { gql } from "@kepu/graphql-client";
import type { Connection, InvitationStatus, Role } from "./types.js";

export interface Member {
  roles: Role[];
  user: { id: string; displayName: string; email: string | null };
}

export interface Invitation {
  id: string;
  email: string | null;
  roles: Role[];
  expiresAt: string;
  createdAt: string;
  status: InvitationStatus;
}

export interface MembersData {
  org: {
    id: string;
    name: string;
    viewerCanAdminister: boolean;
    members: Connection<Member> | null;
    invitations: Invitation[] | null;
  } | null;
}

export const membersQuery = gql`
  query OrganizerMembers($orgId: ID!, $after: String) {
    org(id: $orgId) {
      id
      name
      viewerCanAdminister
      members(first: 50, after: $after) {
        edges { node { roles user { id displayName email } } }
        pageInfo { hasNextPage endCursor }
      }
      invitations { id email roles expiresAt createdAt status }
    }
  }
`;

export const setMemberRolesMutation = gql`
  mutation OrganizerSetMemberRoles($orgId: ID!, $userId: ID!, $roles: [Role!]!) {
    setMemberRoles(orgId: $orgId, userId: $userId, roles: $roles) { roles user { id } }
  }
`;

export const removeMemberMutation = gql`
  mutation OrganizerRemoveMember($orgId: ID!, $userId: ID!) {
    removeMember(orgId: $orgId, userId: $userId)
  }
`;

export interface InviteData {
  inviteMember: { link: string; invitation: Invitation };
}

export const inviteMemberMutation = gql`
  mutation OrganizerInviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      link
      invitation { id email roles expiresAt createdAt status }
    }
  }
`;

export const revokeInvitationMutation = gql`
  mutation OrganizerRevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) { id status }
  }
`;

export type AuditAction =
  | "ORG_CREATED"
  | "ORG_UPDATED"
  | "ORG_MOVED"
  | "ORGS_IMPORTED"
  | "CONTACTS_CHANGED"
  | "MEMBERSHIP_GRANTED"
  | "ROLES_CHANGED"
  | "MEMBERSHIP_REVOKED"
  | "INVITATION_CREATED"
  | "INVITATION_ACCEPTED"
  | "INVITATION_REVOKED"
  | "CAMPAIGN_UPDATED"
  | "SESSIONS_REVOKED"
  | "ACCOUNT_LOCKED";

export interface AuditEvent {
  id: string;
  at: string;
  action: AuditAction;
  actor: { id: string; displayName: string } | null;
  subjectUser: { id: string; displayName: string } | null;
}

export interface AuditData {
  org: { id: string; auditEvents: Connection<AuditEvent> | null } | null;
}

export const auditQuery = gql`
  query OrganizerAudit($orgId: ID!) {
    org(id: $orgId) {
      id
      auditEvents(first: 20) {
        edges { node { id at action actor { id displayName } subjectUser { id displayName } } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`;
