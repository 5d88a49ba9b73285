import type { ApproverDesignation, OrgPlace, Role } from "@kepu/auth";
import DataLoader from "dataloader";
import { LRUCache } from "lru-cache";
import { userError } from "./errors.js";

/**
 * How a service learns where an org sits in the tree, which approvers a campaign designates, and
 * which rights version a user is at: the facts the shared policy (@kepu/auth policy.ts) needs. The
 * organizations service owns them; other services ask it through the graph (its `_entities` for
 * Org, Campaign and User), batched per tick. Places and campaigns are cached briefly for reads (a
 * unit that moves is seen in its new place within `ttlMs`); mutations use `uncached()`, and rights
 * versions are never cached, so a write always acts on current rights and places.
 */
export interface OrgDirectory {
  /** The org's place (with its kind and level), or null if there is no such org. */
  place(orgId: string): Promise<PlacedOrg | null>;
  /** The approver designations a campaign (and the editions above it) make. */
  designations(campaignId: string): Promise<ApproverDesignation[]>;
  /** What the rules need of a campaign (its edition, region, approver, hosts), or null if there is none. */
  campaign(campaignId: string): Promise<CampaignFacts | null>;
  /**
   * Which of `userIds` currently hold `role` at `orgId` (unknown ids are simply not in the answer).
   * Asked with the caller's own token (`authorization`), so only someone who administers the unit
   * learns anything; never cached.
   */
  holders(orgId: string, role: Role, userIds: readonly string[], authorization: string | undefined): Promise<string[]>;
  /**
   * A published activity's facts (its host and campaign), or null when there is no such published
   * activity. Asked of the activities subgraph; services that never name activities may not have it.
   */
  activity(activityId: string): Promise<ActivityFacts | null>;
  /**
   * The user's current rights version (a counter organizations bumps with every change to the
   * user's memberships, roles or platform-admin flag), or null when there is no such user. Never
   * cached.
   */
  rightsVersion(userId: string): Promise<number | null>;
  /** The same directory answering from the source, bypassing any cache: what a mutation uses. */
  uncached(): OrgDirectory;
}

export interface ActivityFacts {
  id: string;
  hostOrgId: string;
  campaignId: string;
}

/** An org's place with what quota categories match on, and its GB/T 2260 region when it has one. */
export interface PlacedOrg extends OrgPlace {
  kind: string;
  level: string;
  regionCode?: string | null;
}

/** A campaign as the rules see it (issue 7 §1: the edition, region and hosts are the campaign's own). */
export interface CampaignFacts {
  id: string;
  /** The national edition at the root of its campaign tree (itself when national). */
  editionId: string;
  /** The campaign, then the editions above it up to the national one (absent: [id, editionId]). */
  lineageIds?: string[];
  /** The 科协 whose territory a regional edition covers; null for a national edition. */
  regionOrgId: string | null;
  approverOrgId: string | null;
  designations: ApproverDesignation[];
  hosts: { orgId: string; role: string }[];
  /** Hashtags every work of the campaign carries, its own and inherited (issue 8 §2). */
  hashtags: string[];
}

interface EntitiesResponse<T> {
  data?: { _entities: (T | null)[] };
  errors?: { message: string }[];
}

interface CampaignRow {
  id: string;
  hashtags: string[];
  regionOrg: { id: string } | null;
  approverOrg: { id: string } | null;
  hosts: { role: string; org: { id: string } }[];
  parent: {
    id: string;
    regionOrg: { id: string } | null;
    approverOrg: { id: string } | null;
    parent: { id: string; parent: { id: string } | null } | null;
  } | null;
}

const campaignSelection =
  "id hashtags regionOrg { id } approverOrg { id } hosts { role org { id } } parent { id regionOrg { id } approverOrg { id } parent { id parent { id } } }";

