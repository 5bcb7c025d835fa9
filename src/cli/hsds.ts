/**
 * `import --from hsds`: Open Referral HSDS 3.0 JSON (one service, a list, a paginated
 * `{contents: […]}` page, service_at_location records, or an organization with `services`) to a bundle.
 * Owns: the field mapping (docs/cli.md) and tolerance of real data that bends the spec
 * (quoted phone numbers, numeric extensions, missing descriptions, URLs without a scheme).
 * Does not own: the bundle rules (core/validate.ts).
 */

import { phoneChannel } from '../core/channels.js';
import { isObj, type Obj } from '../core/guards.js';
import type { Channel, FacetValueDef, Phone, PhoneType, Resource, Schedule, ServiceLocation } from '../core/types.js';
import { airsParent, isAirsCode } from '../core/taxonomy.js';
import type { Located } from './io.js';
import { compileSchedule, locationOf, type PlaceNote } from './hsds-places.js';
import { bundleOf, languageCode, slugify, splitExtension, uniqueId, type MetaOptions } from './shape.js';
import type { Bundle } from '../core/types.js';

const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);

/** A trimmed non-empty string from a string or number, else undefined. */
function str(v: unknown): string | undefined {
  const s = typeof v == 'string' ? v.trim() : typeof v == 'number' && Number.isFinite(v) ? String(v) : undefined;
  return s ? s : undefined;
}

const PHONE_TYPES = ['voice', 'text', 'textphone', 'fax', 'cell', 'pager', 'video'];

export interface HsdsResult {
  bundle: Bundle | null;
  problems: Located[];
}

interface Found {
  service: Obj;
  org?: Obj;
  location?: Obj;
  /** The service_at_location record the service came in. */
  sal?: Obj;
}

/** The services in any of the accepted shapes, each with the organization it belongs to. */
function servicesOf(doc: unknown): Found[] | string {
  const items = Array.isArray(doc) ? doc : isObj(doc) && Array.isArray(doc.contents) ? doc.contents : [doc];
  const out: Found[] = [];
  for (const item of items) {
    if (!isObj(item)) continue;
    if (Array.isArray(item.services)) {
      // An organization: its services inherit it.
      for (const s of list(item.services)) out.push({ service: s, org: isObj(s.organization) ? s.organization : item });
    } else if (isObj(item.service)) {
      out.push({ service: item.service, location: isObj(item.location) ? item.location : undefined, sal: item });
    } else if (str(item.name) && ('taxonomy_detail' in item || 'term_uri' in item || 'parent_id' in item)) {
      return 'it is a list of taxonomy terms, not services';
    } else if (str(item.name) && !('location_type' in item)) {
      out.push({ service: item, org: isObj(item.organization) ? item.organization : undefined });
    }
  }
  if (!out.length) {
    return isObj(doc) && 'location_type' in doc ? 'it is a location, not a service' : 'no services were found in it';
  }
  return out;
}

