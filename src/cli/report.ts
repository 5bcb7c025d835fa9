/**
 * The import report: what each problem cost (the resource, one phone, a link… or nothing), and
 * problems grouped by kind with counts and a few examples, so 4,000 identical warnings read as one.
 * Owns: the wording and the grouping. Does not own: what is a problem (core/validate.ts, lint.ts).
 */

import { partCost } from '../core/validate.js';
import { lineFor, placeOf, type Located } from './io.js';

/** What a problem cost in the written bundle, in words ("the phone"), or undefined when nothing. */
export function costOf(p: Located): string | undefined {
  if (p.severity != 'error') return undefined;
  const [a, b] = p.path;
  if (a === undefined && p.code.startsWith('csv-') && p.code != 'csv-missing-column') return 'the cell';
  if (a != 'resources' || typeof b != 'number') return a == 'facets' ? 'the filter' : a == 'meta' ? 'the value (a default is used)' : undefined;
  const parts = partCost(p);
  if (!parts) return 'the resource';
  const [field, , sub] = parts[0]!;
  if (field == 'phones') return 'the phone';
  if (field == 'schedules') return 'the schedule';
  if (field == 'locations') return sub == 'latitude' ? (parts.length > 2 ? 'the address and coordinates' : 'the coordinates') : sub == 'schedules' ? 'the schedule' : 'the location';
  return 'the link';
}

const NOUNS: Record<string, [string, string]> = {
  'the phone': ['phone', 'phones'],
  'the schedule': ['schedule', 'schedules'],
  'the location': ['location', 'locations'],
  'the link': ['link', 'links'],
  'the resource': ['resource', 'resources'],
  'the filter': ['filter', 'filters'],
  'the coordinates': ['pair of coordinates', 'pairs of coordinates'],
  'the address and coordinates': ['confidential address', 'confidential addresses'],
  'the cell': ['cell', 'cells'],
  'the value (a default is used)': ['meta value', 'meta values'],
};

/** A cost counted: "13 phones", "1 link". */
const plural = (cost: string, n: number) => `${n.toLocaleString('en-US')} ${NOUNS[cost]?.[n == 1 ? 0 : 1] ?? cost}`;

export interface ReportOptions {
  /** List every problem instead of three examples per kind. */
  verbose?: boolean;
  /** Up to this many problems are listed one per line anyway. */
  flatUpTo?: number;
}

interface Group {
  severity: Located['severity'];
  code: string;
  cost?: string;
  items: Located[];
}

/** One line per problem with its cost (small reports, or --verbose). */
function flat(problems: Located[]): string[] {
  const sorted = [...problems.filter((p) => p.severity == 'error'), ...problems.filter((p) => p.severity != 'error')];
  return sorted.map((p) => {
    const cost = costOf(p);
    return '  ' + lineFor(p) + (cost ? ` Dropped: ${cost}.` : '');
  });
}

/**
 * The report lines: every problem when there are few (or `verbose`); else one header per kind
 * (severity, code, what it cost) with its count, the first fix, and three located examples.
 */
export function reportLines(problems: Located[], opts: ReportOptions = {}): string[] {
  if (opts.verbose || problems.length <= (opts.flatUpTo ?? 20)) return flat(problems);
  const groups = new Map<string, Group>();
  for (const p of problems) {
    const cost = costOf(p);
    const key = `${p.severity}\u0000${p.code}\u0000${cost ?? ''}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { severity: p.severity, code: p.code, cost, items: [] }));
    g.items.push(p);
  }
  const ordered = [...groups.values()].sort((a, b) => Number(b.severity == 'error') - Number(a.severity == 'error') || b.items.length - a.items.length);
  const out: string[] = [];
  for (const g of ordered) {
    const first = g.items[0]!;
    const n = g.items.length;
    const what = g.cost ? `dropped ${plural(g.cost, n)}` : `${n.toLocaleString('en-US')} ${g.severity == 'error' ? 'error' : 'warning'}${n == 1 ? '' : 's'}`;
    // One fix for the kind when all agree; else the first, as an example.
    const same = g.items.every((p) => p.fix == first.fix);
    out.push(`  ${g.severity} ${g.code} (${what})${first.fix ? `. Fix${same ? '' : ', e.g.'}: ${first.fix}` : ''}`);
    for (const p of g.items.slice(0, 3)) out.push(`    ${placeOf(p)}: ${p.message}.`);
    if (n > 3) out.push(`    … and ${(n - 3).toLocaleString('en-US')} more (--verbose lists them all).`);
  }
  return out;
}

/** "dropped 13 phones, 2 resources" for the closing line; empty when nothing was dropped. */
export function droppedSummary(problems: Located[]): string {
  const counts = new Map<string, number>();
  for (const p of problems) {
    const c = costOf(p);
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return [...counts].map(([c, n]) => plural(c, n)).join(', ');
}
