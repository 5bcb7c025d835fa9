/**
 * Parts loaded on demand: the local-directory code (sites, distances, hours; only bundles that have
 * them), the search index's engine (MiniSearch; every visit needs it, but not
 * before the data is there, so it loads in parallel with the data), the full validator (only for
 * bundles `build` did not stamp) and the non-English UI catalogues. This is the module-build version (dist/esm and the
 * tests): plain dynamic imports a bundler can split. The one-file build swaps in ./sibling.ts, which
 * loads the same parts from files next to the script (see vite.config.ts).
 */
import type { Catalogue } from './catalogue.js';
import * as part from '../core/search-part.js';

/** The search part (index set-up, query running); usable once loadSearch() resolved (here: at once). */
export const searchPart: typeof part = part;

/** Resolves when searchPart can be used. */
export const loadSearch = (): Promise<void> => Promise.resolve();

type LocalPart = typeof import('./local.js');
/** The local-directory part (distances, hours, place lines); set once loadLocal() resolved. */
export let localPart: LocalPart | undefined;
/** Loads the local-directory part (once), for bundles that core/local-need.ts says need it. */
export const loadLocal = (): Promise<unknown> => import('./local.js').then((part) => (localPart = part));

/** The full validator (schema interpreter, rules, problem messages). */
export const loadValidator = () => import('../core/validate.js');

/** Built-in UI catalogues other than English, by locale. */
export const CATALOGUES: Record<string, () => Promise<{ templates: Catalogue }>> = {
  es: () => import('../i18n/generated/es.js'),
};

/** The loading worker: only the one-file build has one (sibling.ts); here bundles load on the page. */
export const worker = (): string | object | undefined => undefined;
