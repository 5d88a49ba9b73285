import { administers, type Membership, type OrgPlace } from "@kepu/auth";

/**
 * The life of an invitation (邀请): PENDING until accepted, revoked or past its 7 days; one use.
 * An invitation grants what its inviter could grant, and only while they still can: it is checked
 * when sent (the inviter administers the unit, with current rights) and again when accepted (the
 * inviter still administers it), so an admin removed meanwhile leaves no open door behind.
 */
export const invitationTtlDays = 7;

export type InvitationStatus = "PENDING" | "ACCEPTED" | "REVOKED" | "EXPIRED";

/** The status of an invitation at `now`: accepted and revoked win over expiry. */
export function invitationStatus(
  invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now = new Date(),
): InvitationStatus {
  if (invitation.acceptedAt) return "ACCEPTED";
  if (invitation.revokedAt) return "REVOKED";
  if (invitation.expiresAt <= now) return "EXPIRED";
  return "PENDING";
}

/** Why a non-pending invitation cannot be accepted, for the person holding the link. */
export function whyNotAcceptable(status: Exclude<InvitationStatus, "PENDING">): string {
  const why = { ACCEPTED: "已被接受", REVOKED: "已被撤销", EXPIRED: "已过期" }[status];
  return `该邀请${why}，请联系邀请人重新邀请`;
}

/**
 * Whether the inviter, as they stand now (their current memberships and platform-admin flag, read
 * from the database, not from a token), still administers the invitation's unit at `place`.
 */
export function inviterStillAdministers(
  inviter: { id: string; displayName: string; platformAdmin: boolean; memberships: readonly Membership[] },
  place: OrgPlace,
): boolean {
  return administers(
    {
      kind: "user",
      userId: inviter.id,
      displayName: inviter.displayName,
      platformAdmin: inviter.platformAdmin,
      memberships: [...inviter.memberships],
    },
    place,
  );
}
