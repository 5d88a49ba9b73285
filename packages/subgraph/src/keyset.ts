import { userError } from "./errors.js";

/** A position in a list ordered by (`at` descending or ascending, `id`): what a keyset cursor holds. */
export interface KeysetPosition {
  at: Date;
  id: string;
}

/** A relay connection as the Pothos relay plugin resolves it. */
export interface KeysetConnection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const encode = (position: KeysetPosition) =>
  Buffer.from(JSON.stringify([position.at.toISOString(), position.id])).toString("base64url");

/** The position a cursor names, or BAD_USER_INPUT for a cursor this server did not issue. */
export function readKeysetCursor(cursor: string | null | undefined): KeysetPosition | null {
  if (!cursor) return null;
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    const instant = typeof at === "string" ? new Date(at) : new Date(Number.NaN);
    if (typeof id === "string" && !Number.isNaN(instant.getTime())) return { at: instant, id };
  } catch {
    // Falls through to the refusal.
  }
  throw userError("BAD_USER_INPUT", "分页游标无效", { field: "after" });
}

/**
 * One page of a keyset-paginated list (forward only: `first`, `after`). `fetch` reads at most `take`
 * rows after `after` in the list's order (the caller's SQL: `(at, id)` beyond the position, with an
 * index on the same columns, so page 1,000 costs what page 1 does); `positionOf` gives a row's
 * position. Reads one row more than asked to know whether there is a next page.
 */
export async function keysetPage<T>(
  args: { first?: number | null; after?: string | null; last?: number | null; before?: string | null },
  fetch: (after: KeysetPosition | null, take: number) => Promise<T[]>,
  positionOf: (row: T) => KeysetPosition,
  defaultSize = 20,
): Promise<KeysetConnection<T>> {
  refuseBackwardPaging(args);
  const size = args.first ?? defaultSize;
  const rows = await fetch(readKeysetCursor(args.after), size + 1);
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: encode(positionOf(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * Keyset lists page forward only (first/after): `last` or `before` is refused as BAD_USER_INPUT
 * rather than silently answered with the first page.
 */
export function refuseBackwardPaging(args: { last?: number | null; before?: string | null }): void {
  if (args.last != null || args.before != null) {
    throw userError("BAD_USER_INPUT", "该列表只能向后翻页：请使用 first 与 after", {
      field: args.last != null ? "last" : "before",
    });
  }
}
