import { type ApproverDesignation, type OrgPlace, placeFromPath } from "@kepu/auth";
import type { OrgDirectory } from "@kepu/subgraph";

/**
 * An org directory over a fixed tree, for tests of one subgraph alone (fixture orgs that the
 * organizations service does not hold). Platform tests use the real one through the graph.
 */
export function staticOrgDirectory(
  paths: readonly string[],
  designations: Record<string, ApproverDesignation[]> = {},
): OrgDirectory {
  const places = new Map<string, OrgPlace>(paths.map((path) => [placeFromPath(path).id, placeFromPath(path)]));
  return {
    place: async (orgId) => places.get(orgId) ?? null,
    designations: async (campaignId) => designations[campaignId] ?? [],
  };
}
