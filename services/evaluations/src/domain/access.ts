import { hasRoleIn, type Viewer } from "@kepu/auth";

interface NominationParties {
  recommenderOrgId: string;
  reviewingOrgId: string;
}

/**
 * Evaluation records are not public. A nomination is seen by platform admins, by any member of the
 * recommending unit, and by the reviewers and admins of the level above that receives it.
 */
export function canSeeNomination(viewer: Viewer, nomination: NominationParties): boolean {
  if (viewer.kind !== "user") return false;
  if (viewer.platformAdmin) return true;
  if (viewer.memberships.some((m) => m.orgId === nomination.recommenderOrgId)) return true;
  return hasRoleIn(viewer, nomination.reviewingOrgId, ["REVIEWER", "ORG_ADMIN"]);
}

/** Prisma filter with the same meaning as canSeeNomination; null means "nothing". */
export function visibleNominationsWhere(viewer: Viewer) {
  if (viewer.kind !== "user") return null;
  if (viewer.platformAdmin) return {};
  const memberOf = viewer.memberships.map((m) => m.orgId);
  const reviews = viewer.memberships
    .filter((m) => m.roles.includes("REVIEWER") || m.roles.includes("ORG_ADMIN"))
    .map((m) => m.orgId);
  return { OR: [{ recommenderOrgId: { in: memberOf } }, { reviewingOrgId: { in: reviews } }] };
}

/** Contacts (names, phones) are personal data: the recommending unit's members and platform admins. */
export function canSeeNominationContact(viewer: Viewer, nomination: NominationParties): boolean {
  if (viewer.kind !== "user") return false;
  return viewer.platformAdmin || viewer.memberships.some((m) => m.orgId === nomination.recommenderOrgId);
}

// Who may recommend (administers the recommending unit) is the shared policy's, in @kepu/auth policy.ts.
