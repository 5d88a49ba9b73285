/**
 * The national edition a campaign belongs to: the root of its campaign tree (itself when national,
 * its parent for a provincial edition, its grandparent for a city edition under that …). Stored on
 * each activity so an edition lists all its regional editions' activities in one indexed query.
 */
export function editionIdOf(
  campaignId: string,
  campaigns: ReadonlyMap<string, { id: string; parentId: string | null }>,
): string {
  const seen = new Set<string>();
  let current = campaigns.get(campaignId);
  if (!current) throw new Error(`unknown campaign ${campaignId}`);
  while (current.parentId) {
    if (seen.has(current.id)) throw new Error(`campaign tree has a cycle at ${current.id}`);
    seen.add(current.id);
    const parent = campaigns.get(current.parentId);
    if (!parent) throw new Error(`campaign ${current.id}: unknown parent ${current.parentId}`);
    current = parent;
  }
  return current.id;
}
