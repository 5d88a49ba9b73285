import { orgsWithRole, type Viewer } from "@kepu/auth";
import { isInSubtree } from "./tree.js";

/**
 * Contacts (names, phones, e-mails, addresses of people) are personal data: visible to the org's
 * own members, to admins of the org or any ancestor, and to platform admins; never to the public or
 * to sibling units.
 */
export function canSeeContacts(viewer: Viewer, org: { id: string; path: string }): boolean {
  if (viewer.kind !== "user") return false;
  if (viewer.platformAdmin) return true;
  if (viewer.memberships.some((m) => m.orgId === org.id)) return true;
  return orgsWithRole(viewer, ["ORG_ADMIN"]).some((adminOf) => isInSubtree(org.path, adminOf));
}
