/**
 * "Open now": evaluates compiled HSDS 3.0 schedules at an instant, in the bundle's IANA time zone.
 * Owns: which days a schedule occurs on (WEEKLY/MONTHLY, byday, bymonthday, interval, validity and
 * dtstart/until), hours past midnight, holiday closures, and the answer open / closed / unknown.
 * Does not own: wording (the UI formats the returned times with timeLabel/weekdayLabel).
 *
 * Everything is computed in local civil time of the zone (a day number and minutes since midnight),
 * read with Intl: a numeric UTC offset, as HSDS carries it, is wrong for half the year.
 */

import type { DayCode, Schedule } from './types.js';

/** Monday first, as HSDS and ISO count. */
export const DAY_CODES: readonly DayCode[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** A local time on a local date, in the bundle's zone. */
export interface LocalMoment {
  /** YYYY-MM-DD. */
  date: string;
  /** HH:MM, 24-hour. */
  time: string;
  day: DayCode;
  /** Whole days from today (0 = today, 1 = tomorrow). */
  inDays: number;
}

/**
 * The state of a service's hours:
 * - `open-24h`: open around the clock (every day 00:00–23:59 or 24:00) → "Open 24 hours";
 * - `open`: open now, `until` when it closes → "Open now · until 5 PM";
 * - `closed`: `opens` when it opens next within a week, if it does → "Closed · opens Mon 9 AM";
 * - `unknown`: no usable structured hours (say nothing).
 */
export type HoursStatus =
  | { state: 'open-24h' }
  | { state: 'open'; until: LocalMoment }
  | { state: 'closed'; opens?: LocalMoment }
  | { state: 'unknown' };

const DAY_MS = 86_400_000;
const LOOK_BACK = 1; // yesterday's hours may run past midnight
const LOOK_AHEAD = 8; // a week, plus today

const formatters = new Map<string, Intl.DateTimeFormat>();

let lastClock: { at: number; zone: string; value: { day: number; minute: number } } | undefined;

/** The civil date and time of `now` in `timeZone`: day number (days since 1970-01-01) and minute of the day. */
export function localClock(now: Date, timeZone: string): { day: number; minute: number } {
  // A list of 4,000 services is evaluated at one instant: read the clock once.
  if (lastClock && lastClock.at == now.getTime() && lastClock.zone == timeZone) return lastClock.value;
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    formatters.set(timeZone, f);
  }
  const part: Record<string, number> = {};
  for (const p of f.formatToParts(now)) if (p.type != 'literal') part[p.type] = Number(p.value);
  const value = { day: Date.UTC(part.year!, part.month! - 1, part.day!) / DAY_MS, minute: (part.hour! % 24) * 60 + part.minute! };
  lastClock = { at: now.getTime(), zone: timeZone, value };
  return value;
}

