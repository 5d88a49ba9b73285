import type { Role, Viewer } from "./viewer.js";

/**
 * Who may do what, for all four subgraphs. Every rule is a plain function of the viewer (from the
 * verified token) and the target's place in the org tree, so the rules read as policy and are
 * proved once by the matrix in policy.test.ts. Services get places from an OrgDirectory.
 *
 * - An org admin acts on their org and all its descendants.
 * - An editor acts for their own org only (creates and submits its content).
 * - Approval of a unit's submissions belongs to the level above: an admin of a strict ancestor, or
 *   of an org a regional campaign designates as approver for its region. Nobody approves their own.
 * - Contacts are seen by the org's own members and its ancestors' admins; never by the public or
 *   by sibling units.
 * - Platform admins may do everything.
 */

/** Where an org sits: its id and the ids of its ancestors from the root (中国科协) down. */
export interface OrgPlace {
  id: string;
  ancestorIds: readonly string[];
}

/** A regional campaign's designation: units inside `regionOrgId`'s subtree may also be approved by `approverOrgId`. */
export interface ApproverDesignation {
  regionOrgId: string;
  approverOrgId: string;
}

type User = Extract<Viewer, { kind: "user" }>;

const isUser = (viewer: Viewer): viewer is User => viewer.kind === "user";

export function isPlatformAdmin(viewer: Viewer): boolean {
  return isUser(viewer) && viewer.platformAdmin;
}

function holds(viewer: User, orgId: string, wanted: readonly Role[]): boolean {
  return viewer.memberships.some((m) => m.orgId === orgId && m.roles.some((role) => wanted.includes(role)));
}

export function isMemberOf(viewer: Viewer, orgId: string): boolean {
  return isUser(viewer) && viewer.memberships.some((m) => m.orgId === orgId);
}

/** Org admin of the place itself or of any ancestor (or platform admin). */
export function administers(viewer: Viewer, place: OrgPlace): boolean {
  if (!isUser(viewer)) return false;
  if (viewer.platformAdmin) return true;
  return [place.id, ...place.ancestorIds].some((orgId) => holds(viewer, orgId, ["ORG_ADMIN"]));
}

/** Create, edit and submit content (activities, works, summaries) on behalf of the unit. */
export function canEditFor(viewer: Viewer, place: OrgPlace): boolean {
  return administers(viewer, place) || (isUser(viewer) && holds(viewer, place.id, ["EDITOR"]));
}

/** Approve or reject what the unit submits: the level above, or a designated approver for its region. */
export function canApproveFor(
  viewer: Viewer,
  place: OrgPlace,
  designations: readonly ApproverDesignation[] = [],
): boolean {
  if (!isUser(viewer)) return false;
  if (viewer.platformAdmin) return true;
  if (place.ancestorIds.some((orgId) => holds(viewer, orgId, ["ORG_ADMIN"]))) return true;
  const inRegion = (regionOrgId: string) => regionOrgId === place.id || place.ancestorIds.includes(regionOrgId);
  return designations.some(
    (d) => inRegion(d.regionOrgId) && d.approverOrgId !== place.id && holds(viewer, d.approverOrgId, ["ORG_ADMIN"]),
  );
}

/** Contacts, phones, e-mails and postal addresses of a unit. */
export function canSeeContactsOf(viewer: Viewer, place: OrgPlace): boolean {
  if (!isUser(viewer)) return false;
  return viewer.platformAdmin || isMemberOf(viewer, place.id) || administers(viewer, place);
}

/** See a unit's unpublished work (drafts, submissions, rejections): its members and whoever administers it. */
export function canSeeUnpublishedOf(viewer: Viewer, place: OrgPlace): boolean {
  return isMemberOf(viewer, place.id) || administers(viewer, place);
}

/** The place of an org from its materialized path ("/root/…/parent/self/"). */
export function placeFromPath(path: string): OrgPlace {
  const ids = path.split("/").filter(Boolean);
  const id = ids.pop();
  if (!id) throw new Error(`not an org path: ${path}`);
  return { id, ancestorIds: ids };
}

/** The materialized path of a place: the inverse of placeFromPath. */
export function pathFromPlace(place: OrgPlace): string {
  return `/${[...place.ancestorIds, place.id].join("/")}/`;
}

/**
 * Manage a campaign's resource library (create, edit, reorder, remove kits): issue 8 §5, "managed
 * by the campaign's hosts". The editors and admins of a unit that leads or co-hosts the campaign
 * (its `CampaignHost` roles LEAD and CO_HOST; for a regional edition, that edition's own hosts), and
 * whoever administers that unit. Members and special participants do not.
 */
export function canManageResourcesAs(viewer: Viewer, host: { place: OrgPlace; role: string }): boolean {
  return (host.role === "LEAD" || host.role === "CO_HOST") && canEditFor(viewer, host.place);
}

/**
 * Create, edit, publish and withdraw a check-in trail (联动打卡, issue 9 §5): the editors of the unit
 * that hosts it, and whoever administers that unit. Others, the public included, only see it once
 * published.
 */
export function canManageTrailOf(viewer: Viewer, host: OrgPlace): boolean {
  return canEditFor(viewer, host);
}

/** See a trail of the unit before it is published (drafts): its members and whoever administers it. */
export function canSeeDraftTrailsOf(viewer: Viewer, host: OrgPlace): boolean {
  return canSeeUnpublishedOf(viewer, host);
}

/**
 * Show a stop's live check-in code (the venue screen): the members of the unit that hosts the trail,
 * in any role, and whoever administers it; once the trail is published, also the members of the unit
 * that hosts the stop's activity (its people run the venue) and whoever administers that. Never the
 * public: the code is what proves a person was there. A draft trail's codes stay with its host.
 */
export function canShowCheckInCodeAt(
  viewer: Viewer,
  stop: { trailHost: OrgPlace; activityHost?: OrgPlace | null; trailPublished?: boolean },
): boolean {
  return (
    canSeeUnpublishedOf(viewer, stop.trailHost) ||
    (stop.trailPublished === true && stop.activityHost ? canSeeUnpublishedOf(viewer, stop.activityHost) : false)
  );
}
