/**
 * The one-file build's on-demand parts: same-origin sibling files next to the script, e.g.
 * resource-finder.js → resource-finder.search.js, resource-finder.local.js, resource-finder.validate.js, resource-finder.es.js (a query string such as
 * ?v=3 is kept, for cache busting). They are ES modules loaded with import(), which a strict
 * `script-src 'self'` allows and which needs no Trusted Types policy (no eval, no script element).
 * Built by scripts/build-parts.mjs; vite.config.ts puts this file in place of ./index.ts.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { Catalogue } from './catalogue.js';
import type { SharedLit } from './shared-lit.js';
import { trustedPolicy } from '../trusted-types.js';

// Captured while the script first runs: document.currentScript is null later (and in modules).
const script = document.currentScript as HTMLScriptElement | null;
const base =
  script?.src ||
  document.querySelector<HTMLScriptElement>('script[src*="resource-finder"]')?.src ||
  new URL('resource-finder.js', document.baseURI).href;

/** The URL of sibling part `name`. */
export const siblingUrl = (name: string) => base.replace(/(\.min)?\.js(?=[?#]|$)|(?=[?#]|$)/, `.${name}.js`);

const load = (name: string) => import(/* @vite-ignore */ siblingUrl(name));

type SearchPart = typeof import('../core/search-part.js');
/** The search part (index set-up, query running); set once loadSearch() resolved. */
export let searchPart: SearchPart;
let search: Promise<void> | undefined;
/** Loads the search sibling (once); rejects when it cannot be fetched. */
export const loadSearch = (): Promise<void> =>
  (search ??= load('search').then(
    (part: SearchPart) => void (searchPart = part),
    (error) => {
      search = undefined; // a retry may fetch it again
      throw error;
    },
  ));

type LocalPart = typeof import('./local.js');
/** The local part uses this script's Lit and localize (shared-lit.ts); the key matches its SHARED_LIT. */
const share = async () => {
  (globalThis as Record<symbol, SharedLit>)[Symbol.for('resource-finder.lit')] ??= { html, nothing, msg, str };
};
/** The local-directory part; set once loadLocal() resolved. */
export let localPart: LocalPart | undefined;
let local: Promise<unknown> | undefined;
/** Loads the local sibling (once); rejects when it cannot be fetched (a later call retries). */
export const loadLocal = (): Promise<unknown> =>
  (local ??= share().then(() => load('local')).then(
    (part: LocalPart) => (localPart = part),
    (error) => {
      local = undefined;
      throw error;
    },
  ));

export const loadValidator = (): Promise<typeof import('../core/validate.js')> => load('validate');

export const CATALOGUES: Record<string, () => Promise<{ templates: Catalogue }>> = {
  es: () => load('es'),
};

/**
 * The loading worker's URL (resource-finder.worker.js), through the Trusted Types policy. (From
 * another origin it cannot start: the page then loads the data itself.)
 */
export const worker = (): string | object | undefined => {
  const url = siblingUrl('worker');
  return trustedPolicy?.createScriptURL(url) ?? url;
};