const dayNumber = (iso: string) => Date.parse(iso + 'T00:00:00Z') / DAY_MS;
const isoDates = new Map<number, string>();
const isoDate = (day: number) => {
  let s = isoDates.get(day);
  if (s === undefined) isoDates.set(day, (s = new Date(day * DAY_MS).toISOString().slice(0, 10)));
  return s;
};
/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
const weekday = (day: number) => (((day + 3) % 7) + 7) % 7;
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** Does `s` occur on local day number `day`? (Validity, pattern range, days and interval.) */
export function occursOn(s: Schedule, day: number): boolean {
  const date = isoDate(day);
  if ((s.valid_from && date < s.valid_from) || (s.valid_to && date > s.valid_to)) return false;
  if ((s.dtstart && date < s.dtstart) || (s.until && date > s.until)) return false;
  const start = s.dtstart ? dayNumber(s.dtstart) : undefined;
  const wd = weekday(day);
  const interval = s.interval ?? 1;
  const rules = s.byday ? s.byday.split(',') : [];

  if (s.freq == 'WEEKLY') {
    const days = rules.length ? rules : start !== undefined ? [DAY_CODES[weekday(start)]!] : [];
    if (!days.includes(DAY_CODES[wd]!)) return false;
    if (interval > 1 && start !== undefined) {
      const weeks = Math.floor((day - wd - (start - weekday(start))) / 7);
      if (weeks % interval != 0) return false;
    }
    return true;
  }
  if (s.freq == 'MONTHLY') {
    const d = new Date(day * DAY_MS);
    if (interval > 1 && start !== undefined) {
      const sd = new Date(start * DAY_MS);
      const months = (d.getUTCFullYear() - sd.getUTCFullYear()) * 12 + d.getUTCMonth() - sd.getUTCMonth();
      if (months % interval != 0) return false;
    }
    const dom = d.getUTCDate();
    const monthLength = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
    if (s.bymonthday) {
      const hit = s.bymonthday.split(',').map(Number).some((n) => (n > 0 ? n == dom : monthLength + n + 1 == dom));
      if (!hit) return false;
    }
    if (rules.length) {
      return rules.some((rule) => {
        const m = /^(-?\d)?(MO|TU|WE|TH|FR|SA|SU)$/.exec(rule);
        if (!m || m[2] != DAY_CODES[wd]) return false;
        if (!m[1]) return true;
        const n = Number(m[1]);
        return n > 0 ? Math.ceil(dom / 7) == n : Math.ceil((monthLength - dom + 1) / 7) == -n;
      });
    }
    return !!s.bymonthday || (start !== undefined && new Date(start * DAY_MS).getUTCDate() == dom);
  }
  return false;
}

type Span = [number, number]; // absolute local minutes: day * 1440 + minute

/** Open (or, for `closed` schedules, closed) spans of `s` from `first` to `last` day. */
function spans(s: Schedule, first: number, last: number): Span[] {
  const out: Span[] = [];
  for (let day = first; day <= last; day++) {
    if (!occursOn(s, day)) continue;
    const base = day * 1440;
    if (!s.opens_at || !s.closes_at) {
      if (s.closed) out.push([base, base + 1440]); // a closed day without times: all of it
      continue;
    }
    const open = minutes(s.opens_at);
    let close = minutes(s.closes_at);
    if (close == 1439) close = 1440; // HSDS writes a whole day as 00:00–23:59
    if (close <= open) close += 1440; // past midnight
    out.push([base + open, base + close]);
  }
  return out;
}

/** `open` minus `closed`, merged and sorted. */
function subtract(open: Span[], closed: Span[]): Span[] {
  let parts = open;
  for (const [cs, ce] of closed) {
    parts = parts.flatMap(([s, e]): Span[] => (ce <= s || cs >= e ? [[s, e]] : ([[s, cs], [ce, e]] as Span[]).filter(([a, b]) => b > a)));
  }
  parts.sort((a, b) => a[0] - b[0]);
  const merged: Span[] = [];
  for (const p of parts) {
    const lastSpan = merged[merged.length - 1];
    if (lastSpan && p[0] <= lastSpan[1]) lastSpan[1] = Math.max(lastSpan[1], p[1]);
    else merged.push([p[0], p[1]]);
  }
  return merged;
}

/** True when a schedule carries structured hours (not only a description). */
export const isStructured = (s: Schedule): boolean => !!s.freq && (!!(s.opens_at && s.closes_at) || !!s.closed);

/**
 * Whether a service is open at `now`, in `timeZone` (IANA, e.g. "America/New_York").
 * `schedules` are the ones that apply: a location's own, else the service's (see schedulesFor).
 * Unknown when none is structured, or when every structured one has expired (`valid_to` in the past).
 */
