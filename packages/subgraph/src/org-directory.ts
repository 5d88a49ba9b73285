import type { ApproverDesignation, OrgPlace } from "@kepu/auth";
import DataLoader from "dataloader";
import { LRUCache } from "lru-cache";
import { userError } from "./errors.js";

/**
 * How a service learns where an org sits in the tree, and which approvers a campaign designates:
 * the facts the shared policy (@kepu/auth policy.ts) needs. The organizations service owns them;
 * other services ask it through the graph (its `_entities` for Org and Campaign), batched per tick
 * and cached briefly. A unit that moves in the tree is seen in its new place within `ttlMs`.
 */
export interface OrgDirectory {
  /** The org's place, or null if there is no such org. */
  place(orgId: string): Promise<OrgPlace | null>;
  /** The approver designations a campaign (and the editions above it) make. */
  designations(campaignId: string): Promise<ApproverDesignation[]>;
}

interface EntitiesResponse<T> {
  data?: { _entities: (T | null)[] };
  errors?: { message: string }[];
}

interface CampaignFacts {
  id: string;
  regionOrg: { id: string } | null;
  approverOrg: { id: string } | null;
  parent: { regionOrg: { id: string } | null; approverOrg: { id: string } | null } | null;
}

export function createGraphOrgDirectory(options: {
  organizationsUrl: string;
  ttlMs?: number;
  fetch?: typeof fetch;
}): OrgDirectory {
  const ttl = options.ttlMs ?? 30_000;
  const doFetch = options.fetch ?? fetch;

  async function entities<T>(typename: string, ids: readonly string[], selection: string): Promise<(T | null)[]> {
    const response = await doFetch(options.organizationsUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${selection} } } }`,
        variables: { r: ids.map((id) => ({ __typename: typename, id })) },
      }),
    }).catch(() => null);
    const body = response?.ok ? ((await response.json()) as EntitiesResponse<T>) : null;
    if (!body?.data || body.errors?.length) {
      throw userError("SERVICE_UNAVAILABLE", "暂时无法核实单位信息，请稍后重试");
    }
    return body.data._entities;
  }

  const places = new LRUCache<string, OrgPlace>({ max: 200_000, ttl });
  const placeLoader = new DataLoader<string, OrgPlace | null>(
    async (ids) => {
      const rows = await entities<{ id: string; ancestorIds: string[] }>("Org", ids, "id ancestorIds");
      return rows.map((row) => {
        if (!row) return null;
        const place = { id: row.id, ancestorIds: row.ancestorIds };
        places.set(row.id, place);
        return place;
      });
    },
    { cache: false },
  );

  const campaigns = new LRUCache<string, ApproverDesignation[]>({ max: 10_000, ttl });
  const campaignLoader = new DataLoader<string, ApproverDesignation[]>(
    async (ids) => {
      const rows = await entities<CampaignFacts>(
        "Campaign",
        ids,
        "id regionOrg { id } approverOrg { id } parent { regionOrg { id } approverOrg { id } }",
      );
      return rows.map((row, index) => {
        const chain = row ? [row, ...(row.parent ? [row.parent] : [])] : [];
        const found = designationsOf(
          chain.map((c) => ({ regionOrgId: c.regionOrg?.id ?? null, approverOrgId: c.approverOrg?.id ?? null })),
        );
        campaigns.set(ids[index] as string, found);
        return found;
      });
    },
    { cache: false },
  );

  return {
    place: async (orgId) => places.get(orgId) ?? placeLoader.load(orgId),
    designations: async (campaignId) => campaigns.get(campaignId) ?? campaignLoader.load(campaignId),
  };
}

/**
 * The designations a campaign makes, from it and the edition above it: a regional edition's
 * approver covers its region. The one rule both directories (graph and database) apply.
 */
export function designationsOf(
  chain: readonly { regionOrgId: string | null; approverOrgId: string | null }[],
): ApproverDesignation[] {
  return chain.flatMap((c) =>
    c.regionOrgId && c.approverOrgId ? [{ regionOrgId: c.regionOrgId, approverOrgId: c.approverOrgId }] : [],
  );
}

/** The place of an org the caller names, or a clear error when it does not exist. */
export async function requirePlace(directory: OrgDirectory, orgId: string): Promise<OrgPlace> {
  const place = await directory.place(orgId);
  if (!place) throw userError("BAD_USER_INPUT", `单位不存在：${orgId}`);
  return place;
}

/** How a service other than organizations is told where to find org places. */
export type OrgDirectorySource =
  | { organizationsUrl: string; directory?: undefined }
  /** A directory given directly: tests of one service alone, with fixture orgs. */
  | { directory: OrgDirectory; organizationsUrl?: undefined };

export function orgDirectoryFrom(source: OrgDirectorySource): OrgDirectory {
  return source.directory ?? createGraphOrgDirectory({ organizationsUrl: source.organizationsUrl });
}
