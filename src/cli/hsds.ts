/**
 * `import --from hsds`: Open Referral HSDS 3.0 JSON (one service, a list, a paginated
 * `{contents: […]}` page, service_at_location records, or an organization with `services`) to a bundle.
 * Owns: the field mapping (docs/cli.md) and tolerance of real data that bends the spec
 * (quoted phone numbers, numeric extensions, missing descriptions, URLs without a scheme).
 * Does not own: the bundle rules (core/validate.ts).
 */

import { phoneChannel } from '../core/channels.js';
import { isObj, type Obj } from '../core/guards.js';
import type { Channel, Phone, PhoneType, Resource } from '../core/types.js';
import type { Located } from './io.js';
import { bundleOf, languageCode, slugify, uniqueId, type MetaOptions } from './shape.js';
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

/** The services in any of the accepted shapes, each with the organization it belongs to. */
function servicesOf(doc: unknown): { service: Obj; org?: Obj; location?: Obj }[] | string {
  const items = Array.isArray(doc) ? doc : isObj(doc) && Array.isArray(doc.contents) ? doc.contents : [doc];
  const out: { service: Obj; org?: Obj; location?: Obj }[] = [];
  for (const item of items) {
    if (!isObj(item)) continue;
    if (Array.isArray(item.services)) {
      // An organization: its services inherit it.
      for (const s of list(item.services)) out.push({ service: s, org: isObj(s.organization) ? s.organization : item });
    } else if (isObj(item.service)) {
      out.push({ service: item.service, location: isObj(item.location) ? item.location : undefined });
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

export function importHsds(doc: unknown, opts: MetaOptions = {}): HsdsResult {
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
  const note = (i: number, field: string, message: string, fix?: string) =>
    problems.push({ severity: 'warning', code: 'hsds-note', path: ['resources', i, field], place: `service ${i + 1}, field "${field}"`, message, fix });

  found.forEach(({ service: s, org, location }, i) => {
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
      const number = cleanNumber(raw);
      if (phones.some((q) => q.number == number)) continue;
      const type = PHONE_TYPES.includes(String(p.type)) ? (p.type as PhoneType) : undefined;
      const ext = str(p.extension);
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

    const schedules = [...list(s.schedules), ...list(s.service_at_locations).flatMap((sal) => list(sal.schedules))]
      .map(scheduleText)
      .filter((x): x is string => !!x);
    if (schedules.length) r.schedules = [...new Set(schedules)].map((description) => ({ description }));
    const areas = list(s.service_areas).map((a) => str(a.name) ?? str(a.description)).filter((x): x is string => !!x);
    if (areas.length) r.service_areas = areas.map((n) => ({ name: n }));

    const locs = [location, ...list(s.service_at_locations).map((sal) => sal.location)].filter(isObj);
    const addr = locs.flatMap((l) => list(l.addresses)).sort((a, b) => Number(b.address_type == 'physical') - Number(a.address_type == 'physical'))[0];
    const line1 = str(addr?.address_1);
    if (addr && line1) {
      r.address = { address_1: line1 };
      for (const [from, to] of [['address_2', 'address_2'], ['city', 'city'], ['state_province', 'state_province'], ['region', 'state_province'], ['postal_code', 'postal_code'], ['country', 'country']] as const) {
        const v = str(addr[from]);
        if (v && r.address[to] === undefined) r.address[to] = v;
      }
    }

    // Taxonomy terms and attributes become categories.
    const terms = [
      ...list(s.attributes).map((a) => (isObj(a.taxonomy_term) ? str(a.taxonomy_term.name) ?? str(a.taxonomy_term.code) : undefined) ?? str(a.value)),
      ...list(s.taxonomy_terms).map((t) => str(t.name) ?? str(t.code)),
    ].filter((x): x is string => !!x);
    if (terms.length) r.categories = [...new Set(terms)];
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
    if (locs.some((l) => l.location_type == 'physical')) channels.add('in-person');
    if (channels.size) r.channels = [...channels];
    r.resource_type = 'service';
    resources.push(r);
  });

  const orgTitle = found.length && found.every((f) => f.org && f.org === found[0]!.org) ? str(found[0]!.org!.name) : undefined;
  const bundle = bundleOf(resources, { ...opts, title: opts.title ?? orgTitle }, {
    attribution: 'Imported from Open Referral HSDS data (https://openreferral.org/).',
  });
  return { bundle, problems };
}

function withScheme(url: string): string {
  return /^[a-z][a-z\d+.-]*:/i.test(url) ? url : `https://${url.replace(/^\/\//, '')}`;
}

function langOf(l: Obj): string | undefined {
  const code = str(l.code);
  return (code && languageCode(code)) ?? (str(l.name) && languageCode(str(l.name)!));
}

/** A schedule's own description, else one made from its times ("TH,FR 10:00–18:00"). */
function scheduleText(s: Obj): string | undefined {
  const d = str(s.description);
  if (d) return d;
  const hm = (t: unknown) => str(t)?.replace(/^(\d{1,2}:\d{2}):\d{2}.*$/, '$1');
  const open = hm(s.opens_at);
  const close = hm(s.closes_at);
  const days = str(s.byday);
  return open && close ? `${days ? days + ' ' : ''}${open}–${close}` : undefined;
}
