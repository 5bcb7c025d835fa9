/**
 * Parsing of the site owner's attribute syntax for facets and preselected filters.
 * `facets="category audience"`, `filters="category:housing category:youth-housing type:hotline"`.
 */

/** Facet id → selected value ids. */
export type Filters = Record<string, string[]>;

/** `filters` with `valueId` of `facetId` turned on or off; a facet left with no value is dropped. */
export function toggleFilter(filters: Filters, facetId: string, valueId: string, on: boolean): Filters {
  const current = filters[facetId] ?? [];
  const next = on ? [...new Set([...current, valueId])] : current.filter((v) => v !== valueId);
  const out = { ...filters, [facetId]: next };
  if (!next.length) delete out[facetId];
  return out;
}

export function parseIdList(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

export function parseFilterList(value: string | null | undefined): Filters {
  const filters: Filters = {};
  for (const pair of parseIdList(value)) {
    const at = pair.indexOf(':');
    if (at <= 0 || at === pair.length - 1) continue;
    const facet = pair.slice(0, at);
    const id = pair.slice(at + 1);
    const values = (filters[facet] ??= []);
    if (!values.includes(id)) values.push(id);
  }
  return filters;
}
