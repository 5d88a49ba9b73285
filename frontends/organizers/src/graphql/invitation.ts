import { graphql } from "../generated/index.js";

export type { AcceptInvitationInput } from "../generated/graphql.js";

export const invitationPreviewQuery = graphql(`
  query OrganizerInvitationPreview($token: String!) {
    invitation(token: $token) { orgName roles email expiresAt status }
  }
`);

export const acceptInvitationMutation = graphql(`
  mutation OrganizerAcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) { accessToken expiresInSeconds refreshToken user { id } }
  }
`);
