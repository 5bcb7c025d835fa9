/**
 * `import --from csv`: a spreadsheet export (one row per resource) to a bundle.
 * Owns: the documented columns (docs/cli.md) and the header names people really use for them
 * (csv-columns.ts), `,`/`;`-separated lists, `name_es`-style translations, the column preview,
 * and locating problems as `row 14, column "url"` (the header is row 1, as in Excel).
 * Does not own: CSV syntax (csv-parse does it) or the bundle rules (core/validate.ts).
 */

import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Phone, PhoneType, Resource, ServiceLocation } from '../core/types.js';
import { columnFor, normalizeHeader, suggestColumn } from './csv-columns.js';
import { hoursFromText } from './hours-text.js';
import type { Located } from './io.js';
import { bundleOf, languageCode, slugify, splitExtension, uniqueId, type MetaOptions } from './shape.js';
import type { Bundle } from '../core/types.js';

/** Text columns that may have a translation column: `name_es`, `description_vi`… */
const TEXT = ['name', 'description', 'alert', 'eligibility_description', 'fees_description', 'application_process', 'organization', 'schedule', 'service_area'];
const SINGLE = ['id', 'url', 'organization_url', 'email', 'resource_type', 'cost', 'status', 'assured_date', 'address_1', 'address_2', 'city', 'state_province', 'postal_code', 'country', 'latitude', 'longitude'];
const LISTS = ['languages', 'categories', 'audiences', 'availability', 'channels', 'keywords'];
const PHONES: Record<string, PhoneType> = { phone: 'voice', text: 'text', tty: 'textphone', fax: 'fax' };
const BOOLEANS = ['pinned', 'address_confidential'];
export const CSV_COLUMNS = [...TEXT, ...SINGLE, ...LISTS, ...Object.keys(PHONES), ...BOOLEANS];

const TRUE = /^(yes|y|true|1|x|sí|si)$/i;
const FALSE = /^(no|n|false|0)?$/i;

export interface CsvOptions extends MetaOptions {
  /** The user's header → our column ("" ignores the column), from --columns. */
  columns?: Record<string, string>;
  timezone?: string;
}

export interface CsvResult {
  bundle: Bundle | null;
  problems: Located[];
  /** One line per column: how it was read, with a first example. */
  preview: string[];
  /** For each resource, the spreadsheet row it came from. */
  rows: number[];
  /** The column a problem path inside resource `resourceIndex` points at. */
  columnOf: (resourceIndex: number, path: (string | number)[]) => string;
}

/** Our column and translation locale for a header: "Program" → name, "name_es" → name + es. */
function locSplit(col: string, map?: Record<string, string>): [string, string | undefined] {
  const mapped = map && Object.entries(map).find(([k]) => normalizeHeader(k) == col);
  if (mapped) return [mapped[1], undefined];
  const known = columnFor(col, CSV_COLUMNS);
  if (known) return [known, undefined];
  const m = /^(.+?)_([a-z]{2,3}(?:-[a-z0-9]{2,8})*)$/i.exec(col);
  const base = m && columnFor(m[1]!, CSV_COLUMNS);
  return m && base && TEXT.includes(base) ? [base, m[2]!.toLowerCase()] : [col, undefined];
}

/** Reads a --columns file: {"Their header": "our column" or ""}. A string says what is wrong. */
export function readColumnMap(file: string): Record<string, string> | string {
  let map: unknown;
  try {
    map = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return `cannot read the column map ${file}: ${(e as Error).message}`;
  }
  if (typeof map != 'object' || map === null || Array.isArray(map)) return `${file} must be one object, e.g. {"Agency": "organization", "Notes": ""}`;
  for (const [k, v] of Object.entries(map)) {
    if (typeof v != 'string' || (v && !CSV_COLUMNS.includes(v) && !/^[a-z_]+_[a-z]{2,3}$/.test(v))) {
      return `${file}: "${k}" maps to ${JSON.stringify(v)}, which is not a column. Use one of: ${CSV_COLUMNS.join(', ')}; or "" to ignore it.`;
    }
  }
  return map as Record<string, string>;
}

const cut = (v: string) => (v.length > 32 ? v.slice(0, 31) + '…' : v).replace(/\n/g, ' ');

