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
};

/** The resource properties a facet may read, from the schema itself. */
const FACET_FIELDS = (((schema.$defs as Obj).facet as Obj).properties as Obj).field as { enum: string[] };

export interface Validation {
  /** The usable bundle (bad resources and facets removed), or null when nothing is usable. */
  bundle: Bundle | null;
  /** Every problem found, top-level first, then by resource. */
  problems: Problem[];
}

/** A copy of `resource` without the fields at `paths` (e.g. ["url"], ["organization", "url"]). */
function withoutLinks(resource: Obj, paths: Path[]): Obj {
  const copy = structuredClone(resource);
  for (const path of paths) {
    let node: unknown = copy;
    for (const key of path.slice(0, -1)) node = isObj(node) || Array.isArray(node) ? (node as Obj)[key as string] : undefined;
    if (isObj(node)) delete node[path[path.length - 1] as string];
  }
  return copy;
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

  const facets = Array.isArray(input.facets) ? input.facets : [];
  const badFacets = new Set(problems.map((p) => p.path[0] == 'facets' && p.path[1]));
  facets.forEach((f, i) => {
    if (!isObj(f) || badFacets.has(i)) return;
    const field = (f.field ?? f.id) as string;
    if (typeof field == 'string' && !FACET_FIELDS.enum.includes(field) && f.field === undefined) {
      problems.push(err('facet-field', ['facets', i, 'id'], `${show(field)} is not a resource field`, `Add "field": one of ${FACET_FIELDS.enum.join(', ')}.`));
    }
    if (!Array.isArray(f.values)) return;
    const allowed = f.values.map((v) => isObj(v) && v.id);
    res.forEach((r, ri) => {
      const val = isObj(r) ? r[field] : undefined;
      (Array.isArray(val) ? val : [val]).forEach((x, j) => {
        if (typeof x == 'string' && !allowed.includes(x)) {
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

  // An unsafe or broken link costs only the link: the resource still shows, without it.
  const unlinked = new Map<number, Path[]>();
  // Which top-level parts are bad: bad[key] holds the bad child keys; `undefined` = the whole part.
  const bad: Record<string, Set<unknown>> = {};
  for (const p of problems) {
    const [a, b] = p.path;
    if (a == 'resources' && typeof b == 'number' && p.code.startsWith('link-')) {
      unlinked.set(b, [...(unlinked.get(b) ?? []), p.path.slice(2)]);
    } else (bad[a!] ??= new Set()).add(b);
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
    resources: res.flatMap((r, i) => (ok('resources', i) ? [unlinked.has(i) ? withoutLinks(r as Obj, unlinked.get(i)!) : r] : [])),
  } as Bundle;
  if (Array.isArray(input.facets) && ok('facets')) bundle.facets = facets.filter((_, i) => ok('facets', i));
  else delete bundle.facets;
  if (isObj(input.synonyms)) bundle.synonyms = keep(input.synonyms, 'synonyms') as Bundle['synonyms'];
  if (!ok('$schema')) delete bundle.$schema;

  problems.sort((p, q) => (p.resourceIndex ?? -1) - (q.resourceIndex ?? -1));
  return { bundle, problems };
}

/** Where a problem is, in words: `resource 12 (id "legal-aid"), field "phones[1].number"`. Counts from 1. */
export function problemPlace(p: Problem): string {
  const r = p.resourceIndex;
  const head = r === undefined ? '' : `resource ${r + 1}` + (p.resourceId ? ` (id "${p.resourceId}")` : '');
  const rest = p.path
    .slice(r === undefined ? 0 : 2)
    .map((k, i) => (typeof k == 'number' ? `[${k + 1}]` : (i ? '.' : '') + k))
    .join('');
  return [head, rest && `field "${rest}"`].filter(Boolean).join(', ') || 'the file';
}

/** One line for people: where, what is wrong, how to fix it. */
export function formatProblem(p: Problem): string {
  return `${problemPlace(p)}: ${p.message}.${p.fix ? ' ' + p.fix : ''}`;
}
