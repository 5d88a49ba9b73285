import { type OrgPlace, placeFromPath } from "@kepu/auth";
import { designationsOf, type OrgDirectory } from "@kepu/subgraph";
import DataLoader from "dataloader";
import type { Db } from "./db.js";

/**
 * The organizations service answers the shared policy's questions from its own tables; the other
 * services ask it the same questions through the graph (createGraphOrgDirectory).
 */
export function createDbOrgDirectory(db: Db): OrgDirectory {
  const places = new DataLoader<string, OrgPlace | null>(
    async (ids) => {
      const rows = await db.org.findMany({ where: { id: { in: [...ids] } }, select: { id: true, path: true } });
      const byId = new Map(rows.map((row) => [row.id, placeFromPath(row.path)]));
      return ids.map((id) => byId.get(id) ?? null);
    },
    { cache: false },
  );
  return {
    place: (orgId) => places.load(orgId),
    async designations(campaignId) {
      const campaign = await db.campaign.findUnique({
        where: { id: campaignId },
        select: {
          regionOrgId: true,
          approverOrgId: true,
          parent: { select: { regionOrgId: true, approverOrgId: true } },
        },
      });
      if (!campaign) return [];
      return designationsOf([campaign, ...(campaign.parent ? [campaign.parent] : [])]);
    },
  };
}