export function importCsv(text: string, opts: CsvOptions = {}): CsvResult {
  const problems: Located[] = [];
  const records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  const original = (records[0] ?? []).map((h) => h.trim());
  const header = original.map(normalizeHeader);
  const locale = opts.locale ?? 'en';
  const locales = new Set<string>([locale]);
  const cols = header.map((h) => locSplit(h, opts.columns));
  const preview: string[] = [];
  cols.forEach(([base, loc], i) => {
    const h = header[i]!;
    const example = records.slice(1).map((r) => (r[i] ?? '').trim()).find((v) => v);
    const eg = example ? `  e.g. "${cut(example)}"` : '  (empty)';
    if (loc) locales.add(loc);
    if (!h) return;
    if (!base) preview.push(`"${original[i]}" → ignored (--columns)`);
    else if (loc || CSV_COLUMNS.includes(base)) preview.push(`"${original[i]}" → ${base}${loc ? ` (${loc})` : ''}${eg}`);
    else {
      preview.push(`"${original[i]}" → ignored${eg}`);
      const near = suggestColumn(h, CSV_COLUMNS);
      problems.push({
        severity: 'warning',
        code: 'csv-unknown-column',
        path: [],
        place: `row 1, column "${original[i]}"`,
        message: 'is not a known column, so it was ignored',
        fix: near ? `Did you mean "${near}"? Rename the column, or map it with --columns.` : 'See docs/cli.md for the column names, or map it with --columns map.json.',
      });
    }
  });
  for (const need of ['name', 'description']) {
    if (!cols.some(([b]) => b == need)) {
      problems.push({
        severity: 'error',
        code: 'csv-missing-column',
        path: [],
        place: `row 1, column "${need}"`,
        message: 'is missing',
        fix: `Add a column named "${need}" to the first row.`,
      });
    }
  }
  const multi = locales.size > 1;
  const rows: number[] = [];
  const phoneCols: string[][] = [];
  const resources: Resource[] = [];
  const taken = new Set<string>();

  for (let r = 1; r < records.length; r++) {
    const cells = records[r]!;
    if (cells.every((c) => !c.trim())) continue; // blank row
    const row = r + 1;
    if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim())) {
      problems.push({
        severity: 'warning',
        code: 'csv-extra-cells',
        path: [],
        place: `row ${row}`,
        message: `has ${cells.length} cells but the header has ${header.length} columns; the extra cells were ignored`,
        fix: 'Check for a stray comma, or add a header for the extra column.',
      });
    }
    const res: Record<string, unknown> = {};
    const texts: Record<string, Record<string, string>> = {};
    const phones: Phone[] = [];
    const pcols: string[] = [];
    const address: Record<string, unknown> = {};
    const point: Record<string, number> = {};
    cols.forEach(([base, loc], i) => {
      // Excel writes line breaks inside a cell as CRLF: keep them as plain "\n".
      const v = (cells[i] ?? '').replace(/\r\n?/g, '\n').trim();
      if (!v || !base) return;
      const col = original[i]!;
      if (TEXT.includes(base)) (texts[base] ??= {})[loc ?? locale] = v;
      else if (base.startsWith('address_') || ['city', 'state_province', 'postal_code', 'country'].includes(base)) {
        if (base == 'address_confidential') {
          if (TRUE.test(v)) address.confidential = true;
          else if (!FALSE.test(v)) problems.push(boolProblem(row, col, v));
        } else address[base] = v;
      } else if (base == 'latitude' || base == 'longitude') {
        const n = Number(v.replace(/[°\s]/g, ''));
        if (Number.isFinite(n) && Math.abs(n) <= (base == 'latitude' ? 90 : 180)) point[base] = n;
        else problems.push({ severity: 'error', code: 'csv-coordinate', path: [], place: `row ${row}, column "${col}"`, message: `"${v}" is not a ${base} in decimal degrees; it was left out`, fix: base == 'latitude' ? 'Write a number between -90 and 90, e.g. 25.6061.' : 'Write a number between -180 and 180, e.g. -80.3423.' });
      } else if (base == 'organization_url') res.organization = { url: v };
      else if (SINGLE.includes(base)) res[base] = v;
      else if (LISTS.includes(base)) {
        // "Food, Housing" or "Food; Housing"; a value seen twice once.
        const list = [...new Set(v.split(/[;,\n]/).map((x) => x.trim()).filter(Boolean))];
        res[base] = base == 'languages' ? [...new Set(list.map((x) => languageCode(x) ?? x))] : list;
      } else if (base in PHONES) {
        // Several numbers split on ";" or on "," before another number ("555-0100, ext 2" stays one).
        for (const part of v.split(/;|,\s*(?=[+(]?\d{3})|\n/).map((x) => x.trim()).filter(Boolean)) {
          const { number, extension } = splitExtension(part);
          phones.push({ number, type: PHONES[base]!, ...(extension ? { extension } : {}) });
          pcols.push(col);
        }
      } else if (base == 'pinned') {
        if (TRUE.test(v)) res.pinned = true;
        else if (!FALSE.test(v)) problems.push(boolProblem(row, col, v));
      }
    });
    const textOf = (base: string) => {
      const t = texts[base];
      if (!t) return undefined;
      return multi ? t : t[locale];
    };
    for (const base of ['name', 'description', 'alert', 'eligibility_description', 'fees_description', 'application_process']) {
      const t = textOf(base);
      if (t !== undefined) res[base] = t;
    }
    if (texts.organization) res.organization = { ...(res.organization as object), name: textOf('organization') };
    if (texts.schedule) {
      const hours = hoursFromText(texts.schedule[locale] ?? Object.values(texts.schedule)[0]!);
      // One schedule keeps the cell's text (and its translations); several keep their own parts.
      res.schedules = hours.length > 1 ? hours : [{ ...hours[0], description: textOf('schedule')! }];
    }
    if (texts.service_area) res.service_areas = [{ name: textOf('service_area') }];
    // A place: the address and coordinates as a location; a confidential one keeps neither.
    const located = typeof point.latitude == 'number' && typeof point.longitude == 'number';
    if (address.confidential) {
      res.locations = [{ location_type: 'physical', confidential: true } satisfies ServiceLocation];
    } else if (address.address_1 || located) {
      const loc: ServiceLocation = { location_type: 'physical' };
      if (address.address_1) loc.address = address as unknown as ServiceLocation['address'];
      if (located) Object.assign(loc, point);
      res.locations = [loc];
      if (address.address_1) res.address = address;
    } else if (Object.keys(address).length) {
      problems.push({ severity: 'warning', code: 'csv-no-street', path: [], place: `row ${row}`, message: 'has a city, state or ZIP but no street address, so no place was kept', fix: 'Add the street address (column "address"), or the coordinates (latitude, longitude).' });
    }
    if (phones.length) res.phones = phones;
    if (res.id === undefined && texts.name) {
      const from = texts.name[locale] ?? Object.values(texts.name)[0]!;
      const id = uniqueId(slugify(from) || `resource-${row}`, taken);
      res.id = id;
      problems.push({
        severity: 'warning',
        code: 'csv-id-made',
        path: [],
        place: `row ${row}, column "id"`,
        message: `was empty, so the id "${id}" was made from the name`,
        fix: 'Write this id in the "id" column so links to this resource stay the same.',
      });
    } else if (typeof res.id == 'string') taken.add(res.id);
    // id, name and description first so the output reads naturally; absent keys stay absent.
    const first = Object.fromEntries(['id', 'name', 'description'].filter((k) => res[k] !== undefined).map((k) => [k, res[k]]));
    resources.push({ ...first, ...res } as unknown as Resource);
    rows.push(row);
    phoneCols.push(pcols);
  }

  // Our column name ("url", "name_es") → the header as the sheet wrote it ("Website").
  const shownAs = new Map<string, string>();
  cols.forEach(([base, loc], i) => {
    const key = loc ? `${base}_${loc}` : base;
    if (base && !shownAs.has(key)) shownAs.set(key, original[i]!);
  });
  const columnOf = (i: number, path: (string | number)[]): string => {
    const ours = ourColumnOf(i, path);
    return shownAs.get(ours) ?? ours;
  };
  const ourColumnOf = (i: number, path: (string | number)[]): string => {
    const [field, a, b] = path;
    const withLoc = (base: string, loc: unknown) => (typeof loc == 'string' && loc != locale ? `${base}_${loc}` : base);
    if (field == 'phones' && typeof a == 'number') return phoneCols[i]?.[a] ?? 'phone';
    if (field == 'organization') return a == 'url' ? 'organization_url' : withLoc('organization', b);
    if (field == 'address') return a == 'confidential' ? 'address_confidential' : String(a ?? 'address_1');
    if (field == 'locations') return b == 'address' ? String(path[3] ?? 'address_1') : b == 'latitude' || b == 'longitude' ? String(b) : 'address_1';
    if (field == 'schedules') return withLoc('schedule', path[3]);
    if (field == 'service_areas') return withLoc('service_area', path[3]);
    if (TEXT.includes(String(field))) return withLoc(String(field), a);
    return String(field ?? '');
  };
  if (problems.some((p) => p.code == 'csv-missing-column')) return { bundle: null, problems, preview, rows, columnOf };
  const bundle = bundleOf(resources, { ...opts, locale, locales: [...locales] }, opts.timezone ? { timezone: opts.timezone } : {});
  return { bundle, problems, preview, rows, columnOf };
}

function boolProblem(row: number, col: string, v: string): Located {
  return {
    severity: 'error',
    code: 'csv-yes-no',
    path: [],
    place: `row ${row}, column "${col}"`,
    message: `"${v}" is not yes or no`,
    fix: 'Write yes, or leave the cell empty for no.',
  };
}

/** Re-locates a bundle problem (`resources/3/url`) to its spreadsheet cell (`row 5, column "url"`). */
export function locateCsv(p: Located, result: CsvResult): Located {
  if (p.place || p.resourceIndex === undefined) return p;
  const row = result.rows[p.resourceIndex];
  const col = result.columnOf(p.resourceIndex, p.path.slice(2));
  const name = `row ${row}` + (p.resourceId ? ` (id "${p.resourceId}")` : '');
  return { ...p, place: col ? `${name}, column "${col}"` : name };
}
