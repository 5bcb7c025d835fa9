/**
 * Facets: encodes every resource's facet values as small integers once per bundle, then filters
 * candidates (OR within a facet, AND across facets) and counts values disjunctively in one pass.
 * Owns: reading facet fields (incl. derived channels), value ids, counts, facet views and labels.
 * Does not own: text search, sorting or which candidates exist (engine.ts decides those).
 */
import type { Bundle, FacetDef, Resource } from './types.js';
import { phoneChannel } from './channels.js';
import { languageName } from './language-name.js';
import { localizedText } from './text.js';
import { ancestors } from './taxonomy.js';

export interface FacetValueView {
  id: string; label: string; count: number; selected: boolean;
  /** In a hierarchical facet: the parent value's id. */
  parent?: string;
}
export interface FacetView {
  id: string; label: string; values: FacetValueView[];
  /** The values form a tree (`parent`): a value counts and matches everything filed under it. */
  hierarchical?: boolean;
}

export interface FacetTable {
  defs: FacetDef[];
  /** Per facet: value id → global value number. Closed facets in `values` order, open in data order. */
  ids: Map<string, number>[];
  /** Global value number → its facet (≤ 31 facets, so a facet set fits in one int bitmask). */
  facetOf: Uint8Array;
  /** CSR layout: resource r owns vals[off[r] .. off[r+1]). */
  off: Uint32Array;
  vals: Uint32Array;
  size: number;
}

/** Derived when absent: phones by type, email, url. */
export function channelsOf(r: Resource): string[] {
  if (r.channels) return r.channels;
  const out: string[] = (r.phones ?? []).map((p) => phoneChannel(p.type)).filter((c) => c !== undefined);
  if (r.email) out.push('email');
  if (r.url) out.push('web');
  return out;
}

export function fieldValues(r: Resource, def: FacetDef): string[] {
  const field = def.field ?? def.id;
  const v = field === 'channels' ? channelsOf(r) : (r as unknown as Record<string, unknown>)[field];
  return typeof v === 'string' ? [v] : Array.isArray(v) ? (v as string[]) : [];
}

export function buildFacets(bundle: Bundle): FacetTable {
  const defs = (bundle.facets ?? []).slice(0, 31);
  const res = bundle.resources;
  const ids = defs.map((d) => new Map((d.values ?? []).map((v, i) => [v.id, i])));
  const facetOf: number[] = [];
  const off = new Uint32Array(res.length + 1);
  const vals: number[] = [];
  const seen: number[] = []; // seen[g] === resource index + 1: drops duplicates (voice + cell → call)
  // Closed facets get fixed numbers first; open facets grow as values are met.
  ids.forEach((m, f) => { const base = facetOf.length; for (const [k, i] of m) { m.set(k, base + i); facetOf[base + i] = f; } });
  // A resource filed under "BH-1800.8500" is also under "BH-1800": choosing the parent finds it.
  const above = defs.map((d) => {
    if (!d.hierarchical || !d.values) return undefined;
    const byId = new Map(d.values.map((v) => [v.id, v]));
    return new Map(d.values.map((v) => [v.id, ancestors(v.id, byId)]));
  });
  for (let ri = 0; ri < res.length; ri++) {
    for (let f = 0; f < defs.length; f++) {
      const own = fieldValues(res[ri], defs[f]);
      const up = above[f];
      for (const v of up ? own.concat(own.flatMap((id) => up.get(id) ?? [])) : own) {
        let g = ids[f].get(v);
        if (g === undefined) {
          if (defs[f].values) continue; // not an allowed value: the validator reports it
          ids[f].set(v, (g = facetOf.length));
          facetOf[g] = f;
        }
        if (seen[g] !== ri + 1) { seen[g] = ri + 1; vals.push(g); }
      }
    }
    off[ri + 1] = vals.length;
  }
  return { defs, ids, facetOf: Uint8Array.from(facetOf), off, vals: Uint32Array.from(vals), size: facetOf.length };
}

