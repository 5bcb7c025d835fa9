/**
 * Response shapes: HSDS API 3.0 pages and objects (service, service_at_location, taxonomy_term),
 * plus this service's documented extensions (`resource`, `facets`, `pinned`, `relaxed`, …).
 * Owns: turning rows into JSON for one locale. Does not own: querying (search.ts).
 * The shapes are documented in docs/api.md.
 */
import type { LocalizedText, Resource } from '../src/core/types.js';
import { valueLabel } from '../src/core/facets.js';
import { localizedText } from '../src/core/text.js';
import type { Catalog, Hit, SearchResult } from './search.js';

/** HSDS 3.0 Page: the paging fields every list response carries, then `contents`. */
export function page<T>(contents: T[], total: number, pageNumber: number, size: number) {
  const totalPages = Math.ceil(total / size);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: pageNumber,
    size,
    first_page: pageNumber === 1,
    last_page: pageNumber >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/** An HSDS service in one locale (HSDS text fields are plain strings). */
export function hsdsService(r: Resource, cat: Catalog, locale: string) {
  const t = (x: LocalizedText | undefined) => (x === undefined ? undefined : localizedText(x, locale, cat.defaultLocale).text);
  const terms = cat.facets.flatMap((f) => {
    const field = (f.field ?? f.id) as keyof Resource;
    const v = r[field];
    const ids = typeof v === 'string' ? [v] : Array.isArray(v) ? (v as string[]) : [];
    return ids.map((code) => ({ taxonomy_term: { id: `${f.id}:${code}`, code, taxonomy_id: f.id, name: valueLabel(f, code, locale, cat.defaultLocale) } }));
  });
  return {
    id: r.id,
    name: t(r.name),
    description: t(r.description),
    url: r.url,
    email: r.email,
    status: r.status ?? 'active',
    alert: t(r.alert),
    assured_date: r.assured_date,
    eligibility_description: t(r.eligibility_description),
    fees_description: t(r.fees_description),
    application_process: t(r.application_process),
    organization: r.organization ? { name: t(r.organization.name), website: r.organization.url } : undefined,
    phones: (r.phones ?? []).map((p) => ({ number: p.number, type: p.type, extension: p.extension, description: t(p.description), languages: (p.languages ?? []).map((code) => ({ code })) })),
    languages: (r.languages ?? []).map((code) => ({ code })),
    schedules: (r.schedules ?? []).map((s) => ({ description: t(s.description) })),
    service_areas: (r.service_areas ?? []).map((a) => ({ name: t(a.name) })),
    attributes: terms,
  };
}

/** HSDS service_at_location, plus extensions: distance (meters), open_now, score and the bundle resource. */
export function serviceAtLocation(h: Hit, cat: Catalog, locale: string) {
  const loc = h.location;
  return {
    id: loc ? `${h.id}@${loc.id}` : h.id,
    service_id: h.id,
    location_id: loc?.id ?? null,
    service: hsdsService(h.resource, cat, locale),
    location: loc
      ? { id: loc.id, name: loc.name == null ? undefined : localizedText(loc.name as LocalizedText, locale, cat.defaultLocale).text, latitude: loc.latitude, longitude: loc.longitude, addresses: loc.address ? [loc.address] : [] }
      : null,
    distance: h.distance === null ? null : Math.round(h.distance),
    open_now: h.open_now,
    score: Math.round(h.score * 1e6) / 1e6,
    resource: h.resource,
  };
}

/** Facet views for the requested facets, the element's FacetView shape (values in display order). */
export function facetViews(cat: Catalog, res: SearchResult, wanted: string[], filters: Record<string, string[]>) {
  const def = cat.defaultLocale;
  return cat.facets.filter((f) => wanted.includes(f.id)).map((f) => {
    const chosen = new Set(filters[f.id] ?? []);
    const prefix = `${f.id}=`;
    const counted = Object.entries(res.counts).filter(([k]) => k.startsWith(prefix)).map(([k, n]) => [k.slice(prefix.length), n] as const);
    const ids = f.values ? f.values.map((v) => v.id) : [...new Set([...f.known, ...counted.map(([id]) => id)])];
    const count = new Map(counted);
    const values = ids.map((id) => ({ id, label: valueLabel(f, id, res.locale, def), count: count.get(id) ?? 0, selected: chosen.delete(id) }));
    if (!f.values) {
      const collator = new Intl.Collator(res.locale);
      values.sort((a, b) => b.count - a.count || collator.compare(a.label, b.label));
    }
    for (const id of chosen) values.push({ id, label: valueLabel(f, id, res.locale, def), count: 0, selected: true });
    return { id: f.id, ...(f.field && f.field !== f.id ? { field: f.field } : {}), label: localizedText(f.label, res.locale, def).text, values };
  });
}