/** "\"+44 1234 234567\"" (quotes inside the value, seen in the HSDS examples) → "+44 1234 234567". */
const cleanNumber = (n: string) => n.replace(/^["'\s]+|["'\s]+$/g, '');

export interface HsdsOptions extends MetaOptions {
  /** IANA zone the hours are in (meta.timezone). */
  timezone?: string;
  /** Called every few hundred services: (done, total). */
  onProgress?: (done: number, total: number) => void;
}

/** A taxonomy term as seen on a service. */
interface Term {
  id?: string;
  code?: string;
  name: string;
  parentId?: string;
}

export function importHsds(doc: unknown, opts: HsdsOptions = {}): HsdsResult {
  const problems: Located[] = [];
  const found = servicesOf(doc);
  if (typeof found == 'string') {
    return {
      bundle: null,
      problems: [{ severity: 'error', code: 'hsds-no-services', path: [], message: found, fix: 'Give a service, a list of services, or an organization with "services".' }],
    };
  }
  const taken = new Set<string>();
  const resources: Resource[] = [];
  const note = (i: number, field: string, message: string, fix?: string, code = 'hsds-note') =>
    problems.push({ severity: 'warning', code, path: ['resources', i, field], place: `service ${i + 1}, field "${field}"`, message, fix });
  const terms = new Map<string, Term>(); // by name: categories hold names
  let offsets = 0;
  const placeNotes = (i: number, at: string, notes: PlaceNote[]) => {
    for (const n of notes) note(i, `${at}.${n.field}`, n.message, n.fix, n.code);
    notes.length = 0;
  };

  found.forEach(({ service: s, org, location, sal }, i) => {
    if (opts.onProgress && i % 250 == 0) opts.onProgress(i, found.length);
    const name = str(s.name) ?? `Service ${i + 1}`;
    const rawId = str(s.id)?.toLowerCase();
    const id = uniqueId(rawId && /^[a-z0-9][a-z0-9-]{0,99}$/.test(rawId) ? rawId : slugify(rawId ?? name) || `service-${i + 1}`, taken);
    const r: Resource = { id, name, description: str(s.description) ?? '' };
    if (!r.description) {
      r.description = str(org?.description) ?? name;
      note(i, 'description', 'the service has no description; used its organization\'s description or its name', 'Write a description after importing.');
    }

    const orgName = str(org?.name);
    const orgUrl = str(org?.website) ?? str(org?.url);
    if (orgName) r.organization = { name: orgName, ...(orgUrl ? { url: withScheme(orgUrl) } : {}) };
    const url = str(s.url);
    if (url) {
      r.url = withScheme(url);
      if (r.url != url) note(i, 'url', `"${url}" had no https:// at the start; it was added`);
    }
    const email = str(s.email);
    if (email) r.email = email;
    if (typeof s.status == 'string' && ['active', 'inactive', 'defunct', 'temporarily closed'].includes(s.status)) r.status = s.status as Resource['status'];
    for (const f of ['alert', 'eligibility_description', 'application_process'] as const) {
      const v = str(s[f]);
      if (v) r[f] = v;
    }
    const fees = str(s.fees_description) ?? str(s.fees);
    if (fees) r.fees_description = fees;
    const assured = str(s.assured_date)?.slice(0, 10);
    if (assured && /^\d{4}-\d{2}-\d{2}$/.test(assured)) r.assured_date = assured;

    // Phones: the service's own, then its locations', then (if none) the organization's. Duplicates once.
    const rawPhones = [
      ...list(s.phones),
      ...list(s.service_at_locations).flatMap((sal) => list(sal.phones)),
      ...list(location?.phones),
      ...list(s.contacts).flatMap((c) => list(c.phones)),
    ];
    if (!rawPhones.length) rawPhones.push(...list(org?.phones));
    const phones: Phone[] = [];
    for (const p of rawPhones) {
      const raw = str(p.number);
      if (!raw) continue;
      const split = splitExtension(cleanNumber(raw));
      const number = split.number;
      if (phones.some((q) => q.number == number)) continue;
      const type = PHONE_TYPES.includes(String(p.type)) ? (p.type as PhoneType) : undefined;
      const ext = str(p.extension) ?? split.extension;
      if (split.extension) note(i, 'phones', `the extension in "${raw}" was moved to "extension": ${split.extension}`, undefined, 'hsds-extension');
      const langs = list(p.languages).map(langOf).filter((x): x is string => !!x);
      const desc = str(p.description);
      phones.push({
        number,
        ...(type ? { type } : {}),
        ...(ext && /^\d{1,10}$/.test(ext) ? { extension: ext } : {}),
        ...(desc ? { description: desc } : {}),
        ...(langs.length ? { languages: [...new Set(langs)] } : {}),
      });
    }
    if (phones.length) r.phones = phones;

    const langs = [...list(s.languages), ...list(location?.languages)].map(langOf).filter((x): x is string => !!x);
    if (langs.length) r.languages = [...new Set(langs)];

    const notes: PlaceNote[] = [];
    const schedules = list(s.schedules).map((x) => compileSchedule(x, notes)).filter((x): x is Schedule => !!x);
    placeNotes(i, 'schedules', notes);
    const locs = [
      ...(location ? [{ loc: location, sal }] : []),
      ...list(s.service_at_locations).filter((x) => isObj(x.location)).map((x) => ({ loc: x.location as Obj, sal: x })),
    ];
    const locations: ServiceLocation[] = locs.map(({ loc, sal: at }) => locationOf(loc, at, notes));
    placeNotes(i, 'locations', notes);
    // The service's own hours, then the text of its sites' hours not already said: widgets that
    // predate `locations` show only these descriptions.
    const said = new Set(schedules.map((x) => JSON.stringify(x.description)));
    const siteTexts = locations
      .flatMap((l) => l.schedules ?? [])
      .filter((x) => !said.has(JSON.stringify(x.description)) && !!said.add(JSON.stringify(x.description)))
      .map((x) => ({ description: x.description }));
    if (schedules.length + siteTexts.length) r.schedules = [...schedules, ...siteTexts];
    if ([...list(s.schedules), ...locs.flatMap(({ loc, sal: at }) => [...list(loc.schedules), ...list(at?.schedules)])].some((x) => typeof x.timezone == 'number')) offsets++;
    const areas = list(s.service_areas).map((a) => str(a.name) ?? str(a.description)).filter((x): x is string => !!x);
    if (areas.length) r.service_areas = areas.map((n) => ({ name: n }));

    if (locations.length) r.locations = locations;
    // The first non-confidential address also goes in `address`, for widgets that predate `locations`.
    const shown = locations.find((l) => l.address && l.location_type == 'physical') ?? locations.find((l) => l.address);
    if (shown?.address) r.address = shown.address;

    // Taxonomy terms and attributes become categories (by name); their codes and parents make the tree.
    const seen = [
      ...list(s.attributes).map((a) => (isObj(a.taxonomy_term) ? termOf(a.taxonomy_term) : str(a.value) ? { name: str(a.value)! } : undefined)),
      ...list(s.taxonomy_terms).map(termOf),
    ].filter((x): x is Term => !!x);
    for (const t of seen) if (!terms.has(t.name) || (!terms.get(t.name)!.code && t.code)) terms.set(t.name, t);
    if (seen.length) r.categories = [...new Set(seen.map((t) => t.name))];
    const costs = list(s.cost_options).map((c) => (typeof c.amount == 'number' ? c.amount : undefined)).filter((x) => x !== undefined);
    if (costs.length) r.cost = costs.some((a) => a! > 0) ? 'paid' : 'free';
    const alt = str(s.alternate_name);
    if (alt) r.keywords = [alt];

    const channels = new Set<Channel>();
    for (const p of phones) {
      const c = phoneChannel(p.type);
      if (c) channels.add(c);
    }
    if (r.email) channels.add('email');
    if (r.url) channels.add('web');
    if (locations.some((l) => l.location_type == 'physical')) channels.add('in-person');
    if (channels.size) r.channels = [...channels];
    r.resource_type = 'service';
    resources.push(r);
  });

  const orgTitle = found.length && found.every((f) => f.org && f.org === found[0]!.org) ? str(found[0]!.org!.name) : undefined;
  const bundle = bundleOf(resources, { ...opts, title: opts.title ?? orgTitle }, {
    attribution: 'Imported from Open Referral HSDS data (https://openreferral.org/).',
    ...(opts.timezone ? { timezone: opts.timezone } : {}),
  });
  const categories = bundle.facets?.find((f) => f.id == 'categories');
  if (categories?.values) {
    const tree = categoryTree(categories.values, terms);
    if (tree) {
      categories.values = tree;
      categories.hierarchical = true;
    }
  }
  const timed = resources.some((r) => [...(r.schedules ?? []), ...(r.locations ?? []).flatMap((l) => l.schedules ?? [])].some((x) => x.freq));
  if (timed && !opts.timezone) {
    problems.push({
      severity: 'warning',
      code: 'hsds-timezone',
      path: ['meta', 'timezone'],
      place: 'meta.timezone',
      message: `is not set, so "open now" cannot be worked out${offsets ? ` (${offsets} service${offsets == 1 ? ' gives' : 's give'} a numeric "timezone", which is wrong across daylight saving)` : ''}`,
      fix: 'Run the import again with --timezone and the IANA name of the area, e.g. --timezone America/New_York.',
    });
  }
  opts.onProgress?.(found.length, found.length);
  return { bundle, problems };
}

function termOf(t: Obj): Term | undefined {
  const name = str(t.name) ?? str(t.code);
  if (!name) return undefined;
  return { name, id: str(t.id), code: str(t.code), parentId: str(t.parent_id) };
}

/**
 * Parents for the category values: the term's parent_id when that term is in the data, else its
 * AIRS code prefix. Missing AIRS levels are added, labelled with their code (the taxonomy's own
 * names are licensed by 211 LA, so none are invented). Undefined when nothing nests.
 */
function categoryTree(values: FacetValueDef[], terms: Map<string, Term>): FacetValueDef[] | undefined {
  const byTermId = new Map([...terms.values()].filter((t) => t.id).map((t) => [t.id!, t.name]));
  const byCode = new Map([...terms.values()].filter((t) => t.code && isAirsCode(t.code)).map((t) => [t.code!, t.name]));
  const out = values.map((v) => ({ ...v }));
  const added = new Map<string, FacetValueDef>();
  const idOfCode = (code: string): string => {
    const named = byCode.get(code);
    if (named !== undefined) return named;
    if (!added.has(code)) {
      const parent = airsParent(code);
      added.set(code, { id: code, label: code, ...(parent ? { parent: idOfCode(parent) } : {}) });
    }
    return code;
  };
  let nested = false;
  for (const v of out) {
    const t = terms.get(v.id);
    const parent = (t?.parentId && byTermId.get(t.parentId)) ?? (t?.code && isAirsCode(t.code) && airsParent(t.code) ? idOfCode(airsParent(t.code)!) : undefined);
    if (parent !== undefined && parent != v.id) {
      v.parent = parent;
      nested = true;
    }
  }
  return nested ? [...out, ...[...added.values()].sort((a, b) => (a.id < b.id ? -1 : 1))] : undefined;
}

function withScheme(url: string): string {
  return /^[a-z][a-z\d+.-]*:/i.test(url) ? url : `https://${url.replace(/^\/\//, '')}`;
}

function langOf(l: Obj): string | undefined {
  const code = str(l.code);
  return (code && languageCode(code)) ?? (str(l.name) && languageCode(str(l.name)!));
}
