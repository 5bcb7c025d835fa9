/**
 * Big and nested taxonomies: parents from AIRS / 211 LA code prefixes, the tree of a hierarchical
 * facet, and the top values by count (for "show the top N, then Show all").
 * Owns: the structure. Does not own: labels, filtering UI, or which resources match (engine).
 */

import type { FacetValueDef } from './types.js';

/**
 * The parent of an AIRS-style code: "BH-1800.8500-185" → "BH-1800.8500" → "BH-1800" → "BH" → "B" → undefined.
 * Codes that are not AIRS-shaped have no parent by prefix.
 */
export function airsParent(code: string): string | undefined {
  const c = code.trim();
  if (!isAirsCode(c)) return undefined;
  const cut = Math.max(c.lastIndexOf('-'), c.lastIndexOf('.'));
  if (cut > 0) return c.slice(0, cut);
  return c.length == 2 ? c[0] : undefined;
}

/** "B", "BH", "BH-1800", "BH-1800.8500", "BH-1800.8500-185", "YF-3000.1500-050.05"… */
export function isAirsCode(code: string): boolean {
  return /^[A-Z]{1,2}(-\d{4}(\.\d{2,4}(-\d{2,3}(\.\d{2})?)?)?)?$/.test(code.trim());
}

export interface TreeNode {
  value: FacetValueDef;
  children: TreeNode[];
  depth: number;
}

/**
 * The tree of a hierarchical facet's values: roots are values without a (known) parent; a loop is
 * broken where it is found, so every value appears exactly once. Order is the values' own order.
 */
export function buildTree(values: readonly FacetValueDef[]): TreeNode[] {
  const byId = new Map(values.map((v) => [v.id, v]));
  const nodes = new Map(values.map((v) => [v.id, { value: v, children: [], depth: 0 } as TreeNode]));
  const roots: TreeNode[] = [];
  for (const v of values) {
    const node = nodes.get(v.id)!;
    if (node.value !== v) continue; // a repeated id: the first wins
    const parent = v.parent !== undefined && byId.has(v.parent) && !ancestors(v.parent, byId).includes(v.id) ? nodes.get(v.parent) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const setDepth = (n: TreeNode, d: number) => {
    n.depth = d;
    n.children.forEach((c) => setDepth(c, d + 1));
  };
  roots.forEach((r) => setDepth(r, 0));
  return roots;
}

/** The ids above `id`, nearest first ("BH-1800.8500" → ["BH-1800", "BH", "B"] when those are values). */
export function ancestors(id: string, byId: ReadonlyMap<string, FacetValueDef>): string[] {
  const out: string[] = [];
  for (let p = byId.get(id)?.parent; p !== undefined && byId.has(p) && !out.includes(p) && p != id; p = byId.get(p)?.parent) out.push(p);
  return out;
}

/**
 * For filtering: the values of a resource plus all their ancestors, so choosing "BH-1800" finds
 * resources filed under "BH-1800.8500".
 */
export function withAncestors(ids: readonly string[], values: readonly FacetValueDef[]): Set<string> {
  const byId = new Map(values.map((v) => [v.id, v]));
  const out = new Set(ids);
  for (const id of ids) for (const a of ancestors(id, byId)) out.add(a);
  return out;
}

/** How many resources use each value of `field` (a list or a single value). */
export function countValues(resources: readonly object[], field: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of resources) {
    const v = (r as Record<string, unknown>)[field];
    for (const x of new Set(Array.isArray(v) ? v : v === undefined ? [] : [v])) {
      if (typeof x == 'string') counts.set(x, (counts.get(x) ?? 0) + 1);
    }
  }
  return counts;
}

/** The `n` values used most, most first; ties in the order given (or by id). Unused values are left out. */
export function topValues(counts: ReadonlyMap<string, number>, n: number, order?: readonly string[]): { id: string; count: number }[] {
  const rank = new Map((order ?? []).map((id, i) => [id, i]));
  return [...counts]
    .filter(([, c]) => c > 0)
    .sort((a, b) => b[1] - a[1] || (rank.get(a[0]) ?? Infinity) - (rank.get(b[0]) ?? Infinity) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, Math.max(0, n))
    .map(([id, count]) => ({ id, count }));
}

/** Values of a hierarchical facet with `parent` filled from AIRS code prefixes where the data gave none. */
export function withCodeParents(values: readonly FacetValueDef[], codeOf: (v: FacetValueDef) => string | undefined = (v) => v.id): FacetValueDef[] {
  const idOfCode = new Map<string, string>();
  for (const v of values) {
    const c = codeOf(v);
    if (c) idOfCode.set(c, v.id);
  }
  return values.map((v) => {
    if (v.parent !== undefined) return v;
    // The nearest ancestor code that is a value: exports often leave out unused levels.
    for (let c = codeOf(v) && airsParent(codeOf(v)!); c; c = airsParent(c)) {
      const id = idOfCode.get(c);
      if (id !== undefined && id != v.id) return { ...v, parent: id };
    }
    return v;
  });
}

/**
 * Counts for a hierarchical facet: each resource counts once for each value it has and once for
 * each ancestor of those (so "Food" shows how many resources are filed anywhere under it).
 */
export function countWithAncestors(resources: readonly object[], field: string, values: readonly FacetValueDef[]): Map<string, number> {
  const byId = new Map(values.map((v) => [v.id, v]));
  const counts = new Map<string, number>();
  for (const r of resources) {
    const v = (r as Record<string, unknown>)[field];
    const own = (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x == 'string');
    const all = new Set(own);
    for (const id of own) for (const a of ancestors(id, byId)) all.add(a);
    for (const id of all) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
