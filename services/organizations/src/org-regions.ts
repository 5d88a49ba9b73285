import { userError } from "@kepu/subgraph";
import type { Db } from "./db.js";
import { enclosingRegionOf, regionCodeProblem, regionContains } from "./domain/regions.js";

type Reader = Pick<Db, "org">;

/**
 * The region each org lies in (its own GB/T 2260 code, else its nearest ancestor's), keyed by the
 * org's materialized path: one query for every org on the given paths.
 */
export async function regionsOf(db: Reader, paths: readonly string[]): Promise<Map<string, string | null>> {
  const ids = [...new Set(paths.flatMap((path) => path.split("/").filter(Boolean)))];
  const rows = await db.org.findMany({ where: { id: { in: ids } }, select: { id: true, regionCode: true } });
  const codeById = new Map(rows.map((row) => [row.id, row.regionCode]));
  return new Map(
    paths.map((path) => {
      const chain = path
        .split("/")
        .filter(Boolean)
        .reverse()
        .map((id) => ({ regionCode: codeById.get(id) ?? null }));
      return [path, enclosingRegionOf(chain)];
    }),
  );
}

/**
 * The region rule on a write (createOrg, updateOrg): `code` must be a real GB/T 2260 code inside the
 * region of the unit above (`parentPath`'s). BAD_USER_INPUT with the reason otherwise.
 */
export async function assertRegionUnder(db: Reader, code: string, parentPath: string | null): Promise<void> {
  const enclosing = parentPath ? ((await regionsOf(db, [parentPath])).get(parentPath) ?? null) : null;
  const problem = regionCodeProblem(code, enclosing);
  if (problem) throw userError("BAD_USER_INPUT", problem, { field: "regionCode" });
}

/**
 * Every code held in the subtree at `path` (the unit itself excluded when `excludeSelf`) must lie
 * inside `region`: a unit's new region (updateOrg) or new parent (moveOrg) may not leave the units
 * below it outside. BAD_USER_INPUT naming the first unit that would be outside.
 */
export async function assertSubtreeInside(
  db: Reader,
  path: string,
  region: string | null,
  options: { excludeSelf?: boolean } = {},
): Promise<void> {
  if (!region) return;
  const held = await db.org.findMany({
    where: {
      path: { startsWith: path },
      regionCode: { not: null },
      ...(options.excludeSelf ? { NOT: { path } } : {}),
    },
    select: { name: true, regionCode: true },
    distinct: ["regionCode"],
  });
  const outside = held.find((org) => org.regionCode && !regionContains(region, org.regionCode));
  if (outside) {
    throw userError(
      "BAD_USER_INPUT",
      `「${outside.name}」的行政区划代码 ${outside.regionCode} 将不在所属地区 ${region} 之内，请先调整该单位`,
      { field: "regionCode" },
    );
  }
}
