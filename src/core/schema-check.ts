/**
 * A tiny JSON Schema interpreter: walks schema/resource-bundle.schema.json at run time, so the
 * widget and the CLI enforce the same rules from one definition.
 * Owns: exactly the keywords that schema uses (type, properties, required, items, enum, minimum,
 * maximum, minLength, maxLength, pattern, minItems, uniqueItems, minProperties, propertyNames,
 * additionalProperties, anyOf, local $ref, x-fix, x-format). No eval, no code generation.
 * Does not own: where the problems go, or checks the schema cannot express (validate.ts).
 */

import { isObj } from './guards.js';
import type { Problem } from './types.js';

export type Schema = { [keyword: string]: unknown } | boolean;
type Path = (string | number)[];

/** A checker for one `x-format` name: returns [code, message, fix?] when the value fails. */
export type FormatCheck = (value: unknown, parent: unknown) => [string, string, string?] | undefined | null | void;

interface Ctx {
  root: Schema;
  formats: Record<string, FormatCheck>;
  out: Problem[];
}


/** The JSON type of a value, as JSON Schema names it. */
export function jsonType(v: unknown): string {
  return v === null
    ? 'null'
    : Array.isArray(v)
      ? 'array'
      : Number.isInteger(v)
        ? 'integer'
        : typeof v == 'number'
          ? 'number'
          : typeof v;
}

const WORDS: Record<string, string> = {
  string: 'text',
  object: 'an object { }',
  array: 'a list [ ]',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  null: 'null',
};

/** Quotes a value for a message, shortened: messages are shown as text, never as HTML. */
export const show = (v: unknown): string => {
  const s = typeof v == 'string' ? v : JSON.stringify(v) ?? String(v);
  return '"' + (s.length > 40 ? s.slice(0, 40) + '…' : s) + '"';
};

const regexes = new Map<string, RegExp>();
// ajv 2020 compiles patterns with the "u" flag; do the same so both agree.
const re = (p: string) => regexes.get(p) ?? regexes.set(p, new RegExp(p, 'u')).get(p)!;

function resolve(ctx: Ctx, s: Schema): Schema {
  // Only local refs ("#/$defs/name") are used by our schema.
  while (isObj(s) && typeof s.$ref == 'string') {
    let t: unknown = ctx.root;
    for (const k of s.$ref.slice(2).split('/')) t = isObj(t) ? t[k] : undefined;
    const fix = s['x-fix'];
    s = (fix && isObj(t) ? { ...t, 'x-fix': t['x-fix'] ?? fix } : t) as Schema;
  }
  return s;
}

function add(ctx: Ctx, code: string, path: Path, message: string, fix?: unknown) {
  ctx.out.push({ severity: 'error', code, path, message, fix: typeof fix == 'string' ? fix : undefined });
}

/** The plain-word kind of value(s) a schema expects, for "must be …" messages. */
function kinds(ctx: Ctx, s: Schema): string[] {
  s = resolve(ctx, s);
  if (!isObj(s)) return [];
  if (Array.isArray(s.anyOf)) return s.anyOf.flatMap((b: Schema) => kinds(ctx, b));
  return typeof s.type == 'string' ? [WORDS[s.type] ?? s.type] : [];
}

function typeOk(want: unknown, got: string): boolean {
  return want === undefined || want === got || (want == 'number' && got == 'integer');
}

/**
 * Checks one value. `fix` is inherited only through $ref and anyOf (same value, other node).
 * Returns true when the value passed.
 */
