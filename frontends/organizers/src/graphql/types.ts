/** The graph's enums as the UI lists them (order = order in pickers). */
export const roles = ["ORG_ADMIN", "EDITOR", "REVIEWER"] as const;
export type Role = (typeof roles)[number];

export const orgKinds = [
  "ASSOCIATION",
  "SOCIETY",
  "BASE",
  "MUSEUM",
  "DEPARTMENT",
  "ENTERPRISE",
  "UNIVERSITY",
  "PARK",
  "COORDINATION_BODY",
  "OTHER",
] as const;
export type OrgKind = (typeof orgKinds)[number];

export const orgLevels = ["NATIONAL", "PROVINCIAL", "PREFECTURAL", "COUNTY", "GRASSROOTS"] as const;
export type OrgLevel = (typeof orgLevels)[number];

export const campaignHostRoles = ["LEAD", "CO_HOST", "MEMBER", "SPECIAL_PARTICIPANT"] as const;
export type CampaignHostRole = (typeof campaignHostRoles)[number];

export type InvitationStatus = "PENDING" | "ACCEPTED" | "REVOKED" | "EXPIRED";

export interface OrgName {
  id: string;
  name: string;
}

export interface Connection<T> {
  edges: { node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Tokens of a new sign-in (signIn, refreshSession, acceptInvitation). */
export interface SignInPayload {
  accessToken: string;
  expiresInSeconds: number;
  refreshToken: string;
  user: { id: string };
}
