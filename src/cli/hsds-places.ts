/**
 * HSDS 3.0 places and times for `import --from hsds`: locations (with service_at_location) and
 * schedules compiled to the bundle's shape (docs/bundle-format.md, "Locations" and "Hours").
 * Owns: tolerance of real exports ("10:00:00", "9:00 AM", "mo, tu", offsets on times, coordinates
 * out of range, confidential sites). Every value it cannot use is reported, never guessed.
 * Does not own: evaluating hours (core/hours.ts) or the bundle rules (core/validate.ts).
 */

import type { Address, Schedule, ServiceLocation } from '../core/types.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v == 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);

function str(v: unknown): string | undefined {
  const s = typeof v == 'string' ? v.trim() : typeof v == 'number' && Number.isFinite(v) ? String(v) : undefined;
  return s ? s : undefined;
}

/** Something the importer could not use: `field` relative to the schedule or location. */
export interface PlaceNote {
  code: string;
  field: string;
  message: string;
  fix?: string;
}

/**
 * "10:00:00" → "10:00", "9:00" → "09:00", "9:30 pm" → "21:30", "10:00Z" / "10:00+05:00" → "10:00"
 * (the offset is dropped: times are read in meta.timezone). Undefined when it is not a time.
 */
export function clockTime(raw: string): string | undefined {
  const m = /^(\d{1,2})(?::(\d{2}))?(?::\d{2}(?:\.\d+)?)?\s*([ap]\.?m\.?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(raw.trim());
  if (!m || (!m[2] && !m[3])) return undefined;
  let h = Number(m[1]);
  const min = Number(m[2] ?? 0);
  const ampm = m[3]?.[0]?.toLowerCase();
  if (ampm) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (ampm == 'p' ? 12 : 0);
  }
  if (h > 24 || min > 59 || (h == 24 && min > 0)) return undefined;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

const DAY_NAMES: Record<string, string> = {
  mo: 'MO', mon: 'MO', monday: 'MO', tu: 'TU', tue: 'TU', tues: 'TU', tuesday: 'TU', we: 'WE', wed: 'WE', wednesday: 'WE',
  th: 'TH', thu: 'TH', thur: 'TH', thurs: 'TH', thursday: 'TH', fr: 'FR', fri: 'FR', friday: 'FR', sa: 'SA', sat: 'SA',
  saturday: 'SA', su: 'SU', sun: 'SU', sunday: 'SU',
};

/** "mo, TU", "Monday,Tuesday", "2MO,-1fr" → "MO,TU" / "2MO,-1FR"; undefined when a part is not a day. */
export function dayList(raw: string): string | undefined {
  const parts = raw.split(/[,;\s]+/).filter(Boolean);
  const out: string[] = [];
  for (const p of parts) {
    const m = /^([+-]?[1-5])?([a-z]+)$/i.exec(p);
    const day = m && DAY_NAMES[m[2]!.toLowerCase()];
    if (!day) return undefined;
    out.push((m[1] ? String(Number(m[1])) : '') + day);
  }
  return out.length ? [...new Set(out)].join(',') : undefined;
}

const isoDay = (v: unknown) => {
  const s = str(v)?.slice(0, 10);
  return s && /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(s) ? s : undefined;
};

/** A schedule's own description, else one made from its times ("TH,FR 10:00–18:00"). */
export function scheduleText(s: Obj): string | undefined {
  const d = str(s.description);
  if (d) return d;
  const open = str(s.opens_at) && clockTime(str(s.opens_at)!);
  const close = str(s.closes_at) && clockTime(str(s.closes_at)!);
  const days = str(s.byday);
  return open && close ? `${days ? days + ' ' : ''}${open}–${close}` : undefined;
}

/**
 * One HSDS schedule compiled: the description always (made from the times if missing), the
 * recurrence only when it can be read. Unusable parts are left out and noted.
 */
export function compileSchedule(s: Obj, notes: PlaceNote[]): Schedule | undefined {
  const description = scheduleText(s);
  if (!description) return undefined;
  const out: Schedule = { description };
  const freq = str(s.freq)?.toUpperCase();
  const note = (field: string, message: string, fix?: string) => notes.push({ code: 'hsds-schedule', field, message, fix });
  if (freq && freq != 'WEEKLY' && freq != 'MONTHLY') {
    note('freq', `"${str(s.freq)}" is not WEEKLY or MONTHLY, so these hours are kept as text only`, 'HSDS 3.0 allows WEEKLY and MONTHLY.');
    return out;
  }
  const opens = str(s.opens_at);
  const closes = str(s.closes_at);
  const open = opens && clockTime(opens);
  const close = closes && clockTime(closes);
  if (opens && !open) note('opens_at', `"${opens}" is not a time, so these hours are kept as text only`, 'Write times as HH:MM, e.g. "09:00".');
  if (closes && !close) note('closes_at', `"${closes}" is not a time, so these hours are kept as text only`, 'Write times as HH:MM, e.g. "17:00".');
  if (!freq || !open || !close) return out;
  out.freq = freq as Schedule['freq'];
  const interval = Number(s.interval);
  if (Number.isInteger(interval) && interval > 1 && interval <= 52) out.interval = interval;
  const byday = str(s.byday);
  if (byday) {
    const days = dayList(byday);
    if (!days || (freq == 'WEEKLY' && /\d/.test(days))) {
      note('byday', `"${byday}" is not a list of days, so these hours are kept as text only`, 'Write days as MO,TU,WE,TH,FR,SA,SU.');
      delete out.freq;
      return out;
    }
    out.byday = days;
  }
  const bymonthday = str(s.bymonthday)?.replace(/\s+/g, '');
  if (bymonthday && freq == 'MONTHLY') {
    if (/^-?([1-9]|[12]\d|3[01])(,-?([1-9]|[12]\d|3[01]))*$/.test(bymonthday)) out.bymonthday = bymonthday;
    else note('bymonthday', `"${bymonthday}" is not a list of days of the month; it was left out`);
  }
  out.opens_at = open == '24:00' ? '23:59' : open;
  out.closes_at = close;
  for (const f of ['valid_from', 'valid_to', 'dtstart', 'until'] as const) {
    const raw = str(s[f]);
    if (!raw) continue;
    const d = isoDay(raw);
    if (d) out[f] = d;
    else note(f, `"${raw}" is not a date; it was left out`, 'Write dates as YYYY-MM-DD.');
  }
  // Dates in the wrong order would hide the hours entirely: keep the hours, drop the range.
  if (out.valid_from && out.valid_to && out.valid_from > out.valid_to) {
    note('valid_to', `"${out.valid_to}" is before valid_from "${out.valid_from}"; the range was left out`);
    delete out.valid_from;
    delete out.valid_to;
  }
  if (out.dtstart && out.until && out.dtstart > out.until) {
    note('until', `"${out.until}" is before dtstart "${out.dtstart}"; the range was left out`);
    delete out.dtstart;
    delete out.until;
  }
  return out;
}

const CONFIDENTIAL = /\bconfidential\b|\bundisclosed\b|\bnot disclosed\b/i;

/** An address from HSDS (`region` read as state when state_province is missing). */
function addressOf(a: Obj): Address | undefined {
  const line1 = str(a.address_1);
  if (!line1) return undefined;
  const out: Address = { address_1: line1 };
  for (const [from, to] of [['address_2', 'address_2'], ['city', 'city'], ['state_province', 'state_province'], ['region', 'state_province'], ['postal_code', 'postal_code'], ['country', 'country']] as const) {
    const v = str(a[from]);
    if (v && out[to] === undefined) out[to] = v;
  }
  return out;
}

/**
 * One place of a service: the location, its address (the physical one first) and coordinates,
 * with the schedules of the service_at_location, else the location's.
 * Confidential when the data says so (`confidential: true` or an address such as "Confidential"):
 * then no address and no coordinates are kept at all.
 */
export function locationOf(loc: Obj, sal: Obj | undefined, notes: PlaceNote[]): ServiceLocation {
  const type = str(loc.location_type)?.toLowerCase();
  const location_type = type == 'postal' || type == 'virtual' ? type : 'physical';
  if (type && type != location_type) notes.push({ code: 'hsds-location', field: 'location_type', message: `"${type}" is not physical, postal or virtual; read as physical` });
  const out: ServiceLocation = { location_type };
  const id = str(sal?.id) ?? str(loc.id);
  if (id) out.id = id;
  const name = str(loc.name);
  if (name) out.name = name;
  const addresses = list(loc.addresses).sort((a, b) => Number(b.address_type == 'physical') - Number(a.address_type == 'physical'));
  const confidential = loc.confidential === true || sal?.confidential === true || addresses.some((a) => CONFIDENTIAL.test(str(a.address_1) ?? ''));
  if (confidential) {
    out.confidential = true;
  } else {
    const address = addresses.map(addressOf).find((a) => a);
    if (address && location_type != 'virtual') out.address = address;
    const lat = typeof loc.latitude == 'string' ? Number(loc.latitude) : loc.latitude;
    const lon = typeof loc.longitude == 'string' ? Number(loc.longitude) : loc.longitude;
    if (lat !== undefined && lat !== null && lon !== undefined && lon !== null) {
      if (typeof lat == 'number' && typeof lon == 'number' && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && !(lat == 0 && lon == 0) && Number.isFinite(lat + lon)) {
        out.latitude = lat;
        out.longitude = lon;
      } else {
        notes.push({
          code: 'hsds-coordinates',
          field: 'latitude',
          message: `${JSON.stringify(loc.latitude)}, ${JSON.stringify(loc.longitude)} are not a point on Earth; the coordinates were left out`,
          fix: 'Latitude is between -90 and 90, longitude between -180 and 180 (decimal degrees).',
        });
      }
    }
  }
  const raw = list(sal?.schedules).length ? list(sal?.schedules) : list(loc.schedules);
  const schedules = raw.map((s) => compileSchedule(s, notes)).filter((s): s is Schedule => !!s);
  if (schedules.length) out.schedules = schedules;
  return out;
}