/** CampaignFacts from the organizations subgraph's Campaign (three levels of editions at most). */
function campaignFactsOf(row: CampaignRow): CampaignFacts {
  const chain = [row, ...(row.parent ? [row.parent] : [])];
  const editionId = row.parent?.parent?.parent?.id ?? row.parent?.parent?.id ?? row.parent?.id ?? row.id;
  return {
    id: row.id,
    editionId,
    lineageIds: [row.id, row.parent?.id, row.parent?.parent?.id, row.parent?.parent?.parent?.id].filter(
      (id): id is string => Boolean(id),
    ),
    regionOrgId: row.regionOrg?.id ?? null,
    approverOrgId: row.approverOrg?.id ?? null,
    designations: designationsOf(
      chain.map((c) => ({ regionOrgId: c.regionOrg?.id ?? null, approverOrgId: c.approverOrg?.id ?? null })),
    ),
    hosts: row.hosts.map((host) => ({ orgId: host.org.id, role: host.role })),
    // The organizations subgraph answers with the inherited ones too (Campaign.hashtags).
    hashtags: row.hashtags,
  };
}

export function createGraphOrgDirectory(options: {
  organizationsUrl: string;
  /** The activities subgraph, for services that check activities named in their inputs. */
  activitiesUrl?: string;
  ttlMs?: number;
  fetch?: typeof fetch;
}): OrgDirectory {
  const ttl = options.ttlMs ?? 30_000;
  const doFetch = options.fetch ?? fetch;

  async function ask<T>(
    query: string,
    variables: Record<string, unknown>,
    authorization?: string,
    url = options.organizationsUrl,
  ): Promise<T> {
    const response = await doFetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query, variables }),
    }).catch(() => null);
    const body = response?.ok
      ? ((await response.json()) as { data?: T; errors?: { extensions?: { code?: string } }[] })
      : null;
    // A key that names nothing comes back null with a NOT_FOUND error (missingReference): an answer.
    const failed = body?.errors?.some((error) => error.extensions?.code !== "NOT_FOUND");
    if (!body?.data || failed) {
      throw userError("SERVICE_UNAVAILABLE", "暂时无法核实单位或活动信息，请稍后重试");
    }
    return body.data;
  }

  async function entities<T>(typename: string, ids: readonly string[], selection: string): Promise<(T | null)[]> {
    const data = await ask<EntitiesResponse<T>["data"] & object>(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${selection} } } }`,
      { r: ids.map((id) => ({ __typename: typename, id })) },
    );
    return data._entities;
  }

  const places = new LRUCache<string, PlacedOrg>({ max: 200_000, ttl });
  const placeLoader = new DataLoader<string, PlacedOrg | null>(
    async (ids) => {
      const rows = await entities<PlacedOrg>("Org", ids, "id ancestorIds kind level regionCode");
      return rows.map((row) => {
        if (!row) return null;
        const place = {
          id: row.id,
          ancestorIds: row.ancestorIds,
          kind: row.kind,
          level: row.level,
          regionCode: row.regionCode ?? null,
        };
        places.set(row.id, place);
        return place;
      });
    },
    { cache: false },
  );

  const campaigns = new LRUCache<string, CampaignFacts>({ max: 10_000, ttl });
  const campaignLoader = new DataLoader<string, CampaignFacts | null>(
    async (ids) => {
      const rows = await entities<CampaignRow>("Campaign", ids, campaignSelection);
      return rows.map((row) => {
        if (!row) return null;
        const facts = campaignFactsOf(row);
        campaigns.set(row.id, facts);
        return facts;
      });
    },
    { cache: false },
  );
  // Never cached: an activity's host or status may change, and writes must see the current one.
  const activityLoader = new DataLoader<string, ActivityFacts | null>(
    async (ids) => {
      const url = options.activitiesUrl;
      if (!url) throw new Error("this service was started without activitiesUrl");
      const data = await ask<{ _entities: ({ id: string; host: { id: string }; campaign: { id: string } } | null)[] }>(
        "query ($r: [_Any!]!) { _entities(representations: $r) { ... on Activity { id host { id } campaign { id } } } }",
        { r: ids.map((id) => ({ __typename: "Activity", id })) },
        undefined,
        url,
      );
      return data._entities.map((row) =>
        row ? { id: row.id, hostOrgId: row.host.id, campaignId: row.campaign.id } : null,
      );
    },
    { cache: false },
  );
  const rightsVersionLoader = new DataLoader<string, number | null>(
    async (ids) => {
      const rows = await entities<{ rightsVersion: number }>("User", ids, "rightsVersion");
      return rows.map((row) => row?.rightsVersion ?? null);
    },
    { cache: false },
  );
  const campaign = async (campaignId: string) => campaigns.get(campaignId) ?? campaignLoader.load(campaignId);

  // What both views share: never cached.
  const live = {
    async holders(orgId: string, role: Role, userIds: readonly string[], authorization: string | undefined) {
      if (userIds.length === 0) return [];
      const data = await ask<{ org: { holders: string[] | null } | null }>(
        "query ($org: ID!, $role: Role!, $users: [ID!]!) { org(id: $org) { holders(role: $role, userIds: $users) } }",
        { org: orgId, role, users: userIds },
        authorization,
      );
      return data.org?.holders ?? [];
    },
    activity: (activityId: string) => activityLoader.load(activityId),
    rightsVersion: (userId: string) => rightsVersionLoader.load(userId),
  };
  const uncached: OrgDirectory = {
    ...live,
    place: (orgId) => placeLoader.load(orgId),
    designations: async (campaignId) => (await campaignLoader.load(campaignId))?.designations ?? [],
    campaign: (campaignId) => campaignLoader.load(campaignId),
    uncached: () => uncached,
  };
  return {
    ...live,
    place: async (orgId) => places.get(orgId) ?? placeLoader.load(orgId),
    designations: async (campaignId) => (await campaign(campaignId))?.designations ?? [],
    campaign,
    uncached: () => uncached,
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
export async function requirePlace(directory: OrgDirectory, orgId: string): Promise<PlacedOrg> {
  const place = await directory.place(orgId);
  if (!place) throw userError("BAD_USER_INPUT", `单位不存在：${orgId}`);
  return place;
}

/** How a service other than organizations is told where to find org places. */
export type OrgDirectorySource =
  | {
      organizationsUrl: string;
      activitiesUrl?: string;
      /** How long a read may use a place it learnt (ms, default 30 s): tests that move units shorten it. */
      directoryTtlMs?: number;
      directory?: undefined;
    }
  /** A directory given directly: tests of one service alone, with fixture orgs. */
  | { directory: OrgDirectory; organizationsUrl?: undefined };

export function orgDirectoryFrom(source: OrgDirectorySource): OrgDirectory {
  return (
    source.directory ??
    createGraphOrgDirectory({
      organizationsUrl: source.organizationsUrl,
      ...(source.activitiesUrl ? { activitiesUrl: source.activitiesUrl } : {}),
      ...(source.directoryTtlMs ? { ttlMs: source.directoryTtlMs } : {}),
    })
  );
}

/** The campaign the caller names, or a clear error when it does not exist (BAD_USER_INPUT). */
export async function requireCampaign(directory: OrgDirectory, campaignId: string): Promise<CampaignFacts> {
  const campaign = await directory.campaign(campaignId);
  if (!campaign) throw userError("BAD_USER_INPUT", `活动届次不存在：${campaignId}`, { field: "campaignId" });
  return campaign;
}

/**
 * Whether `place` lies in the campaign's territory: anywhere for a national edition; for a regional
 * one, inside its region's subtree or among the edition's own hosts (湖南's 纲要办 member units are
 * departments outside the 科协 tree, yet take part in 湖南's edition).
 */
export function inCampaignTerritory(
  campaign: { regionOrgId: string | null; hosts: readonly { orgId: string }[] },
  place: OrgPlace,
): boolean {
  if (!campaign.regionOrgId) return true;
  if (place.id === campaign.regionOrgId || place.ancestorIds.includes(campaign.regionOrgId)) return true;
  return campaign.hosts.some((host) => host.orgId === place.id);
}

/** A campaign and the editions above it, nearest first: whose categories and rules it inherits. */
export function lineageOf(campaign: Pick<CampaignFacts, "id" | "editionId" | "lineageIds">): string[] {
  return [...new Set([campaign.id, ...(campaign.lineageIds ?? []), campaign.editionId])];
}

/** Whether `place` is `root` or lies below it. */
export function inSubtreeOf(place: OrgPlace, rootId: string): boolean {
  return place.id === rootId || place.ancestorIds.includes(rootId);
}
