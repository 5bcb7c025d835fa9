/**
 * Hours written in a spreadsheet cell ("Mon-Fri 9am-5pm; Sat 10am-2pm", "24/7") → structured
 * weekly schedules. All or nothing: when any part of the text is not understood, it returns []
 * and the cell stays text only, so nothing is guessed.
 * Owns: this small grammar. Does not own: evaluating hours (core/hours.ts).
 */

import type { Schedule } from '../core/types.js';

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const DAY = '(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|m|t|w|th|f|sa|su)\\.?';
const TIME = '(?:\\d{1,2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?|noon|midnight)';
const SPAN = `(${DAY}(?:\\s*(?:-|–|to|thru|through)\\s*${DAY})?(?:\\s*(?:,|&|and|/)\\s*${DAY}(?:\\s*(?:-|–|to|thru|through)\\s*${DAY})?)*)\\s*:?\\s*(${TIME})\\s*(?:-|–|to)\\s*(${TIME})`;

function dayIndex(word: string): number {
  const w = word.toLowerCase().replace('.', '');
  const table: [RegExp, number][] = [[/^mo?n?/, 0], [/^tu/, 1], [/^w/, 2], [/^th/, 3], [/^f/, 4], [/^sa/, 5], [/^su/, 6], [/^t$/, 1], [/^m$/, 0]];
  if (w == 't') return 1;
  for (const [re, i] of table) if (re.test(w)) return i;
  return -1;
}

function days(spec: string): string[] | undefined {
  const out = new Set<number>();
  for (const part of spec.split(/\s*(?:,|&|\band\b|\/)\s*/)) {
    const [a, b] = part.split(/\s*(?:-|–|\bto\b|\bthru\b|\bthrough\b)\s*/);
    const from = dayIndex(a!);
    const to = b === undefined ? from : dayIndex(b);
    if (from < 0 || to < 0) return undefined;
    for (let d = from; ; d = (d + 1) % 7) {
      out.add(d);
      if (d == to) break;
    }
  }
  return [...out].sort().map((d) => DAYS[d]!);
}

/** Minutes since midnight and whether am/pm was written. */
function time(t: string): [number, boolean] | undefined {
  const s = t.toLowerCase().replace(/\s+/g, '');
  if (s == 'noon') return [720, true];
  if (s == 'midnight') return [1440, true];
  const m = /^(\d{1,2})(?::(\d{2}))?([ap])?\.?m?\.?$/.exec(s);
  if (!m) return undefined;
  let h = Number(m[1]);
  const min = Number(m[2] ?? 0);
  if (min > 59) return undefined;
  if (m[3]) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (m[3] == 'p' ? 12 : 0);
  } else if (h > 24) return undefined;
  return [h * 60 + min, !!m[3]];
}

const hhmm = (m: number) => (m >= 1440 ? '23:59' : `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);

/** Structured schedules for a cell of hours, or [] when the text is not entirely understood. */
export function hoursFromText(text: string): Schedule[] {
  const t = text.trim();
  if (/^(open\s+)?(24\/7|24\s*hours?(\s*(a\s+day|,?\s*7\s*days(\s+a\s+week)?))?)\.?$/i.test(t)) {
    return [{ description: t, freq: 'WEEKLY', byday: DAYS.join(','), opens_at: '00:00', closes_at: '23:59' }];
  }
  const re = new RegExp(SPAN, 'gi');
  const out: Schedule[] = [];
  let rest = t;
  for (const m of t.matchAll(re)) {
    const d = days(m[1]!);
    const open = time(m[2]!);
    const close = time(m[3]!);
    if (!d || !open || !close) return [];
    let [o] = open;
    const oAmPm = open[1];
    let [c] = close;
    // "9-5": no am/pm and the close is before the open → the close is in the afternoon.
    if (!oAmPm && !close[1] && c <= o && c + 720 > o && c < 720) c += 720;
    if (!oAmPm && close[1] && o < 720 && o + 720 < c && o < 7 * 60) o += 720; // "1-5pm" → 13:00
    out.push({ description: m[0].trim(), freq: 'WEEKLY', byday: d.join(','), opens_at: hhmm(o), closes_at: hhmm(c) });
    rest = rest.replace(m[0], '');
  }
  // Anything left but separators (or a closed day): not understood, keep the text only.
  const closedDays = new RegExp(`\\b${DAY}(?:\\s*(?:-|–|to|&|and|,)\\s*${DAY})*\\s*:?\\s*closed\\b`, 'gi');
  if (!out.length || /[^\s,;.|/]/.test(rest.replace(closedDays, ''))) return [];
  return out;
}
