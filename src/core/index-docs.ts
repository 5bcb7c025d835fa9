/**
 * What the text index of one locale holds for each resource: the engine (building in time slices)
 * and the loading worker (worker-main.ts) make their documents here, so an index built in either
 * place is the same. Pure: no DOM.
 */
import { valueLabels, type FacetTable } from './facets.js';
import type { Doc } from './search-index.js';
import type { Bundle, Resource } from './types.js';

type DocOf = (bundle: Bundle, r: Resource, id: number, locale: string, tagLabels: (loc: string) => string[]) => Doc;

/** `i` → the indexed document of resource `i` in `loc` (facet labels of every locale computed once). */
export function docMaker(bundle: Bundle, table: FacetTable, loc: string, docOf: DocOf, labels?: string[]): (i: number) => Doc {
  const def = bundle.meta.default_locale;
  const other = new Map([[loc, labels ?? valueLabels(table, loc, def)]]);
  const labelsOf = (l: string) => other.get(l) ?? other.set(l, valueLabels(table, l, def)).get(l)!;
  const tags = (i: number) => (l: string) => Array.from(table.vals.subarray(table.off[i], table.off[i + 1]), (g) => labelsOf(l)[g]);
  return (i) => docOf(bundle, bundle.resources[i], i, loc, tags(i));
}
