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

/** When an invitation sent at `now` stops working. */
export function invitationExpiry(now = new Date()): Date {
  return new Date(now.getTime() + invitationTtlDays * 86_400_000);
}

/** The path of the organizer app's acceptance page for an invitation secret (shown once, to the inviter). */
export function invitationPath(secret: string): string {
  return `/organizers/invite?token=${encodeURIComponent(secret)}`;
}

/**
 * Why the signed-in person may not accept: an e-mail invitation is for that address only. Null
 * when they may (a link invitation, or their own address).
 */
export function whyNotForViewer(invitedEmail: string | null, viewerEmail: string): string | null {
  return invitedEmail && invitedEmail !== viewerEmail ? `此邀请发给 ${invitedEmail}，请用该邮箱的账号登录后接受` : null;
}

/**
 * The address a new account accepting the invitation gets: the invited one for an e-mail
 * invitation (whatever the form says), the one given for a link invitation; with why not, when
 * something is missing.
 */
export function newAccountAddress(
  invitedEmail: string | null,
  given: { email?: string | null; displayName?: string | null; password?: string | null },
): { email: string } | { problem: string } {
  const email = invitedEmail ?? given.email ?? null;
  if (!email) return { problem: "请填写邮箱" };
  if (!given.displayName || !given.password) return { problem: "请填写姓名并设置密码" };
  return { email };
}

/** The roles a member holds after accepting: what they held in the unit plus the invited ones, once each. */
export function rolesAfterAcceptance<R extends string>(held: readonly R[], invited: readonly R[]): R[] {
  return [...new Set([...held, ...invited])];
}

/**
 * How many times a link invitation may refuse a new account because the address given already has
 * one (「该邮箱已注册，请先登录再接受邀请」) before it is revoked: the refusal tells whether an address is
 * registered, and a pending link would otherwise answer that for any number of addresses. A person
 * who already has an account signs in and accepts after the first refusal.
 */
export const maxRefusedAcceptances = 3;
