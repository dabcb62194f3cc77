// Finding a region of the tree (GET /api/regions) by any value a URL may carry for it: its code,
// its query (the name that names it alone), its whole path, or its name.

/** A finder over the tree: find(v) is the node v names (or null); same(v, n) says whether v names n. */
export function regionFinder(tree) {
  const exact = new Map(); // code, query and path → node
  const byName = new Map(); // name → its node, or null where several regions share it (普陀区)
  let level = tree;
  while (level.length) {
    for (const n of level) {
      for (const k of [n.code, n.query, n.path.join('')]) if (k && !exact.has(k)) exact.set(k, n);
      byName.set(n.name, byName.has(n.name) ? null : n);
    }
    level = level.flatMap(n => n.children);
  }
  const find = v => exact.get(v) || byName.get(v) || null;
  return {
    find,
    same: (v, n) => {
      const found = find(v);
      return !!found && found.code === n.code;
    },
  };
}

/** The nodes from a root down to the node n, or [] when n is not in the tree. */
export function chainTo(tree, n) {
  if (!n) return [];
  for (const root of tree) {
    if (root === n) return [root];
    const below = chainTo(root.children, n);
    if (below.length) return [root, ...below];
  }
  return [];
}
