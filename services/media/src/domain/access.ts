import type { Viewer } from "@kepu/auth";

/** The public sees approved works; the owner org's members and platform admins see all of theirs. */
export function canSeeWork(viewer: Viewer, work: { status: string; ownerOrgId: string }): boolean {
  if (work.status === "APPROVED") return true;
  if (viewer.kind !== "user") return false;
  return viewer.platformAdmin || viewer.memberships.some((m) => m.orgId === work.ownerOrgId);
}

/** Prisma filter with the same meaning as canSeeWork, for lists. */
export function visibleWorksWhere(viewer: Viewer) {
  if (viewer.kind === "user" && viewer.platformAdmin) return {};
  const memberOf = viewer.kind === "user" ? viewer.memberships.map((m) => m.orgId) : [];
  return { OR: [{ status: "APPROVED" as const }, { ownerOrgId: { in: memberOf } }] };
}

// Who may submit (canEditFor) and moderate (canApproveFor: the level above the owner) is the shared
// policy's, in @kepu/auth policy.ts.
