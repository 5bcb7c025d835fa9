/**
 * A language code's name in a locale ("es" → "Spanish" / "español"), through Intl.DisplayNames.
 * Owns: the one naming rule used by the languages facet and by the cards. Formatters and names are
 * cached per locale: both callers ask on every keystroke, and Intl.DisplayNames is slow enough to
 * show there at 10,000 resources.
 */
const namers = new Map<string, Intl.DisplayNames | null>();
// The built-in UI languages' own names, known: the language switch in the first render then makes no
// Intl.DisplayNames (each costs milliseconds to make on a slow phone, in the page's first task).
const names = new Map<string, string>([['en en', 'English'], ['es es', 'español']]);

/**
 * Takes the names a bundle gives (`meta.language_names`: locale → code → name, written by `build`),
 * so naming its languages needs no Intl.DisplayNames. A name known already is kept (one page may
 * hold several bundles). Returns whether `codes` still need the browser's names in `locale`.
 */
export function addLanguageNames(given: Record<string, Record<string, string>> = {}, codes: Iterable<string>, locale: string): boolean {
  for (const loc in given) {
    for (const code in given[loc]) {
      const name = given[loc][code];
      if (typeof name == 'string' && name && !names.has(`${loc} ${code}`)) names.set(`${loc} ${code}`, name);
    }
  }
  for (const code of codes) if (!names.has(`${locale} ${code}`)) return true;
  return false;
}

/** The name of language `code` in `locale` (English when the locale has no names); the code itself when unknown. */
export function languageName(code: string, locale: string): string {
  const key = `${locale} ${code}`;
  let name = names.get(key);
  if (name === undefined) names.set(key, (name = nameOf(code, locale)));
  return name;
}

/** The browser's (or Node's) name of `code` in `locale`, through Intl.DisplayNames; the code itself when it has none. */
export function nameOf(code: string, locale: string): string {
  let namer = namers.get(locale);
  if (namer === undefined) {
    try {
      namer = new Intl.DisplayNames([locale, 'en'], { type: 'language' });
    } catch {
      namer = null;
    }
    namers.set(locale, namer);
  }
  try {
    return namer?.of(code) ?? code;
  } catch {
    return code;
  }
}
