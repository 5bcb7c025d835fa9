/**
 * `import --from csv`: a spreadsheet export (one row per resource) to a bundle.
 * Owns: the documented columns (docs/cli.md), `;`-separated lists, `name_es`-style translations,
 * and locating problems as `row 14, column "url"` (the header is row 1, as in Excel).
 * Does not own: CSV syntax (csv-parse does it) or the bundle rules (core/validate.ts).
 */

import { parse } from 'csv-parse/sync';
import type { Phone, PhoneType, Resource } from '../core/types.js';
import type { Located } from './io.js';
import { bundleOf, distance, languageCode, slugify, uniqueId, type MetaOptions } from './shape.js';
import type { Bundle } from '../core/types.js';

/** Text columns that may have a translation column: `name_es`, `description_vi`… */
const TEXT = ['name', 'description', 'alert', 'eligibility_description', 'fees_description', 'application_process', 'organization', 'schedule', 'service_area'];
const SINGLE = ['id', 'url', 'organization_url', 'email', 'resource_type', 'cost', 'status', 'assured_date', 'address_1', 'address_2', 'city', 'state_province', 'postal_code', 'country'];
const LISTS = ['languages', 'categories', 'audiences', 'availability', 'channels', 'keywords'];
const PHONES: Record<string, PhoneType> = { phone: 'voice', text: 'text', tty: 'textphone', fax: 'fax' };
const BOOLEANS = ['pinned', 'address_confidential'];
export const CSV_COLUMNS = [...TEXT, ...SINGLE, ...LISTS, ...Object.keys(PHONES), ...BOOLEANS];

const TRUE = /^(yes|y|true|1|x|sí|si)$/i;
const FALSE = /^(no|n|false|0)?$/i;

export interface CsvResult {
  bundle: Bundle | null;
  problems: Located[];
  /** For each resource, the spreadsheet row it came from. */
  rows: number[];
  /** The column a problem path inside resource `resourceIndex` points at. */
  columnOf: (resourceIndex: number, path: (string | number)[]) => string;
}

function locSplit(col: string): [string, string | undefined] {
  if (CSV_COLUMNS.includes(col)) return [col, undefined];
  const m = /^(.+?)_([a-z]{2,3}(?:-[a-z0-9]{2,8})*)$/i.exec(col);
  return m && TEXT.includes(m[1]!) ? [m[1]!, m[2]!] : [col, undefined];
}

export function importCsv(text: string, opts: MetaOptions = {}): CsvResult {
  const problems: Located[] = [];
  const records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  const header = (records[0] ?? []).map((h) => h.trim().toLowerCase().replace(/\s+/g, '_'));
  const locale = opts.locale ?? 'en';
  const locales = new Set<string>([locale]);
  const cols = header.map((h) => locSplit(h));
  cols.forEach(([base, loc], i) => {
    const h = header[i]!;
    if (loc) locales.add(loc);
    else if (!CSV_COLUMNS.includes(base) && h) {
      const near = CSV_COLUMNS.map((c) => [c, distance(h, c)] as const).sort((a, b) => a[1] - b[1])[0]!;
      problems.push({
        severity: 'warning',
        code: 'csv-unknown-column',
        path: [],
        place: `row 1, column "${h}"`,
        message: 'is not a known column, so it was ignored',
        fix: near[1] <= 2 ? `Did you mean "${near[0]}"? Rename the column.` : 'See docs/cli.md for the column names.',
      });
    }
  });
  for (const need of ['name', 'description']) {
    if (!header.includes(need)) {
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
    cols.forEach(([base, loc], i) => {
      // Excel writes line breaks inside a cell as CRLF: keep them as plain "\n".
      const v = (cells[i] ?? '').replace(/\r\n?/g, '\n').trim();
      if (!v) return;
      const col = header[i]!;
      if (TEXT.includes(base)) (texts[base] ??= {})[loc ?? locale] = v;
      else if (base.startsWith('address_') || ['city', 'state_province', 'postal_code', 'country'].includes(base)) {
        if (base == 'address_confidential') {
          if (TRUE.test(v)) address.confidential = true;
          else if (!FALSE.test(v)) problems.push(boolProblem(row, col, v));
        } else address[base] = v;
      } else if (base == 'organization_url') res.organization = { url: v };
      else if (SINGLE.includes(base)) res[base] = v;
      else if (LISTS.includes(base)) {
        const list = v.split(';').map((x) => x.trim()).filter(Boolean);
        res[base] = base == 'languages' ? list.map((x) => languageCode(x) ?? x) : list;
      } else if (base in PHONES) {
        for (const part of v.split(';').map((x) => x.trim()).filter(Boolean)) {
          const m = /^(.*?)[\s,]*(?:ext\.?|extension|x)\s*(\d{1,10})$/i.exec(part);
          phones.push({ number: m ? m[1]! : part, type: PHONES[base]!, ...(m ? { extension: m[2]! } : {}) });
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
    if (texts.schedule) res.schedules = [{ description: textOf('schedule') }];
    if (texts.service_area) res.service_areas = [{ name: textOf('service_area') }];
    if (Object.keys(address).length) res.address = address;
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

  const columnOf = (i: number, path: (string | number)[]): string => {
    const [field, a, b] = path;
    const withLoc = (base: string, loc: unknown) => (typeof loc == 'string' && loc != locale ? `${base}_${loc}` : base);
    if (field == 'phones' && typeof a == 'number') return phoneCols[i]?.[a] ?? 'phone';
    if (field == 'organization') return a == 'url' ? 'organization_url' : withLoc('organization', b);
    if (field == 'address') return a == 'confidential' ? 'address_confidential' : String(a ?? 'address_1');
    if (field == 'schedules') return withLoc('schedule', path[3]);
    if (field == 'service_areas') return withLoc('service_area', path[3]);
    if (TEXT.includes(String(field))) return withLoc(String(field), a);
    return String(field ?? '');
  };
  if (problems.some((p) => p.code == 'csv-missing-column')) return { bundle: null, problems, rows, columnOf };
  return { bundle: bundleOf(resources, { ...opts, locale, locales: [...locales] }), problems, rows, columnOf };
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
