/**
 * Validates a parsed bundle against schema/resource-bundle.schema.json plus the semantic rules the
 * schema cannot say (safe links, diallable phones, unique ids, facet values), and keeps what is good.
 * Owns: which parts of a bundle survive (a bad resource or facet drops alone; a bad meta gets
 * defaults) and the Problem codes. Does not own: parsing text, fetching, CLI-only lint (src/cli/).
 */

import schemaJson from '../../schema/resource-bundle.schema.json';
import { isObj, type Obj } from './guards.js';
import { HIDDEN_CHARS, isDiallable, isShortCode, safeHref } from './links.js';
import { checkAgainstSchema, show, type FormatCheck, type Schema } from './schema-check.js';
import type { Bundle, BundleMeta, Problem } from './types.js';

type Path = (string | number)[];

export const schema = schemaJson as unknown as Obj;

const err = (code: string, path: Path, message: string, fix?: string): Problem => ({
  severity: 'error',
  code,
  path,
  message,
  fix,
});

// Hidden characters are removed by the URL parser ("java\tscript:"): look at the scheme without them.
const HIDDEN = new RegExp(HIDDEN_CHARS.source, 'g');

/** Semantic checks for the schema's `x-format` annotations. */
export const FORMATS: Record<string, FormatCheck> = {
  link(v) {
    const s = v as string;
    if (safeHref(s)) return undefined;
    const scheme = /^([a-z][a-z\d+.-]*):/i.exec(s.replace(HIDDEN, ''))?.[1]!.toLowerCase();
    if (scheme && !/^(https?|mailto|tel)$/.test(scheme)) return ['link-scheme', `"${scheme}:" links are not allowed`];
    if (!scheme && /^[\w-]+(\.[\w-]+)+([/?#:]|$)/.test(s)) {
      return ['link-no-scheme', `${show(s)} has no https:// at the start`, `Add https:// at the start: "https://${s}".`];
    }
    return ['link-invalid', `${show(s)} is not a full, safe link`];
  },
  phone(v, parent) {
    const type = (isObj(parent) && parent.type) || 'voice';
    if (type == 'video' || (type == 'text' && isShortCode(v))) return undefined;
    if (isShortCode(v)) return ['phone', `${show(v)} is a text short code`, 'Set "type": "text" for this number.'];
    return isDiallable(v) ? undefined : ['phone', `${show(v)} cannot be dialled`, 'Write the whole number with its area code.'];
  },
  timezone(v) {
    return isTimeZone(v as string)
      ? undefined
      : ['timezone', `${show(v)} is not an IANA time zone`, 'Use a name such as "America/New_York"; a number of hours is wrong across daylight saving.'];
  },
};

/** True for a time zone name Intl knows ("America/Chicago", "UTC"); false for "-5" or "EST5EDT-ish" typos. */
export function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The resource properties a facet may read, from the schema itself. */
const FACET_FIELDS = (((schema.$defs as Obj).facet as Obj).properties as Obj).field as { enum: string[] };

export interface Validation {
  /** The usable bundle (bad resources and facets removed), or null when nothing is usable. */
  bundle: Bundle | null;
  /** Every problem found, top-level first, then by resource. */
  problems: Problem[];
  /** For each resource of `bundle`, its index in the input (the loading worker hands over only that). */
  from?: number[];
}

const GONE = Symbol('removed');

/**
 * A copy of `resource` without the parts at `paths` (e.g. ["url"], ["phones", 1], ["locations", 0, "latitude"]).
 * List items are removed after all paths are applied, so indexes stay right.
 */
function withoutParts(resource: Obj, paths: Path[]): Obj {
  const copy = structuredClone(resource);
  const lists = new Set<unknown[]>();
  for (const path of paths) {
    let node: unknown = copy;
    for (const key of path.slice(0, -1)) node = isObj(node) || Array.isArray(node) ? (node as Obj)[key as string] : undefined;
    const last = path[path.length - 1]!;
    if (Array.isArray(node) && typeof last == 'number') {
      node[last] = GONE;
      lists.add(node);
    } else if (isObj(node)) delete node[last as string];
  }
  for (const list of lists) list.splice(0, list.length, ...list.filter((x) => x !== GONE));
  return copy;
}

/**
 * The part of a resource a problem costs, when it costs less than the resource: a bad link costs the
 * link, a bad phone that phone, bad coordinates the coordinates, a bad location or schedule only itself.
 * Undefined: the resource goes.
 */
export function partCost(p: Problem): Path[] | undefined {
  const [, , field, k, sub] = p.path;
  const rest = p.path.slice(2);
  if (p.severity != 'error') return undefined;
  if (p.code.startsWith('link-')) return [rest];
  if (typeof k != 'number') return undefined;
  if (field == 'phones' || field == 'schedules') return [[field, k]];
  if (field != 'locations') return undefined;
  const coords: Path[] = [[field, k, 'latitude'], [field, k, 'longitude']];
  if (p.code == 'confidential-location') return [...coords, [field, k, 'address']];
  if (sub == 'latitude' || sub == 'longitude') return coords;
  if (sub == 'schedules' && typeof p.path[5] == 'number') return [[field, k, sub, p.path[5]]];
  return [[field, k]];
}

/** Checks on locations and schedules that the schema cannot say. */
function placeAndTimeProblems(res: unknown[]): Problem[] {
  const out: Problem[] = [];
  const schedules = (list: unknown, path: Path) => {
    if (!Array.isArray(list)) return;
    list.forEach((s, j) => {
      if (!isObj(s)) return;
      const at = [...path, j];
      for (const [a, b] of [['valid_from', 'valid_to'], ['dtstart', 'until']] as const) {
        if (typeof s[a] == 'string' && typeof s[b] == 'string' && s[a] > s[b]) {
          out.push(err('date-order', [...at, b], `${show(s[b])} is before ${a} ${show(s[a])}`, `Swap the dates, or correct ${b}.`));
        }
      }
      if (s.freq == 'WEEKLY' && typeof s.byday == 'string' && /\d/.test(s.byday)) {
        out.push(err('byday', [...at, 'byday'], `${show(s.byday)} numbers a week, which only a MONTHLY schedule can do`, 'Set "freq": "MONTHLY", or write the days without numbers.'));
      }
      if ((s.opens_at === undefined) != (s.closes_at === undefined)) {
        const missing = s.opens_at === undefined ? 'opens_at' : 'closes_at';
        out.push(err('hours-incomplete', [...at, missing], 'is missing: the hours need both an opening and a closing time', `Add "${missing}", or remove the other time.`));
      }
    });
  };
  res.forEach((r, i) => {
    if (!isObj(r)) return;
    schedules(r.schedules, ['resources', i, 'schedules']);
    if (!Array.isArray(r.locations)) return;
    r.locations.forEach((l, k) => {
      if (!isObj(l)) return;
      const at: Path = ['resources', i, 'locations', k];
      const hasLat = l.latitude !== undefined;
      if (l.confidential === true && (l.address !== undefined || hasLat || l.longitude !== undefined)) {
        out.push(
          err('confidential-location', [...at, l.address !== undefined ? 'address' : hasLat ? 'latitude' : 'longitude'], 'is shipped for a confidential location', 'Remove the address and the coordinates: a confidential place must not be findable.'),
        );
      } else if (hasLat != (l.longitude !== undefined)) {
        out.push(err('coordinates-pair', [...at, hasLat ? 'longitude' : 'latitude'], 'is missing: coordinates need both latitude and longitude', 'Add the other one, or remove both.'));
      } else if (l.latitude === 0 && l.longitude === 0) {
        out.push(err('coordinates-zero', [...at, 'latitude'], 'is 0, 0 (a point in the ocean: usually a missing value)', 'Remove the coordinates, or write the real ones.'));
      }
      schedules(l.schedules, [...at, 'schedules']);
    });
  });
  return out;
}

/** Warnings for hierarchical facets: a parent that is not a value, or a loop. The facet still works, flat. */
function hierarchyProblems(facets: unknown[]): Problem[] {
  const out: Problem[] = [];
  facets.forEach((f, i) => {
    if (!isObj(f) || !Array.isArray(f.values)) return;
    const parentOf = new Map<unknown, unknown>();
    for (const v of f.values) if (isObj(v)) parentOf.set(v.id, v.parent);
    f.values.forEach((v, j) => {
      if (!isObj(v) || v.parent === undefined) return;
      const at = ['facets', i, 'values', j, 'parent'];
      const warn = (code: string, message: string, fix: string) => void out.push({ severity: 'warning', code, path: at, message, fix });
      if (!parentOf.has(v.parent)) return warn('facet-parent', `${show(v.parent)} is not a value of this filter`, 'Add that value to "values", or remove "parent".');
      const seen = new Set<unknown>([v.id]);
      for (let p: unknown = v.parent; p !== undefined; p = parentOf.get(p)) {
        if (seen.has(p)) return warn('facet-cycle', `${show(v.parent)} leads back to ${show(v.id)} (a loop)`, 'Give the top value no "parent".');
        seen.add(p);
      }
    });
  });
  return out;
}

export function validateBundle(input: unknown): Validation {
  if (!isObj(input)) {
    return {
      bundle: null,
      problems: [err('not-object', [], 'is not a bundle', 'The file must be one object: { "format_version": 1, "meta": {…}, "resources": […] }.')],
    };
  }
  return finish(input, checkAgainstSchema(input, schema as Schema, FORMATS));
}

/**
 * validateBundle for big bundles: the same rules, with the resources checked in time slices of
 * about `sliceMs`, so a directory of 10,000 never blocks the page for long. Small ones: at once.
 */
export async function validateBundleInSlices(input: unknown, sliceMs = 12): Promise<Validation> {
  if (!isObj(input) || !Array.isArray(input.resources) || input.resources.length < 300) return validateBundle(input);
  const res = input.resources;
  const problems = checkAgainstSchema({ ...input, resources: [] }, schema as Schema, FORMATS);
  const resourceRoot = { $defs: schema.$defs, $ref: '#/$defs/resource' } as Schema;
  let sliceStart = performance.now();
  for (let i = 0; i < res.length; i++) {
    for (const p of checkAgainstSchema(res[i], resourceRoot, FORMATS)) problems.push({ ...p, path: ['resources', i, ...p.path] });
    if (performance.now() - sliceStart > sliceMs) {
      await new Promise((resume) => setTimeout(resume));
      sliceStart = performance.now();
    }
  }
  return finish(input, problems);
}

function finish(input: Obj, problems: Problem[]): Validation {
  const res = input.resources;
  if (!Array.isArray(res)) {
    return {
      bundle: null,
      problems: [
        err('no-resources', ['resources'], res === undefined ? 'is missing' : 'must be a list', ((schema.properties as Obj).resources as Obj)['x-fix'] as string),
        ...problems.filter((p) => p.path[0] != 'resources'),
      ],
    };
  }

  // Second and later copies of an id are invalid: keyed rendering and links need unique ids.
  const ids = new Set<unknown>();
  res.forEach((r, i) => {
    const id = isObj(r) && r.id;
    if (typeof id == 'string' && ids.has(id)) {
      problems.push(err('duplicate-id', ['resources', i, 'id'], `${show(id)} is already used by an earlier resource`, 'Give each resource its own id.'));
    }
    ids.add(id);
  });

  problems.push(...placeAndTimeProblems(res));
  const facets = Array.isArray(input.facets) ? input.facets : [];
  problems.push(...hierarchyProblems(facets));
  const badFacets = new Set(problems.map((p) => p.path[0] == 'facets' && p.path[1]));
  facets.forEach((f, i) => {
    if (!isObj(f) || badFacets.has(i)) return;
    const field = (f.field ?? f.id) as string;
    if (typeof field == 'string' && !FACET_FIELDS.enum.includes(field) && f.field === undefined) {
      problems.push(err('facet-field', ['facets', i, 'id'], `${show(field)} is not a resource field`, `Add "field": one of ${FACET_FIELDS.enum.join(', ')}.`));
    }
    if (!Array.isArray(f.values)) return;
    const allowed = f.values.map((v) => isObj(v) && v.id);
    const allowedSet = new Set(allowed); // thousands of values in a 211 taxonomy
    res.forEach((r, ri) => {
      const val = isObj(r) ? r[field] : undefined;
      (Array.isArray(val) ? val : [val]).forEach((x, j) => {
        if (typeof x == 'string' && !allowedSet.has(x)) {
          problems.push(
            err(
              'unknown-facet-value',
              Array.isArray(val) ? ['resources', ri, field, j] : ['resources', ri, field],
              `${show(x)} is not a value of the "${f.id}" filter`,
              `Use one of: ${allowed.join(', ')}; or add it to that filter's "values".`,
            ),
          );
        }
      });
    });
  });

  // An unsafe or broken link costs only the link, a bad phone only that phone (see partCost): the resource still shows.
  const trimmed = new Map<number, Path[]>();
  // Which top-level parts are bad: bad[key] holds the bad child keys; `undefined` = the whole part.
  const bad: Record<string, Set<unknown>> = {};
  for (const p of problems) {
    const [a, b] = p.path;
    const cost = a == 'resources' && typeof b == 'number' ? partCost(p) : undefined;
    if (cost) trimmed.set(b as number, [...(trimmed.get(b as number) ?? []), ...cost]);
    else if (p.severity == 'error') (bad[a!] ??= new Set()).add(b);
    if (a == 'resources' && typeof b == 'number') {
      p.resourceIndex = b;
      const id = isObj(res[b]) && (res[b] as Obj).id;
      if (typeof id == 'string') p.resourceId = id;
    }
  }
  const ok = (a: string, b?: unknown) => !bad[a]?.has(undefined) && !bad[a]?.has(b);
  const keep = (o: unknown, a: string) =>
    Object.fromEntries(Object.entries(isObj(o) && ok(a) ? o : {}).filter(([k]) => ok(a, k)));

  const bundle = {
    ...input,
    format_version: 1,
    // A bad meta field falls back to a safe default; good fields are kept.
    meta: { title: 'Resources', default_locale: 'en', locales: ['en'], ...keep(input.meta, 'meta') } as BundleMeta,
    resources: [],
  } as unknown as Bundle;
  const from: number[] = [];
  res.forEach((r, i) => ok('resources', i) && (from.push(i), bundle.resources.push((trimmed.has(i) ? withoutParts(r as Obj, trimmed.get(i)!) : r) as Bundle['resources'][number])));
  if (Array.isArray(input.facets) && ok('facets')) bundle.facets = facets.filter((_, i) => ok('facets', i));
  else delete bundle.facets;
  if (isObj(input.synonyms)) bundle.synonyms = keep(input.synonyms, 'synonyms') as Bundle['synonyms'];
  if (!ok('$schema')) delete bundle.$schema;

  problems.sort((p, q) => (p.resourceIndex ?? -1) - (q.resourceIndex ?? -1));
  return { bundle, problems, from };
}

// Re-exported: the CLI and tests read them from here.
export { formatProblem, problemPlace } from './problem-text.js';
