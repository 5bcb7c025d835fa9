/**
 * Normalize: the last step of loading. Turns a validated bundle into one every later step can read
 * without knowing that bundle text may be one string or a map of locale → string.
 * Owns: resolving localized text, once per locale (the fallback order itself is text.ts's), and the
 * count of resources dropped as invalid. Does not own: validation (validate.ts), indexing (engine.ts).
 * New derived fields (locations, opening hours, …) belong here, next to `text`.
 */
import { localizedText } from './text.js';
import type { Bundle, LocalizedText, Problem } from './types.js';
import type { EngineOptions } from './engine.js';
import type { SplitGate } from './split-source.js';

/** Text as shown, with the locale it is really in (differs from the asked one when it fell back). */
export interface Shown {
  text: string;
  lang: string;
}

/** The bundle's text in one locale. */
export interface LocaleText {
  readonly locale: string;
  /** Any text of the bundle in this locale; undefined when the bundle has none. */
  text(value: LocalizedText | undefined): Shown | undefined;
  /** The bundle's title. */
  readonly title: string;
}

/** A validated bundle ready for every locale it offers. */
export interface NormalizedBundle {
  readonly bundle: Bundle;
  /** Problems found while validating (errors dropped what they concern). */
  readonly problems: Problem[];
  /** How many resources were left out as invalid. */
  readonly invalidCount: number;
  /** The bundle's text in `locale` (built once per locale, then reused). */
  in(locale: string): LocaleText;
  /** What loading made for the engine already (the loading worker: facet table, a locale's index; a split bundle: those, sort orders, the gate). */
  readonly prepared?: Pick<EngineOptions, 'prebuilt' | 'facets' | 'ranks' | 'syncLimit'> & { split?: SplitGate };
}

export function normalizeBundle(bundle: Bundle, problems: Problem[] = [], prepared?: NormalizedBundle['prepared']): NormalizedBundle {
  const fallback = bundle.meta.default_locale;
  const byLocale = new Map<string, LocaleText>();
  const invalid = new Set(problems.filter((p) => p.severity === 'error' && p.resourceIndex !== undefined).map((p) => p.resourceIndex));
  return {
    bundle,
    problems,
    prepared,
    invalidCount: invalid.size,
    in(locale) {
      let texts = byLocale.get(locale);
      if (!texts) {
        const text = (value: LocalizedText | undefined) => (value === undefined ? undefined : localizedText(value, locale, fallback));
        byLocale.set(locale, (texts = { locale, text, title: text(bundle.meta.title)?.text ?? '' }));
      }
      return texts;
    },
  };
}
