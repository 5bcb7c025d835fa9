/**
 * CLI-only checks that cost no browser bytes: missing translations, invisible and look-alike
 * characters, empty strings, http:// links, a byte-order mark, locale consistency, and data hygiene
 * (escape sequences as text, marker junk, mojibake, all-capital names: hygiene.ts).
 * Owns: these warnings (and the few character errors in code-like fields, see docs/cli.md).
 * Does not own: the schema rules or the widget's semantic rules (core/validate.ts).
 */

import { isObj, type Obj } from '../core/guards.js';
import type { Problem } from '../core/types.js';
import { hygiene } from './hygiene.js';
import { foldForSearch, words } from '../core/text.js';
import { stemmerFor } from '../core/stem.js';

type Path = (string | number)[];

/** Fields whose text is matched or followed by machines: any hidden or look-alike character there is an error. */
const CODE_FIELDS = new Set([
  'id', 'url', 'email', 'number', 'extension', 'categories', 'audiences', 'resource_type', 'channels',
  'availability', 'cost', 'languages', 'default_locale', 'locales', 'corrections_contact', 'status',
  'checked', 'assured_date', 'updated', 'field', 'format_version', '$schema',
]);

const NAMES: Record<number, string> = {
  0x00a0: 'NO-BREAK SPACE',
  0x00ad: 'SOFT HYPHEN',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2007: 'FIGURE SPACE',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x202f: 'NARROW NO-BREAK SPACE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (byte-order mark)',
};

