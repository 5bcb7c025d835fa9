/**
 * A language code's name in a locale ("es" → "Spanish" / "español"), through Intl.DisplayNames.
 * Owns: the one naming rule used by the languages facet and by the cards. Formatters are cached per
 * locale because both are called on every render.
 */
const namers = new Map<string, Intl.DisplayNames | null>();

/** The name of language `code` in `locale` (English when the locale has no names); the code itself when unknown. */
export function languageName(code: string, locale: string): string {
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
