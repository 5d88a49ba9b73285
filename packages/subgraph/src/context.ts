import type { Viewer } from "@kepu/auth";
import DataLoader from "dataloader";

/** What every resolver of every subgraph receives. */
export interface GraphContext {
  viewer: Viewer;
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
}

/** A service's context: the shared part plus its own Prisma client (and whatever else it injects). */
export type ServiceContext<Db = unknown, Extra extends object = object> = GraphContext & { db: Db } & Extra;

export function createContext<Db, Extra extends object>(
  viewer: Viewer,
  db: Db,
  extra: Extra,
): ServiceContext<Db, Extra> {
  return { ...extra, viewer, loaders: new LoaderCache(), db };
}
