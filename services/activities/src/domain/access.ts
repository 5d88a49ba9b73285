import { canSeeUnpublishedOf, type OrgPlace, type Viewer } from "@kepu/auth";

/**
 * Which activities a viewer may see. The public sees published ones only. Unpublished ones (drafts,
 * submissions, rejections) are seen by the host unit's members and whoever administers it (its
 * ancestors' admins, who approve), as the shared policy says; platform admins see everything.
 *
 * Lists filter in SQL by the viewer's own memberships (activityVisibility); a single activity asked
 * for by id is also shown to the host's ancestors' admins (canSeeActivity with the host's place).
 */
export type ActivityVisibility = { kind: "all" } | { kind: "publishedOrHostedBy"; hostOrgIds: string[] };

export function activityVisibility(viewer: Viewer): ActivityVisibility {
  if (viewer.kind !== "user") return { kind: "publishedOrHostedBy", hostOrgIds: [] };
  if (viewer.platformAdmin) return { kind: "all" };
  return { kind: "publishedOrHostedBy", hostOrgIds: viewer.memberships.map((m) => m.orgId) };
}

/** Visible without asking where the host sits: published, or hosted by one of the viewer's orgs. */
export function canSeeActivityDirectly(viewer: Viewer, activity: { status: string; hostOrgId: string }): boolean {
  const visibility = activityVisibility(viewer);
  return (
    visibility.kind === "all" || activity.status === "PUBLISHED" || visibility.hostOrgIds.includes(activity.hostOrgId)
  );
}

/** The full rule, given the host's place in the tree. */
export function canSeeActivity(
  viewer: Viewer,
  activity: { status: string; hostOrgId: string },
  hostPlace: OrgPlace | null,
): boolean {
  if (canSeeActivityDirectly(viewer, activity)) return true;
  return hostPlace !== null && canSeeUnpublishedOf(viewer, hostPlace);
}
