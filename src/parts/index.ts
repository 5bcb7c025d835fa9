/**
 * Parts loaded on demand:
 * - search (./search.ts: MiniSearch, the engine and view model, stamp checks, the templates only data
 *   shows); every visit with data needs it, but not before the data, so it loads in parallel with it;
 * - local (sites, distances, hours): only bundles that have them;
 * - api (./api.ts: the search-service source and the same templates): only pages with `api`;
 * - list (the visitor's list): on the first save;
 * - the full validator: only bundles `build` did not stamp; and the non-English UI catalogues.
 * This is the module-build version (dist/esm and the tests): plain dynamic imports a bundler can
 * split. The one-file build swaps in ./sibling.ts, which loads the same parts from files next to
 * the script (see vite.config.ts).
 */
import type { Catalogue } from './catalogue.js';
import * as part from './search.js';
import * as list from '../ui/shortlist.js';

/** The search part; usable once loadSearch() resolved (here: at once). */
export const searchPart: typeof part = part;

/** Resolves when searchPart can be used. */
export const loadSearch = (): Promise<void> => Promise.resolve();

type LocalPart = typeof import('./local.js');
/** The local-directory part (distances, hours, place lines); set once loadLocal() resolved. */
export let localPart: LocalPart | undefined;
/** Loads the local-directory part (once), for bundles that core/local-need.ts says need it. */
export const loadLocal = (): Promise<unknown> => import('./local.js').then((part) => (localPart = part));

/** The visitor's list ("My list": ui/shortlist.ts); here at once, a sibling fetched on the first save in the one-file build. */
export const listPart: typeof list | undefined = list;
export const loadList = (): Promise<unknown> => Promise.resolve(list);

/** The `api` source (ui/remote-source.ts), only for pages with `api`. */
export let apiPart: typeof import('./api.js') | undefined;
export const loadApi = () => import('./api.js').then((part) => (apiPart = part));

/** The split-bundle reader (core/split-source.ts), only for the head of a split bundle; the search part asks for it. */
export const loadSplit = () => import('../core/split-source.js');

/** The full validator (schema interpreter, rules, problem messages). */
export const loadValidator = () => import('../core/validate.js');

/** Built-in UI catalogues other than English, by locale. */
export const CATALOGUES: Record<string, () => Promise<{ templates: Catalogue }>> = {
  es: () => import('../i18n/generated/es.js'),
};

/** A worker (the loading worker, the Intl warm-up): only the one-file build has them (sibling.ts); here the page does that work. */
export const worker = (_name?: string): string | object | undefined => undefined;
