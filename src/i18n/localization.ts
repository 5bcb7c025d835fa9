/**
 * UI strings: @lit/localize message catalogues, chosen per element rather than per page.
 * Owns: the one localize configuration, the built-in catalogues (imported statically: the
 * one-file build cannot split) and host overrides (id → text JSON, with {0}-style placeholders).
 * Does not own: resource text, which is localized in the data bundle.
 *
 * Why re-entrant: @lit/localize's runtime mode keeps ONE active locale per page. Its re-entrant
 * mode asks us which catalogue to use on every msg() call, so each <resource-finder> renders in
 * its own language: we point it at the rendering element's catalogue for the duration of render().
 */
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import { str } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import { CATALOGUES } from '../parts/index.js';
import type { Catalogue } from '../parts/catalogue.js';

/** Host-supplied strings: locale → message id → text. `{0}`, `{1}` stand for the message's values. */
export type Translations = Record<string, Record<string, string>>;

/** Built-in catalogues loaded so far, by locale. */
const BUILT_IN: Record<string, Catalogue> = {};
const loading: Record<string, Promise<void>> = {};

/**
 * Loads the built-in catalogue serving `locale`, if there is one and it is not loaded yet.
 * Resolves when msg() can answer from it (also when loading failed: English shows then).
 */
export function loadCatalogue(locale: string): Promise<void> {
  const base = locale.split('-')[0]!;
  const load = CATALOGUES[base];
  if (!load || BUILT_IN[base]) return Promise.resolve();
  return (loading[base] ??= load().then(
    (module) => void (BUILT_IN[base] = module.templates),
    (error) => {
      BUILT_IN[base] = {}; // English from now on, not a retry per render
      console.warn(`<resource-finder>: the "${base}" interface text could not be loaded; English is shown.`, error);
    },
  ));
}

/** False while `locale` has a built-in catalogue that is not loaded yet. */
export const catalogueLoaded = (locale: string) => !CATALOGUES[locale.split('-')[0]!] || !!BUILT_IN[locale.split('-')[0]!];

let rendering: Catalogue | undefined;

configureReentrantLocalization({
  sourceLocale,
  targetLocales: ['current'],
  getLocale: () => (rendering ? 'current' : sourceLocale),
  loadLocaleSync: () => (rendering ? { templates: rendering } : undefined),
});

/** Runs `render` with msg() answering from `catalogue` (undefined = English source strings). */
export function renderWithCatalogue<T>(catalogue: Catalogue | undefined, render: () => T): T {
  const previous = rendering;
  rendering = catalogue;
  try {
    return render();
  } finally {
    rendering = previous;
  }
}

/**
 * The catalogue of the render in progress, as a runner: work deferred past the render (a drawing
 * after a pause) runs under it, so its strings are in the element's language, not the default one.
 */
export function captureCatalogue(): <T>(work: () => T) => T {
  const catalogue = rendering;
  return (work) => renderWithCatalogue(catalogue, work);
}

/** Locales with a UI catalogue: the built-in ones plus any a host added. */
export function uiLocales(overrides: Translations | undefined): string[] {
  return [sourceLocale, ...targetLocales, ...Object.keys(overrides ?? {})];
}

function fromOverride(text: string): string | ReturnType<typeof str> {
  const parts = text.split(/\{(\d+)\}/);
  if (parts.length === 1) return text;
  const strings = parts.filter((_, i) => i % 2 === 0);
  const order = parts.filter((_, i) => i % 2 === 1).map(Number);
  // Same shape as lit-localize's generated `str` templates: values are indexes into the source values.
  return str(Object.assign(strings, { raw: strings }) as unknown as TemplateStringsArray, ...order);
}

/** The catalogue for `locale`: built-in strings with the host's overrides on top. Missing ids fall back to English. */
export function catalogueFor(locale: string, overrides: Translations | undefined): Catalogue | undefined {
  const base = locale.split('-')[0];
  const own = overrides?.[locale] ?? (locale !== base ? overrides?.[base] : undefined);
  const builtIn = BUILT_IN[locale] ?? BUILT_IN[base];
  if (!own) return builtIn;
  const merged: Catalogue = { ...builtIn };
  for (const [id, text] of Object.entries(own)) if (typeof text === 'string') merged[id] = fromOverride(text);
  return merged;
}
