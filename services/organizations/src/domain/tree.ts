/**
 * The org tree is stored as a materialized path ("/root/…/parent/self/") with a text_pattern_ops
 * index: a subtree is one indexed prefix scan and the ancestors are the path itself, with no
 * recursive query. Ids never contain "/".
 */
export function pathFor(parentPath: string | null, id: string): string {
  if (id.includes("/")) throw new Error(`org id must not contain "/": ${id}`);
  return `${parentPath ?? "/"}${id}/`;
}

/** The parent's path ("/a/b/" of "/a/b/c/"), or null for a root. */
export function parentPathOf(path: string): string | null {
  const ids = path.split("/").filter(Boolean);
  return ids.length > 1 ? `/${ids.slice(0, -1).join("/")}/` : null;
}

export function ancestorIds(path: string): string[] {
  return path.split("/").filter(Boolean).slice(0, -1);
}

export function isInSubtree(path: string, rootId: string): boolean {
  return path.includes(`/${rootId}/`);
}

/** Orders orgs so that every parent comes before its children (seeding, imports). */
export function parentsFirst<T extends { id: string; parentId: string | null }>(orgs: readonly T[]): T[] {
  const byId = new Map(orgs.map((org) => [org.id, org]));
  const done = new Set<string>();
  const ordered: T[] = [];
  const visit = (org: T, trail: Set<string>) => {
    if (done.has(org.id)) return;
    if (trail.has(org.id)) throw new Error(`cycle in org tree at ${org.id}`);
    trail.add(org.id);
    const parent = org.parentId ? byId.get(org.parentId) : undefined;
    if (parent) visit(parent, trail);
    done.add(org.id);
    ordered.push(org);
  };
  for (const org of orgs) visit(org, new Set());
  return ordered;
}

/**
 * Why `orgPath` may not move under `newParentPath`, or null if it may: never under itself or one of
 * its own descendants (that would make a cycle), and never to where it already is.
 */
export function moveProblem(
  orgPath: string,
  currentParentId: string | null,
  newParentId: string,
  newParentPath: string,
): string | null {
  if (newParentPath.startsWith(orgPath)) return "不能移到本单位或其下级单位之下";
  if (currentParentId === newParentId) return "该单位已在此上级单位之下";
  return null;
}
