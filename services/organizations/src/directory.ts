import { administers, placeFromPath, type Viewer } from "@kepu/auth";
import { type CampaignFacts, designationsOf, type OrgDirectory, type PlacedOrg } from "@kepu/subgraph";
import DataLoader from "dataloader";
import type { Db } from "./db.js";
import { effectiveHashtags } from "./domain/campaigns.js";

/**
 * The organizations service answers the shared policy's questions from its own tables; the other
 * services ask it the same questions through the graph (createGraphOrgDirectory).
 */
export function createDbOrgDirectory(db: Db): OrgDirectory {
  const places = new DataLoader<string, PlacedOrg | null>(
    async (ids) => {
      const rows = await db.org.findMany({
        where: { id: { in: [...ids] } },
        select: { id: true, path: true, kind: true, level: true, regionCode: true },
      });
      const byId = new Map(
        rows.map((row) => [
          row.id,
          { ...placeFromPath(row.path), kind: row.kind, level: row.level, regionCode: row.regionCode },
        ]),
      );
      return ids.map((id) => byId.get(id) ?? null);
    },
    { cache: false },
  );
  async function campaign(campaignId: string): Promise<CampaignFacts | null> {
    const row = await db.campaign.findUnique({
      where: { id: campaignId },
      select: {
        id: true,
        regionOrgId: true,
        approverOrgId: true,
        hashtags: true,
        hosts: { select: { orgId: true, role: true } },
        parent: {
          select: {
            id: true,
            regionOrgId: true,
            approverOrgId: true,
            hashtags: true,
            parent: { select: { id: true, hashtags: true, parent: { select: { id: true } } } },
          },
        },
      },
    });
    if (!row) return null;
    return {
      id: row.id,
      editionId: row.parent?.parent?.parent?.id ?? row.parent?.parent?.id ?? row.parent?.id ?? row.id,
      lineageIds: [row.id, row.parent?.id, row.parent?.parent?.id, row.parent?.parent?.parent?.id].filter(
        (id): id is string => Boolean(id),
      ),
      regionOrgId: row.regionOrgId,
      approverOrgId: row.approverOrgId,
      designations: designationsOf([row, ...(row.parent ? [row.parent] : [])]),
      hosts: row.hosts,
      hashtags: effectiveHashtags([
        row,
        ...(row.parent ? [row.parent] : []),
        ...(row.parent?.parent ? [row.parent.parent] : []),
      ]),
    };
  }
  const rightsVersions = new DataLoader<string, number | null>(
    async (ids) => {
      const rows = await db.user.findMany({
        where: { id: { in: [...ids] } },
        select: { id: true, rightsVersion: true },
      });
      const byId = new Map(rows.map((row) => [row.id, row.rightsVersion]));
      return ids.map((id) => byId.get(id) ?? null);
    },
    { cache: false },
  );
  const directory: OrgDirectory = {
    place: (orgId) => places.load(orgId),
    rightsVersion: (userId) => rightsVersions.load(userId),
    // Nothing here is cached: every answer is already the database's.
    uncached: () => directory,
    designations: async (campaignId) => (await campaign(campaignId))?.designations ?? [],
    campaign,
    holders: async (orgId, role, userIds) => holdersAt(db, orgId, role, userIds),
    activity: async () => {
      throw new Error("the organizations service does not look up activities");
    },
  };
  return directory;
}

/** Which of `userIds` currently hold `role` at `orgId`, read from the memberships table. */
export async function holdersAt(db: Db, orgId: string, role: string, userIds: readonly string[]): Promise<string[]> {
  // Bounded by userIds (at most 100); filtered here, as `has` on an enum array trips the PGlite adapter.
  const rows = await db.membership.findMany({
    where: { orgId, userId: { in: [...userIds] } },
    select: { userId: true, roles: true },
  });
  return rows.filter((row) => row.roles.some((held) => held === role)).map((row) => row.userId);
}

/** Whether `viewer` may ask who holds a role at the org on `path` (its administrators only). */
export function mayAskHolders(viewer: Viewer, path: string): boolean {
  return administers(viewer, placeFromPath(path));
}
