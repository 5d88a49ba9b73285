import { hasRoleIn, type Viewer } from "@kepu/auth";

/** The roles that may create and submit activities on behalf of their unit. */
export const activityEditorRoles = ["ORG_ADMIN", "EDITOR"] as const;

/**
 * Which activities a viewer may see. The public sees published ones only; a unit's own members also
 * see its drafts, submissions and rejections; platform admins see everything.
 */
export type ActivityVisibility = { kind: "all" } | { kind: "publishedOrHostedBy"; hostOrgIds: string[] };

export function activityVisibility(viewer: Viewer): ActivityVisibility {
  if (viewer.kind !== "user") return { kind: "publishedOrHostedBy", hostOrgIds: [] };
  if (viewer.platformAdmin) return { kind: "all" };
  return { kind: "publishedOrHostedBy", hostOrgIds: viewer.memberships.map((m) => m.orgId) };
}

export function canSeeActivity(viewer: Viewer, activity: { status: string; hostOrgId: string }): boolean {
  const visibility = activityVisibility(viewer);
  return (
    visibility.kind === "all" || activity.status === "PUBLISHED" || visibility.hostOrgIds.includes(activity.hostOrgId)
  );
}

/** May the viewer create or submit activities hosted by `hostOrgId`? */
export function canEditActivitiesOf(viewer: Viewer, hostOrgId: string): boolean {
  if (viewer.kind !== "user") return false;
  return viewer.platformAdmin || hasRoleIn(viewer, hostOrgId, activityEditorRoles);
}
