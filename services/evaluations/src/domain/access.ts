import { hasRoleIn, type Viewer } from "@kepu/auth";

interface NominationParties {
  recommenderOrgId: string;
  reviewingOrgId: string;
}

/**
 * Evaluation records are not public. A nomination is seen by platform admins, by any member of the
 * recommending unit, by the admins of the level above that receives it (they assign reviewers), and
 * by a reviewer of that level only when it is assigned to them ("reviewers see only what they are
 * assigned"). The reviewer's role comes from the token, so an assignment alone grants nothing.
 */
export function canSeeNomination(
  viewer: Viewer,
  nomination: NominationParties & { assignedReviewerIds: readonly string[] },
): boolean {
  if (viewer.kind !== "user") return false;
  if (viewer.platformAdmin) return true;
  if (viewer.memberships.some((m) => m.orgId === nomination.recommenderOrgId)) return true;
  if (hasRoleIn(viewer, nomination.reviewingOrgId, ["ORG_ADMIN"])) return true;
  return (
    hasRoleIn(viewer, nomination.reviewingOrgId, ["REVIEWER"]) && nomination.assignedReviewerIds.includes(viewer.userId)
  );
}

/** May the viewer assign reviewers to what is sent to `reviewingOrgId`? Its admins (or platform admins). */
export function canAssignAt(viewer: Viewer, reviewingOrgId: string): boolean {
  return viewer.kind === "user" && (viewer.platformAdmin || hasRoleIn(viewer, reviewingOrgId, ["ORG_ADMIN"]));
}

/** Prisma filter with the same meaning as canSeeNomination; null means "nothing". */
export function visibleNominationsWhere(viewer: Viewer) {
  if (viewer.kind !== "user") return null;
  if (viewer.platformAdmin) return {};
  const memberOf = viewer.memberships.map((m) => m.orgId);
  const adminOf = viewer.memberships.filter((m) => m.roles.includes("ORG_ADMIN")).map((m) => m.orgId);
  const reviewerOf = viewer.memberships.filter((m) => m.roles.includes("REVIEWER")).map((m) => m.orgId);
  return {
    OR: [
      { recommenderOrgId: { in: memberOf } },
      { reviewingOrgId: { in: adminOf } },
      { reviewingOrgId: { in: reviewerOf }, assignments: { some: { reviewerId: viewer.userId } } },
    ],
  };
}

/** Contacts (names, phones) are personal data: the recommending unit's members and platform admins. */
export function canSeeNominationContact(viewer: Viewer, nomination: NominationParties): boolean {
  if (viewer.kind !== "user") return false;
  return viewer.platformAdmin || viewer.memberships.some((m) => m.orgId === nomination.recommenderOrgId);
}

// Who may recommend (administers the recommending unit) is the shared policy's, in @kepu/auth policy.ts.
