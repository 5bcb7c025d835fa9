/**
 * Parts loaded on demand: the search index's engine (MiniSearch; every visit needs it, but not
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

/** The full validator (schema interpreter, rules, problem messages). */
export const loadValidator = () => import('../core/validate.js');

/** Built-in UI catalogues other than English, by locale. */
export const CATALOGUES: Record<string, () => Promise<{ templates: Catalogue }>> = {
  es: () => import('../i18n/generated/es.js'),
};