/** Global value numbers selected per filter map, plus the bitmask of facets that have a selection. */
export function selection(t: FacetTable, filters: Record<string, string[]>): { sel: Uint8Array; active: number } {
  const sel = new Uint8Array(t.size);
  let active = 0;
  t.defs.forEach((d, f) => {
    const chosen = filters[d.id];
    if (!chosen?.length) return;
    active |= 1 << f; // even an unknown value filters: it matches nothing
    for (const v of chosen) { const g = t.ids[f].get(v); if (g !== undefined) sel[g] = 1; }
  });
  return { sel, active };
}

/** The active facets (as bits) that resource `r` fails: none of its values is selected there. */
function failing(t: FacetTable, r: number, sel: Uint8Array, active: number): number {
  if (!active) return 0;
  const { off, vals, facetOf } = t;
  let hit = 0;
  for (let i = off[r], b = off[r + 1]; i < b; i++) if (sel[vals[i]]) hit |= 1 << facetOf[vals[i]];
  return active & ~hit;
}

/** Positions in `cand` that satisfy every facet (all of them when none is selected). */
export function filterPass(t: FacetTable, cand: ArrayLike<number>, sel: Uint8Array, active: number): number[] {
  const pass: number[] = [];
  for (let k = 0; k < cand.length; k++) if (!failing(t, cand[k], sel, active)) pass.push(k);
  return pass;
}

/**
 * Counts per value over candidates, disjunctive: a resource failing only facet F still counts
 * toward F's values (so each facet's counts say what choosing one more of its values would give).
 */
export function filterCount(t: FacetTable, cand: ArrayLike<number>, sel: Uint8Array, active: number): Uint32Array {
  const { off, vals, facetOf } = t;
  const counts = new Uint32Array(t.size);
  for (let k = 0; k < cand.length; k++) {
    const r = cand[k], a = off[r], b = off[r + 1];
    const fail = failing(t, r, sel, active);
    if (!fail) for (let i = a; i < b; i++) counts[vals[i]]++;
    else if (!(fail & (fail - 1))) for (let i = a; i < b; i++) if (1 << facetOf[vals[i]] === fail) counts[vals[i]]++;
  }
  return counts;
}

/** Label of one value: the bundle's label, a language name for `languages`, else the id. */
export function valueLabel(d: FacetDef, id: string, locale: string, def: string): string {
  const v = d.values?.find((x) => x.id === id);
  if (v) return localizedText(v.label, locale, def).text;
  return (d.field ?? d.id) === 'languages' ? languageName(id, locale) : id;
}

/** Labels of every value by global number, for one locale (computed once per locale). */
export function valueLabels(t: FacetTable, locale: string, def: string): string[] {
  const out: string[] = [];
  t.defs.forEach((d, f) => { for (const [id, g] of t.ids[f]) out[g] = valueLabel(d, id, locale, def); });
  return out;
}

export function facetViews(
  t: FacetTable, counts: Uint32Array, filters: Record<string, string[]>,
  labels: string[], locale: string, def: string, collator: Intl.Collator,
): FacetView[] {
  return t.defs.map((d, f) => {
    const chosen = new Set(filters[d.id] ?? []);
    const values: FacetValueView[] = [];
    const parents = d.hierarchical ? new Map(d.values?.map((v) => [v.id, v.parent])) : undefined;
    for (const [id, g] of t.ids[f]) {
      const parent = parents?.get(id);
      values.push({ id, label: labels[g], count: counts[g], selected: chosen.delete(id), ...(parent !== undefined && { parent }) });
    }
    if (!d.values) values.sort((a, b) => b.count - a.count || collator.compare(a.label, b.label));
    // Selected values the data lacks stay visible (at 0) so they can be unselected.
    for (const id of chosen) values.push({ id, label: valueLabel(d, id, locale, def), count: 0, selected: true });
    return { id: d.id, label: localizedText(d.label, locale, def).text, values, ...(d.hierarchical && { hierarchical: true }) };
  });
}