function check(ctx: Ctx, v: unknown, s0: Schema, path: Path, inherited?: unknown, parent?: unknown): boolean {
  const s = resolve(ctx, s0);
  if (s === false) return add(ctx, 'not-allowed', path, 'is not allowed here', 'Remove this field.'), false;
  if (!isObj(s)) return true;
  const fix = s['x-fix'] ?? inherited;
  const t = jsonType(v);
  const before = ctx.out.length;
  const fail = (code: string, message: string, fallback?: string) => (add(ctx, code, path, message, fix ?? fallback), false);

  if (Array.isArray(s.anyOf)) {
    const branches = s.anyOf as Schema[];
    // Report one clear message: the problems of the one branch of the value's own type, else a type error.
    const same = branches.filter((b) => typeOk((resolve(ctx, b) as Record<string, unknown>).type, t));
    if (!branches.some((b) => check({ ...ctx, out: [] }, v, b, path, undefined, parent))) {
      if (same.length == 1) check(ctx, v, same[0]!, path, fix, parent);
      else fail('type', `must be ${kinds(ctx, s).join(' or ')}, not ${WORDS[t] ?? t}`);
      return false;
    }
  }

  // Keywords on one value: stop at the first failure, one message per field.
  if (!typeOk(s.type, t)) return fail('type', `must be ${WORDS[s.type as string]}, not ${WORDS[t] ?? t}`);
  if (Array.isArray(s.enum) && !s.enum.includes(v)) {
    return fail('enum', `${show(v)} is not allowed`, 'Use one of: ' + s.enum.join(', ') + '.');
  }
  if (typeof v == 'number') {
    if (typeof s.minimum == 'number' && v < s.minimum) return fail('minimum', `must be at least ${s.minimum}`);
    if (typeof s.maximum == 'number' && v > s.maximum) return fail('maximum', `must be at most ${s.maximum}`);
  }
  if (typeof v == 'string') {
    const n = [...v].length; // characters, not UTF-16 units (as ajv counts)
    if (typeof s.minLength == 'number' && n < s.minLength) return fail('minLength', n ? 'is too short' : 'is empty');
    if (typeof s.maxLength == 'number' && n > s.maxLength) {
      return fail('maxLength', `is too long (over ${s.maxLength} characters)`, 'Shorten it.');
    }
    if (typeof s.pattern == 'string' && !re(s.pattern).test(v)) {
      return fail('pattern', /\S/.test(v) ? `${show(v)} is not in the expected form` : 'is blank', 'Check the format.');
    }
    const fmt = ctx.formats[s['x-format'] as string];
    const bad = fmt && fmt(v, parent);
    if (bad) return add(ctx, bad[0], path, bad[1], bad[2] ?? fix), false;
  }
  if (Array.isArray(v)) {
    if (typeof s.minItems == 'number' && v.length < s.minItems) {
      return fail('minItems', `needs at least ${s.minItems} item${s.minItems > 1 ? 's' : ''}`, 'Add more items.');
    }
    if (s.uniqueItems === true) {
      const seen = new Set<string>();
      for (const item of v) {
        let key: string;
        try {
          key = typeof item + JSON.stringify(item);
        } catch {
          continue;
        }
        if (seen.has(key)) return fail('uniqueItems', `lists ${show(item)} twice`, 'Remove the repeated item.');
        seen.add(key);
      }
    }
    if (s.items !== undefined) v.forEach((item, i) => check(ctx, item, s.items as Schema, [...path, i], undefined, v));
  }
  if (isObj(v)) {
    const keys = Object.keys(v);
    if (typeof s.minProperties == 'number' && keys.length < s.minProperties) return fail('minProperties', 'is empty');
    if (Array.isArray(s.required)) {
      for (const k of s.required as string[]) {
        if (!Object.prototype.hasOwnProperty.call(v, k)) add(ctx, 'required', [...path, k], 'is missing', `Add "${k}".`);
      }
    }
    const props = isObj(s.properties) ? s.properties : {};
    for (const k of keys) {
      if (s.propertyNames !== undefined && !check({ ...ctx, out: [] }, k, s.propertyNames as Schema, [])) {
        const ps = resolve(ctx, s.propertyNames as Schema);
        add(ctx, 'propertyNames', [...path, k], `${show(k)} is not a valid name here`, isObj(ps) ? ps['x-fix'] : undefined);
        continue;
      }
      // Own properties only: a "__proto__" or "constructor" key is data, never a lookup into Object.prototype.
      const sub = Object.prototype.hasOwnProperty.call(props, k) ? props[k] : s.additionalProperties;
      if (sub !== undefined) check(ctx, v[k], sub as Schema, [...path, k], undefined, v);
    }
  }
  return ctx.out.length == before;
}

/**
 * Every way `value` breaks `schema`, with paths and plain-language messages; [] when valid.
 * `formats` adds semantic checks for `x-format` names (validate.ts passes "link" and "phone").
 */
export function checkAgainstSchema(value: unknown, schema: Schema, formats: Record<string, FormatCheck> = {}): Problem[] {
  const ctx: Ctx = { root: schema, formats, out: [] };
  check(ctx, value, schema, []);
  return ctx.out;
}
