/**
 * Big taxonomies in a filter group: the top values by count until "Show all", a text filter over
 * the values, and drilling down a hierarchical facet one level at a time.
 * Owns: which values a group shows for the visitor's browse state. Does not own: counts (facets.ts),
 * markup or wording (ui/facet-browse.ts).
 */
import type { FacetValueView, FacetView } from './facets.js';
import { foldForSearch } from './text.js';

/** A group longer than this gets "Show all" and a box that filters its values. */
export const BIG_FACET = 10;
/** How many values a big group shows until "Show all". */
export const TOP_VALUES = 12;

/** The visitor's browsing of one facet (UI state, never in the address). */
export interface FacetBrowse {
  /** "Show all" is on. */
  all?: boolean;
  /** Text typed in the group's filter box. */
  filter?: string;
  /** Hierarchical: the value whose children are shown; absent = the top level. */
  at?: string;
}

export interface BrowseValue extends FacetValueView {
  /** Hierarchical: how many child values have resources (a "drill down" control when > 0). */
  children?: number;
}

/** A facet as a filter group shows it. */
export interface BrowsedFacet extends FacetView {
  values: BrowseValue[];
  /** Present for big or hierarchical facets: what the group's extra controls need. */
  browse?: {
    /** Values in reach (this level, or matching the filter) that have resources. */
    total: number;
    all: boolean;
    filter: string;
    /** Hierarchical: from the top to the value shown, for the "back up" controls. */
    trail: { id: string; label: string }[];
  };
}

/** The values of `facet` to show for `state`. Small flat facets pass through unchanged. */
export function browseFacet(facet: FacetView, state: FacetBrowse = {}): BrowsedFacet {
  const live = (v: FacetValueView) => v.count > 0 || v.selected;
  const values = facet.values;
  if (!facet.hierarchical && values.filter(live).length <= BIG_FACET) return facet;
  const byId = new Map(values.map((v) => [v.id, v]));
  const parentOf = (v: FacetValueView) => (v.parent !== undefined && byId.has(v.parent) ? v.parent : undefined);
  const children = new Map<string, number>();
  for (const v of values) {
    const p = parentOf(v);
    if (p !== undefined && v.count > 0) children.set(p, (children.get(p) ?? 0) + 1);
  }
  const filter = foldForSearch(state.filter ?? '').trim();
  const at = facet.hierarchical && state.at !== undefined && byId.has(state.at) ? state.at : undefined;
  // A typed filter searches every level; otherwise a tree shows one level.
  const inReach = (v: FacetValueView) =>
    filter ? foldForSearch(v.label).includes(filter) : !facet.hierarchical || parentOf(v) === at;
  const reach = values.filter((v) => live(v) && inReach(v)).sort((a, b) => b.count - a.count);
  const all = !!state.all || !!filter;
  const shown = all || reach.length <= TOP_VALUES ? reach : [...reach.slice(0, TOP_VALUES), ...reach.slice(TOP_VALUES).filter((v) => v.selected)];
  const trail: { id: string; label: string }[] = [];
  for (let id = at; id !== undefined && trail.length < 20; id = parentOf(byId.get(id)!)) trail.unshift({ id, label: byId.get(id)!.label });
  return {
    ...facet,
    values: shown.map((v) => (facet.hierarchical && children.get(v.id) ? { ...v, children: children.get(v.id) } : v)),
    browse: { total: reach.length, all: !!state.all, filter: state.filter ?? '', trail },
  };
}