const hex = (c: number) => 'U+' + c.toString(16).toUpperCase().padStart(4, '0');
const INVISIBLE = /[\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|[\0-\x08\x0b\x0c\x0e-\x1f\x7f]/gu;
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;
const NBSP = /[\u00a0\u2007\u202f]/gu;
const WORD = /[\p{L}\p{M}]+/gu;
const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function* strings(v: unknown, path: Path, depth = 0): Generator<[string, Path]> {
  if (depth > 64) return; // hostile nesting: the schema check already rejects it
  if (typeof v == 'string') yield [v, path];
  else if (Array.isArray(v)) for (let i = 0; i < v.length; i++) yield* strings(v[i], [...path, i], depth + 1);
  else if (isObj(v)) for (const k of Object.keys(v)) yield* strings(v[k], [...path, k], depth + 1);
}

/** The field a string belongs to: the last key name in its path (`categories` for categories[2]). */
const fieldOf = (path: Path) => [...path].reverse().find((k) => typeof k == 'string') as string | undefined;

function at(p: Omit<Problem, 'resourceIndex' | 'resourceId'>, doc: Obj): Problem {
  const [a, b] = p.path;
  if (a != 'resources' || typeof b != 'number') return p;
  const r = (doc.resources as unknown[])[b];
  const id = isObj(r) && typeof r.id == 'string' ? r.id : undefined;
  return { ...p, resourceIndex: b, ...(id ? { resourceId: id } : {}) };
}

/** Character-level checks on one string. */
function charProblems(s: string, path: Path): Omit<Problem, 'resourceIndex' | 'resourceId'>[] {
  const out: Omit<Problem, 'resourceIndex' | 'resourceId'>[] = [];
  // Plain printable ASCII (most strings) can hold none of the characters checked below.
  if (/^[\x20-\x7e\n\r\t]*$/.test(s)) return out;
  const code = CODE_FIELDS.has(fieldOf(path) ?? '');
  for (const m of s.matchAll(INVISIBLE)) {
    const c = m[0].codePointAt(0)!;
    const i = m.index!;
    // A joiner inside an emoji sequence (👩‍⚕️) is meant to be there.
    if (c == 0x200d && /\p{Extended_Pictographic}|\ufe0f/u.test(s.slice(Math.max(0, i - 2), i))) continue;
    const bidi = BIDI.test(m[0]);
    out.push({
      severity: code || bidi ? 'error' : 'warning',
      code: bidi ? 'bidi-control' : 'invisible-char',
      path,
      message: `contains the invisible character ${hex(c)} ${NAMES[c] ?? 'CONTROL CHARACTER'} at character ${i + 1}`,
      fix: bidi
        ? 'Delete it: it can make text display in a different order than it is read.'
        : 'Delete it: retype the text, or paste it as plain text.',
    });
    break; // one per string is enough to make someone look
  }
  const nb = [...s.matchAll(NBSP)];
  if (nb.length && (code || /^[\u00a0\u2007\u202f]|[\u00a0\u2007\u202f]$/.test(s))) {
    const c = nb[0]![0].codePointAt(0)!;
    out.push({
      severity: code ? 'error' : 'warning',
      code: 'nbsp',
      path,
      message: `contains ${hex(c)} ${NAMES[c]} at character ${nb[0]!.index! + 1}`,
      fix: code ? 'Delete it (no spaces belong here).' : 'Delete it or replace it with a normal space.',
    });
  }
  for (const w of s.match(WORD) ?? []) {
    const latin = /\p{Script=Latin}/u.test(w);
    const other = /[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(w);
    if (latin && other) {
      const odd = [...w].filter((ch) => /[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(ch));
      out.push({
        severity: code ? 'error' : 'warning',
        code: 'confusable',
        path,
        message: `the word "${w}" mixes Latin letters with look-alike Cyrillic or Greek letters (${odd.map((ch) => `"${ch}" ${hex(ch.codePointAt(0)!)}`).join(', ')})`,
        fix: 'Retype the word with a normal (Latin) keyboard.',
      });
      break;
    }
  }
  if (LONE.test(s)) {
    out.push({ severity: 'warning', code: 'broken-char', path, message: 'contains a broken character (a lone surrogate)', fix: 'Retype the text around it.' });
  }
  return out;
}

export interface LintOptions {
  /** The file started with a byte-order mark. */
  bom?: boolean;
}

/** CLI-only warnings (and a few errors) for a parsed bundle. Safe on any input shape. */
/**
 * Synonym groups as the search reads them (folded, then stemmed in the group's language): a
 * member with no word never matches; two members of one group that are the same word, or one
 * word in two groups (the search then merges them), are most likely mistakes.
 */
function lintSynonymGroups(groups: unknown[], loc: string, push: (p: Problem) => void): void {
  const stem = stemmerFor(loc);
  const seen = new Map<string, number>();
  groups.forEach((g, gi) => {
    if (!Array.isArray(g)) return;
    const mine = new Map<string, string>();
    g.forEach((m, mi) => {
      if (typeof m != 'string') return;
      const path = ['synonyms', loc, gi, mi];
      const toks = words(foldForSearch(m));
      if (!toks.length) {
        push({ severity: 'error', code: 'synonym-no-words', path, message: `"${m}" has no letters or digits, so it never matches`, fix: 'Write a word or phrase, or remove it.' });
        return;
      }
      const key = toks.map(stem).join(' ');
      const twin = mine.get(key);
      if (twin !== undefined) {
        push({ severity: 'warning', code: 'synonym-duplicate', path, message: `"${m}" is the same word as "${twin}" to the search (plural, case and accents do not matter)`, fix: `Remove "${m}".` });
        return;
      }
      mine.set(key, m);
      const other = seen.get(key);
      if (other !== undefined && other !== gi) {
        push({ severity: 'warning', code: 'synonym-overlap', path, message: `"${m}" is also in group ${other + 1} of "${loc}": the search treats the two groups as one`, fix: `Merge groups ${other + 1} and ${gi + 1}, or keep "${m}" in one of them.` });
      } else seen.set(key, gi);
    });
  });
}

export function lintBundle(doc: unknown, opts: LintOptions = {}): Problem[] {
  const out: Problem[] = [];
  if (opts.bom) {
    out.push({
      severity: 'warning',
      code: 'bom',
      path: [],
      message: 'starts with an invisible byte-order mark (BOM)',
      fix: 'It was ignored. To remove it, save the file as "UTF-8" without BOM.',
    });
  }
  if (!isObj(doc)) return out;
  const push = (p: Omit<Problem, 'resourceIndex' | 'resourceId'>) => out.push(at(p, doc));

  for (const [s, path] of strings(doc, [])) {
    for (const p of charProblems(s, path)) push(p);
    const field = fieldOf(path);
    if (s.trim() == '' && path.length) {
      push({ severity: 'warning', code: 'empty', path, message: 'is empty', fix: 'Fill it in, or remove the field.' });
    }
    if (!CODE_FIELDS.has(field ?? '') && path[0] == 'resources') {
      // A name is text at ".name" or a translation of it (".name.es").
      const isName = path[path.length - 1] == 'name' || (path[path.length - 2] == 'name' && typeof path[path.length - 1] == 'string');
      for (const h of hygiene(s, isName)) push({ severity: 'warning', code: h.code, path, message: h.message, fix: h.fix });
    }
    if ((field == 'url' || field == 'corrections_contact') && /^http:\/\//i.test(s)) {
      push({ severity: 'warning', code: 'link-http', path, message: 'uses http:// (not encrypted)', fix: `Use "https://${s.slice(7)}" if the site supports it.` });
    }
  }

  const meta = isObj(doc.meta) ? doc.meta : {};
  const locales = Array.isArray(meta.locales) ? meta.locales.filter((l): l is string => typeof l == 'string') : [];
  if (typeof meta.default_locale == 'string' && locales.length && !locales.includes(meta.default_locale)) {
    push({
      severity: 'warning',
      code: 'default-locale',
      path: ['meta', 'default_locale'],
      message: `"${meta.default_locale}" is not in "locales"`,
      fix: `Add "${meta.default_locale}" to "meta.locales".`,
    });
  }
  if (isObj(doc.synonyms)) {
    for (const loc of Object.keys(doc.synonyms)) {
      if (locales.length && !locales.includes(loc) && !locales.some((l) => l.split('-')[0] == loc)) {
        push({ severity: 'warning', code: 'synonym-locale', path: ['synonyms', loc], message: `"${loc}" is not one of the bundle's locales`, fix: `Add "${loc}" to "meta.locales", or remove these synonyms.` });
      }
      const groups = doc.synonyms[loc];
      if (Array.isArray(groups)) lintSynonymGroups(groups, loc, push);
    }
  }

  // A declared locale with no text in a resource's name or description: readers see the fallback.
  if (locales.length > 1 && Array.isArray(doc.resources)) {
    const fallback = typeof meta.default_locale == 'string' ? meta.default_locale : locales[0];
    doc.resources.forEach((r, i) => {
      if (!isObj(r)) return;
      for (const field of ['name', 'description']) {
        const v = r[field];
        if (typeof v == 'string') {
          push({
            severity: 'warning',
            code: 'missing-translation',
            path: ['resources', i, field],
            message: `is in one language only (the bundle lists ${locales.join(', ')})`,
            fix: `Write it as {${locales.map((l) => `"${l}": "…"`).join(', ')}}.`,
          });
        } else if (isObj(v)) {
          const keys = Object.keys(v).map((k) => k.toLowerCase());
          const missing = locales.filter((l) => !keys.includes(l.toLowerCase()) && !keys.includes(l.split('-')[0]!.toLowerCase()));
          for (const l of missing) {
            push({
              severity: 'warning',
              code: 'missing-translation',
              path: ['resources', i, field],
              message: `has no "${l}" text (readers in "${l}" see the "${fallback}" text)`,
              fix: `Add "${l}": "…" to it.`,
            });
          }
        }
      }
    });
  }
  return out;
}
