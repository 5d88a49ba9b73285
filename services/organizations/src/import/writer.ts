import { administers, placeFromPath } from "@kepu/auth";
import type { Context } from "../builder.js";
import type { ExistingOrg, ImportLookups, PlannedOrg } from "../domain/org-import.js";
import { pathFor } from "../domain/tree.js";
import { regionsOf } from "../org-regions.js";

/**
 * The import's database side (schema/org-import.ts): what the file's rows refer to, read in two
 * queries whatever the file's size, and the bulk writer of an accepted plan. Names in the database
 * are stored normalized (@kepu/text), as the rows' cells are, so lookups by name compare like with like.
 */

/** What the rows' 上级单位 cells and names refer to in the database: two queries whatever the file's size. */
export async function lookupsFor(
  ctx: Context,
  root: { id: string; name: string; path: string },
  records: readonly { parent: string; name: string }[],
): Promise<ImportLookups> {
  const refs = [...new Set(records.map((r) => r.parent).filter(Boolean))];
  const named = refs.length
    ? await ctx.db.org.findMany({
        where: { OR: [{ id: { in: refs } }, { name: { in: refs }, path: { startsWith: root.path } }] },
        select: { id: true, name: true, path: true },
      })
    : [];
  const regions = await regionsOf(ctx.db, [root.path, ...named.map((org) => org.path)]);
  const existing: ExistingOrg[] = named.map((org) => ({
    id: org.id,
    name: org.name,
    inImportSubtree: org.path.startsWith(root.path),
    administered: administers(ctx.viewer, placeFromPath(org.path)),
    region: regions.get(org.path) ?? null,
  }));

  const names = [...new Set(records.map((r) => r.name).filter(Boolean))];
  const siblings = await ctx.db.org.findMany({
    where: { parentId: { in: [root.id, ...existing.map((org) => org.id)] }, name: { in: names } },
    select: { parentId: true, name: true },
  });
  const taken = new Set(siblings.map((org) => `${org.parentId}\u0000${org.name}`));
  return {
    root: {
      id: root.id,
      name: root.name,
      inImportSubtree: true,
      administered: true,
      region: regions.get(root.path) ?? null,
    },
    existing,
    hasChildNamed: (parentId: string, name: string) => taken.has(`${parentId}\u0000${name}`),
  };
}

export type Tx = Parameters<Parameters<Context["db"]["$transaction"]>[0]>[0];

/**
 * Creates the planned units and contacts. Ids come from the schema's cuid() default, and a unit's
 * path needs its own id, so each depth of the file's tree is inserted in bulk with a placeholder
 * path that names its row, then given its real path (pathFor) in one UPDATE: a few statements per
 * level of the tree rather than two per row.
 */
export async function writePlan(tx: Tx, orgs: readonly PlannedOrg[], rootPath: string): Promise<void> {
  const created = new Map<number, { id: string; path: string }>();
  const parentPaths = new Map<string, string>();
  const existingParentIds = [...new Set(orgs.flatMap((o) => (o.parent.kind === "existing" ? [o.parent.id] : [])))];
  for (const org of await tx.org.findMany({
    where: { id: { in: existingParentIds } },
    select: { id: true, path: true },
  })) {
    parentPaths.set(org.id, org.path);
  }
  const parentOf = (org: PlannedOrg) => {
    if (org.parent.kind === "existing") {
      return { id: org.parent.id, path: parentPaths.get(org.parent.id) ?? rootPath };
    }
    const parent = created.get(org.parent.row);
    if (!parent) throw new Error(`row ${org.row}: parent row ${org.parent.row} not created before it`);
    return parent;
  };
  const placeholder = (row: number) => `import-row:${row}`;

  const maxDepth = Math.max(...orgs.map((o) => o.depth));
  for (let depth = 0; depth <= maxDepth; depth += 1) {
    const level = orgs.filter((o) => o.depth === depth);
    for (let start = 0; start < level.length; start += 1000) {
      const chunk = level.slice(start, start + 1000);
      const inserted = await tx.org.createManyAndReturn({
        data: chunk.map((org) => ({
          name: org.name,
          shortName: org.shortName,
          kind: org.kind,
          level: org.level,
          regionCode: org.regionCode,
          address: org.address,
          parentId: parentOf(org).id,
          path: placeholder(org.row),
        })),
        select: { id: true, path: true },
      });
      const idByPlaceholder = new Map(inserted.map((row) => [row.path, row.id]));
      const ids: string[] = [];
      const paths: string[] = [];
      for (const org of chunk) {
        const id = idByPlaceholder.get(placeholder(org.row));
        if (!id) throw new Error(`row ${org.row} was not inserted`);
        const path = pathFor(parentOf(org).path, id);
        created.set(org.row, { id, path });
        ids.push(id);
        paths.push(path);
      }
      await tx.$executeRaw`
        UPDATE "Org" AS o SET "path" = t.path
        FROM unnest(${ids}::text[], ${paths}::text[]) AS t(id, path)
        WHERE o."id" = t.id`;
    }
  }

  const contacts = orgs.flatMap((org) => {
    const unit = created.get(org.row);
    return org.contact && unit ? [{ orgId: unit.id, ...org.contact }] : [];
  });
  if (contacts.length) await tx.contact.createMany({ data: contacts });
}
