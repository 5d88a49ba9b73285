import type { DocumentNode } from "graphql";
import { Kind, print, visit } from "graphql";
import { type HomeSnapshot, homeRequests } from "../../public/src/home/snapshot.js";

/** How long one snapshot of the home's data serves every visitor (the gateway's public answers). */
const freshMs = 30_000;
/** A failed ask is tried again this soon (the gateway may have been starting). */
const retryMs = 5_000;
/** How long a visitor's page may wait for the gateway before it is sent without a first screen. */
const waitMs = 1_500;

/**
 * The public home's data for the first screen, asked of the gateway with the app's own queries
 * (with `__typename` on every object, as Apollo's cache writes them) and shared by every visitor for
 * 30 s; a stale snapshot is served while the next is fetched. When the gateway is slow or down the
 * page goes out without a first screen (null) and the app asks on its own, as before.
 */
export class HomeData {
  #current: { at: number; snapshot: HomeSnapshot | null } | null = null;
  #pending: Promise<HomeSnapshot | null> | null = null;

  constructor(private readonly gatewayUrl: string) {}

  async snapshot(): Promise<HomeSnapshot | null> {
    const current = this.#current;
    if (current && Date.now() - current.at < (current.snapshot ? freshMs : retryMs)) return current.snapshot;
    const next = this.#refresh();
    if (current?.snapshot) return current.snapshot;
    return Promise.race([next, new Promise<null>((resolve) => setTimeout(() => resolve(null), waitMs).unref())]);
  }

  #refresh(): Promise<HomeSnapshot | null> {
    this.#pending ??= this.#fetch()
      .catch(() => null)
      .then((snapshot) => {
        this.#current = { at: Date.now(), snapshot };
        return snapshot;
      })
      .finally(() => {
        this.#pending = null;
      });
    return this.#pending;
  }

  async #fetch(): Promise<HomeSnapshot | null> {
    const campaign = await this.#ask(homeRequests.campaign);
    if (!campaign) return null;
    const current = (campaign as HomeSnapshot["campaign"]).currentCampaign;
    const activities = current ? await this.#ask(homeRequests.activities(current.id)) : null;
    if (current && !activities) return null;
    return { campaign, activities } as HomeSnapshot;
  }

  async #ask(request: { query: DocumentNode; variables: Record<string, unknown> }): Promise<unknown> {
    const response = await fetch(this.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "apollo-require-preflight": "true" },
      body: JSON.stringify({ query: print(withTypenames(request.query)), variables: request.variables }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) return null;
    const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
    return body.errors?.length ? null : (body.data ?? null);
  }
}

/** A document with `__typename` asked on every object below the operation (what Apollo's cache keeps). */
export function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet: {
      leave(node, _key, parent) {
        if (parent && "kind" in parent && parent.kind === Kind.OPERATION_DEFINITION) return node;
        if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === "__typename")) return node;
        return {
          ...node,
          selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: "__typename" } }],
        };
      },
    },
  });
}
