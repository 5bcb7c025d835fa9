/**
 * What the no-results panel offers instead of a dead end: the filters whose removal would give
 * results, with how many. Owns: that computation (searches with one filter less). Does not own:
 * wording or markup (ui/status.ts), nor the "did you mean" words (the engine's index).
 */
import type { Engine, FacetView } from './engine.js';
import type { Filters } from './filter-attr.js';

/** One selected filter value and how many resources match once it is removed. */
export interface Loosening {
  facetId: string;
  valueId: string;
  /** The value's label in the current locale. */
  label: string;
  total: number;
}

/**
 * For a search that found nothing: each selected filter value whose removal alone gives results,
 * most results first. `facets` are the empty search's (they carry the selected values' labels). Empty when no single removal helps (then "Clear filters" is the way).
 */
export function looseningFilters(engine: Engine, text: string, filters: Filters, facets: readonly FacetView[]): Loosening[] {
  const out: Loosening[] = [];
  const labels = new Map(facets.flatMap((f) => f.values.map((v) => [`${f.id}\u0000${v.id}`, v.label])));
  for (const [facetId, values] of Object.entries(filters)) {
    for (const valueId of values) {
      const rest = values.filter((v) => v !== valueId);
      const fewer: Filters = { ...filters, [facetId]: rest };
      if (!rest.length) delete fewer[facetId];
      const { total } = engine.search({ text, filters: fewer, limit: 0 });
      if (total > 0) out.push({ facetId, valueId, label: labels.get(`${facetId}\u0000${valueId}`) ?? valueId, total });
    }
  }
  return out.sort((a, b) => b.total - a.total);
}
