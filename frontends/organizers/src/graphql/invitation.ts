import { gql } from "@kepu/graphql-client";
import type { InvitationStatus, Role, SignInPayload } from "./types.js";

export interface InvitationPreviewData {
  invitation: { orgName: string; roles: Role[]; email: string | null; expiresAt: string; status: InvitationStatus };
}

export const invitationPreviewQuery = gql`
  query OrganizerInvitationPreview($token: String!) {
    invitation(token: $token) { orgName roles email expiresAt status }
  }
`;

export interface AcceptInvitationInput {
  token: string;
  displayName?: string;
  password?: string;
  email?: string;
}

export interface AcceptInvitationData {
  acceptInvitation: SignInPayload;
}

export const acceptInvitationMutation = gql`
  mutation OrganizerAcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) { accessToken expiresInSeconds refreshToken user { id } }
  }
`;
