/**
 * Helpers shared by the importers: ids from names, language names to codes, facets from the
 * values used, and the bundle's meta block.
 * Owns: how an imported bundle is assembled. Does not own: reading CSV or HSDS (csv.ts, hsds.ts)
 * or validating the result (core/validate.ts).
 */

import type { Bundle, FacetDef, Resource } from '../core/types.js';

/** A valid id (`^[a-z0-9][a-z0-9-]{0,99}$`) from any text: "Légal Aid!" → "legal-aid". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
}

/** Makes `id` unique among `taken` by adding -2, -3… */
export function uniqueId(id: string, taken: Set<string>): string {
  let out = id;
  for (let n = 2; taken.has(out); n++) out = `${id.slice(0, 95)}-${n}`;
  taken.add(out);
  return out;
}

let names: Map<string, string> | undefined;

/**
 * A language code from a code or a name in English or Spanish ("Spanish", "Español", "es", "ASL").
 * Undefined when unknown.
 */
export function languageCode(raw: string): string | undefined {
  const s = raw.trim();
  if (/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(s)) return s;
  if (/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(s)) return s.split('-')[0]!.toLowerCase() + s.slice(s.indexOf('-') < 0 ? s.length : s.indexOf('-'));
  if (!names) {
    names = new Map([
      ['asl', 'ase'],
      ['american sign language', 'ase'],
      ['sign language', 'ase'],
      ['lengua de señas americana', 'ase'],
      ['haitian creole', 'ht'],
      ['creole', 'ht'],
      ['chinese', 'zh'],
      ['mandarin', 'zh'],
      ['cantonese', 'yue'],
      ['farsi', 'fa'],
    ]);
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (const display of ['en', 'es']) {
      const dn = new Intl.DisplayNames([display], { type: 'language' });
      for (const a of letters) {
        for (const b of letters) {
          const code = a + b;
          const name = dn.of(code);
          if (name && name != code && !names.has(name.toLowerCase())) names.set(name.toLowerCase(), code);
        }
      }
    }
  }
  return names.get(s.toLowerCase());
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

const FACET_LABELS: Record<string, string> = {
  categories: 'Category',
  audiences: 'Audience',
  resource_type: 'Type',
  channels: 'How to reach',
  languages: 'Language',
  cost: 'Cost',
  availability: 'Availability',
};

/**
 * Facets for the values the resources use, in first-seen order. Languages and channels stay open
 * (the widget labels them itself); the others list their values so typos are caught next time.
 */
export function facetsFor(resources: Resource[]): FacetDef[] {
  const out: FacetDef[] = [];
  for (const field of Object.keys(FACET_LABELS) as (keyof typeof FACET_LABELS)[]) {
    const found = new Set<string>(); // insertion order = first seen
    for (const r of resources) {
      const v = (r as unknown as Record<string, unknown>)[field];
      for (const x of Array.isArray(v) ? v : v === undefined ? [] : [v]) if (typeof x == 'string') found.add(x);
    }
    const seen = [...found];
    if (!seen.length) continue;
    const open = field == 'languages' || field == 'channels';
    out.push({
      id: field.replace('_', '-'),
      ...(field.includes('_') ? { field: field as FacetDef['field'] } : {}),
      label: FACET_LABELS[field]!,
      ...(open ? {} : { values: seen.map((id) => ({ id, label: id })) }),
    });
  }
  return out;
}

export interface MetaOptions {
  title?: string;
  locale?: string;
  locales?: string[];
}

export function bundleOf(resources: Resource[], opts: MetaOptions, extra: Partial<Bundle['meta']> = {}): Bundle {
  const locale = opts.locale ?? 'en';
  const locales = [locale, ...(opts.locales ?? []).filter((l) => l != locale)];
  const facets = facetsFor(resources);
  return {
    format_version: 1,
    meta: { title: opts.title ?? 'Resources', default_locale: locale, locales, updated: today(), ...extra },
    ...(facets.length ? { facets } : {}),
    resources,
  };
}

/**
 * An extension written inside a phone number: "305-573-4200 x57471", "555-0100 ext. 12",
 * "555-0100, extension 12", "555-0100 #12" → number and extension. Otherwise the number alone.
 */
export function splitExtension(raw: string): { number: string; extension?: string } {
  const m = /^(.*?\d.*?)[\s,;]*(?:ext\.?|extension|x|#)\s*(\d{1,10})\s*$/i.exec(raw.trim());
  return m ? { number: m[1]!.trim(), extension: m[2]! } : { number: raw.trim() };
}
