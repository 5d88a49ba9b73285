import type { Caller, Viewer } from "@kepu/auth";
import DataLoader from "dataloader";

/** What every resolver of every subgraph receives. */
export interface GraphContext {
  viewer: Viewer;
  /**
   * The request's own Authorization header, passed on unchanged when this service asks another a
   * question only the viewer may ask (OrgDirectory.holders); never logged, never stored.
   */
  authorization?: string;
  /** The rights version the caller's token was signed at (null for the public); see rights-version.ts. */
  tokenRightsVersion: number | null;
  /** Per-request loaders, so entity references and relations batch into one query per request tick. */
  loaders: LoaderCache;
}

export class LoaderCache {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  /**
   * The request's loader for `name`, created on first use. `batch` receives every key requested in
   * the same tick and returns rows in any order; rows are matched back to keys by `id`.
   */
  get<Row extends { id: string }>(
    name: string,
    batch: (ids: readonly string[]) => Promise<Row[]>,
  ): DataLoader<string, Row | null> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new DataLoader<string, Row | null>(async (ids) => {
        const rows = await batch(ids);
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      }) as DataLoader<string, unknown>;
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<string, Row | null>;
  }

  /**
   * The request's one-to-many loader for `name`: every parent key asked for in the same tick goes
   * into one `batch` call (one SQL query), and the rows come back grouped by `parentKey(row)`.
   */
  getGrouped<Row>(
    name: string,
    parentKey: (row: Row) => string | null,
    batch: (keys: readonly string[]) => Promise<Row[]>,
  ): DataLoader<string, Row[]> {
    const cacheKey = `grouped:${name}`;
    let loader = this.loaders.get(cacheKey);
    if (!loader) {
      loader = new DataLoader<string, Row[]>(async (keys) => {
        const groups = new Map<string, Row[]>(keys.map((key) => [key, []]));
        for (const row of await batch(keys)) {
          const key = parentKey(row);
          if (key !== null) groups.get(key)?.push(row);
        }
        return keys.map((key) => groups.get(key) ?? []);
      }) as DataLoader<string, unknown>;
      this.loaders.set(cacheKey, loader);
    }
    return loader as unknown as DataLoader<string, Row[]>;
  }
}

/** A service's context: the shared part plus its own Prisma client (and whatever else it injects). */
export type ServiceContext<Db = unknown, Extra extends object = object> = GraphContext & { db: Db } & Extra;

export function createContext<Db, Extra extends object>(
  caller: Caller,
  db: Db,
  extra: Extra,
  authorization?: string,
): ServiceContext<Db, Extra> {
  return {
    ...extra,
    viewer: caller.viewer,
    tokenRightsVersion: caller.rightsVersion,
    loaders: new LoaderCache(),
    db,
    ...(authorization ? { authorization } : {}),
  };
}
