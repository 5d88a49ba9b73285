import { type ApproverDesignation, placeFromPath } from "@kepu/auth";
import type { CampaignFacts, OrgDirectory, PlacedOrg } from "@kepu/subgraph";

/**
 * An org directory over a fixed tree, for tests of one subgraph alone (fixture orgs that the
 * organizations service does not hold). Platform tests use the real one through the graph. Orgs are
 * ASSOCIATION at GRASSROOTS level unless `facts` says otherwise; campaigns are national editions
 * unless `campaigns` describes them; `holders` lists who holds which role where ("orgId:ROLE").
 * Every user is at rights version `rightsVersions[userId]`, 0 unless given (what the test signer
 * signs when a test leaves out `rv`).
 */
export function staticOrgDirectory(
  paths: readonly string[],
  designations: Record<string, ApproverDesignation[]> = {},
  options: {
    facts?: Record<string, { kind: string; level: string; regionCode?: string | null }>;
    campaigns?: Record<string, Partial<CampaignFacts>>;
    holders?: Record<string, string[]>;
    activities?: Record<string, { hostOrgId: string; campaignId: string }>;
    rightsVersions?: Record<string, number>;
  } = {},
): OrgDirectory {
  const places = new Map<string, PlacedOrg>(
    paths.map((path) => {
      const place = placeFromPath(path);
      return [place.id, { ...place, kind: "ASSOCIATION", level: "GRASSROOTS", ...options.facts?.[place.id] }];
    }),
  );
  const campaign = async (campaignId: string): Promise<CampaignFacts | null> => {
    const described = options.campaigns?.[campaignId];
    if (!described && !designations[campaignId]) return null;
    return {
      id: campaignId,
      editionId: campaignId,
      regionOrgId: null,
      approverOrgId: null,
      hosts: [],
      hashtags: [],
      ...described,
      designations: designations[campaignId] ?? [],
    };
  };
  const directory: OrgDirectory = {
    place: async (orgId) => places.get(orgId) ?? null,
    designations: async (campaignId) => designations[campaignId] ?? [],
    campaign,
    holders: async (orgId, role, userIds) =>
      userIds.filter((userId) => options.holders?.[`${orgId}:${role}`]?.includes(userId)),
    activity: async (activityId) => {
      const found = options.activities?.[activityId];
      return found ? { id: activityId, ...found } : null;
    },
    rightsVersion: async (userId) => options.rightsVersions?.[userId] ?? 0,
    uncached: () => directory,
  };
  return directory;
}
