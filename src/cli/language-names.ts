/**
 * `meta.language_names` for a bundle `build` writes: every language code its resources and a
 * languages facet use, named in each UI language and each of the bundle's locales, by the same rule
 * the page uses (core/language-name.ts, Intl.DisplayNames with English as the fallback). With them
 * the page never loads the browser's table of language names, about 100 ms on a slow phone.
 * Names the bundle already gives are kept; a code Intl cannot name is left to the page.
 */
import { nameOf } from '../core/language-name.js';
import { sourceLocale, targetLocales } from '../i18n/generated/locale-codes.js';
import type { Bundle } from '../core/types.js';

export function languageNames(bundle: Bundle): Record<string, Record<string, string>> | undefined {
  const codes = new Set<string>();
  for (const r of bundle.resources) for (const code of r.languages ?? []) codes.add(code);
  for (const f of bundle.facets ?? []) if ((f.field ?? f.id) === 'languages') for (const v of f.values ?? []) codes.add(v.id);
  const given = bundle.meta.language_names ?? {};
  if (!codes.size) return bundle.meta.language_names;
  const out: Record<string, Record<string, string>> = {};
  for (const locale of new Set([sourceLocale, ...targetLocales, ...bundle.meta.locales])) {
    const names: Record<string, string> = { ...given[locale] };
    for (const code of [...codes].sort()) {
      if (names[code]) continue;
      const name = nameOf(code, locale);
      if (name && name !== code) names[code] = name;
    }
    if (Object.keys(names).length) out[locale] = names;
  }
  // Names given for other locales stay too.
  for (const locale of Object.keys(given)) out[locale] ??= given[locale];
  return out;
}
