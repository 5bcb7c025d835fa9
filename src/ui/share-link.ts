/**
 * Opt-in (share-links) search in the page address: rf-q=<text>&rf-f=<facet:value …>.
 * Written with history.replaceState only, never pushState, so no history entry records a search.
 */
import { parseFilterList, type Filters } from '../core/filter-attr.js';

const Q = 'rf-q';
const F = 'rf-f';

export function readSharedSearch(href: string): { query: string; filters: Filters } | undefined {
  const params = new URL(href).searchParams;
  if (!params.has(Q) && !params.has(F)) return undefined;
  return { query: params.get(Q) ?? '', filters: parseFilterList(params.get(F)) };
}

export function writeSharedSearch(query: string, filters: Filters) {
  const url = new URL(location.href);
  const pairs = Object.entries(filters).flatMap(([facet, values]) => values.map((v) => `${facet}:${v}`));
  if (query) url.searchParams.set(Q, query);
  else url.searchParams.delete(Q);
  if (pairs.length) url.searchParams.set(F, pairs.join(' '));
  else url.searchParams.delete(F);
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}

/** The search to start from: the shared one in the address (with share-links), else the `filters` attribute's. */
export function initialSearch(shareLinks: boolean, filtersAttr: string): { query?: string; selected: Filters } {
  const shared = shareLinks ? readSharedSearch(location.href) : undefined;
  const selected = shared && Object.keys(shared.filters).length ? shared.filters : parseFilterList(filtersAttr);
  return shared ? { query: shared.query, selected } : { selected };
}