export function hoursAt(schedules: readonly Schedule[] | undefined, now: Date, timeZone: string): HoursStatus {
  const structured = (schedules ?? []).filter(isStructured);
  const { day: today, minute } = localClock(now, timeZone);
  const todayIso = isoDate(today);
  const current = structured.filter((s) => !s.valid_to || s.valid_to >= todayIso);
  if (!current.some((s) => !s.closed)) return { state: 'unknown' };
  const first = today - LOOK_BACK;
  const t = today * 1440 + minute;
  const moment = (abs: number): LocalMoment => {
    const day = Math.floor(abs / 1440);
    return { date: isoDate(day), time: hhmm(abs % 1440), day: DAY_CODES[weekday(day)]!, inDays: day - today };
  };
  const openSpans = (last: number) =>
    subtract(
      current.filter((s) => !s.closed).flatMap((s) => spans(s, first, last)),
      current.filter((s) => s.closed).flatMap((s) => spans(s, first, last)),
    );
  // Most answers need only yesterday to tomorrow; look a week ahead only when they do not.
  const near = openSpans(today + 1);
  const nearNow = near.find(([s, e]) => s <= t && t < e);
  if (nearNow && nearNow[1] < (today + 2) * 1440) return { state: 'open', until: moment(nearNow[1]) };
  const nearNext = !nearNow && near.find(([s]) => s > t);
  if (nearNext) return { state: 'closed', opens: moment(nearNext[0]) };

  const last = today + LOOK_AHEAD;
  const open = openSpans(last);
  const now_ = open.find(([s, e]) => s <= t && t < e);
  if (now_) {
    // Open without a break from before today to past the horizon: around the clock.
    if (now_[0] <= first * 1440 + 1440 && now_[1] >= (last + 1) * 1440) return { state: 'open-24h' };
    return { state: 'open', until: moment(now_[1]) };
  }
  const next = open.find(([s]) => s > t);
  return next ? { state: 'closed', opens: moment(next[0]) } : { state: 'closed' };
}

/**
 * The schedules that say when a service is open at one of its places: the location's, else the
 * service's (the HSDS order: service_at_location, service, location is folded into the location's).
 */
export function schedulesFor(service: { schedules?: Schedule[] }, location?: { schedules?: Schedule[] }): Schedule[] {
  const own = (location?.schedules ?? []).filter(isStructured);
  return own.length ? own : (service.schedules ?? []);
}

/** "5 PM", "9:30 AM" (en-US) or "17:00" (fr) for an "HH:MM" time. */
export function timeLabel(time: string, locale: string): string {
  const m = minutes(time);
  const f = new Intl.DateTimeFormat(locale, { hour: 'numeric', ...(m % 60 ? { minute: '2-digit' } : {}), timeZone: 'UTC' });
  return f.format(new Date(Date.UTC(2024, 0, 1) + (m % 1440) * 60_000));
}

/** "Mon", "lun" for a day code. */
export function weekdayLabel(day: DayCode, locale: string, width: 'short' | 'long' = 'short'): string {
  // 2024-01-01 was a Monday.
  return new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + DAY_CODES.indexOf(day))));
}

/**
 * A resource's hours at `now`: at one site when `location` is given (its schedules, else the
 * service's); otherwise the service's own structured hours, else the best of its sites (open if
 * any site is open, until the latest close; else the soonest opening).
 */
export function resourceHours(
  resource: { schedules?: Schedule[]; locations?: { schedules?: Schedule[] }[] },
  now: Date,
  timeZone: string,
  location?: { schedules?: Schedule[] },
): HoursStatus {
  if (location) return hoursAt(schedulesFor(resource, location), now, timeZone);
  const own = hoursAt(resource.schedules, now, timeZone);
  if (own.state != 'unknown') return own;
  const sites = (resource.locations ?? []).map((l) => hoursAt(l.schedules, now, timeZone)).filter((h) => h.state != 'unknown');
  if (!sites.length) return { state: 'unknown' };
  if (sites.some((h) => h.state == 'open-24h')) return { state: 'open-24h' };
  const key = (m: LocalMoment) => m.date + 'T' + m.time;
  const open = sites.filter((h): h is Extract<HoursStatus, { state: 'open' }> => h.state == 'open');
  if (open.length) return open.reduce((a, b) => (key(b.until) > key(a.until) ? b : a));
  const next = sites.map((h) => (h.state == 'closed' ? h.opens : undefined)).filter((m): m is LocalMoment => !!m);
  return next.length ? { state: 'closed', opens: next.reduce((a, b) => (key(b) < key(a) ? b : a)) } : { state: 'closed' };
}
