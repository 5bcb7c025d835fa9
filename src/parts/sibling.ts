/**
 * The one-file build's on-demand parts: same-origin sibling files next to the script, e.g.
 * resource-finder.js → resource-finder.search.js, resource-finder.local.js, resource-finder.api.js, resource-finder.list.js,
 * resource-finder.validate.js, resource-finder.es.js (a query string such as
 * ?v=3 is kept, for cache busting). They are ES modules loaded with import(), which a strict
 * `script-src 'self'` allows and which needs no Trusted Types policy (no eval, no script element).
 * Built by scripts/build-parts.mjs; vite.config.ts puts this file in place of ./index.ts.
 */
import { html, nothing, render } from 'lit';
import { msg, str } from '@lit/localize';
import { LoadError, loadBundleJson } from '../core/load.js';
import { normalizeBundle } from '../core/normalize.js';
import { resourceView } from '../core/resource-view.js';
import { RfLoadErrorEvent, RfLoadEvent } from '../events.js';
import { localizedText, pick } from '../core/text.js';
import { pickLocale } from '../core/locale.js';
import { formatNumber, pluralCategory } from '../ui/format.js';
import { headingTag } from '../ui/heading.js';
import { contactLabel } from '../ui/contact-label.js';
import { languageName } from '../core/language-name.js';
import { countText } from '../ui/status.js';
import { memoize } from '../core/memo.js';
import { captureCatalogue } from '../i18n/localization.js';
import type { Catalogue } from './catalogue.js';
import type { SharedLit } from './shared-lit.js';
import type { SharedCore } from './shared-core.js';
import { trustedPolicy } from '../trusted-types.js';

// Captured while the script first runs: document.currentScript is null later (and in modules).
const script = document.currentScript as HTMLScriptElement | null;
const base =
  script?.src ||
  document.querySelector<HTMLScriptElement>('script[src*="resource-finder"]')?.src ||
  new URL('resource-finder.js', document.baseURI).href;

/** The URL of sibling part `name`. */
export const siblingUrl = (name: string) => base.replace(/(\.min)?\.js(?=[?#]|$)|(?=[?#]|$)/, `.${name}.js`);

/**
 * Parts use this script's Lit and localize (shared-lit.ts) and some of its modules (shared-core.ts);
 * the keys match their SHARED_LIT and SHARED_CORE. A part that cannot be fetched is a network error.
 */
const load = (name: string) => {
  const g = globalThis as Record<symbol, SharedLit | SharedCore>;
  g[Symbol.for('resource-finder.lit')] ??= { html, nothing, render, msg, str };
  g[Symbol.for('resource-finder.core')] ??= {
    LoadError, loadBundleJson, normalizeBundle, resourceView, RfLoadEvent, RfLoadErrorEvent, loadValidator, loadLocal,
    localizedText, pick, pickLocale, formatNumber, pluralCategory, headingTag, contactLabel, languageName, countText, memoize, loadPart: load, captureCatalogue,
  };
  return import(/* @vite-ignore */ siblingUrl(name)).catch((e) => {
    throw new LoadError('network', `${siblingUrl(name)} could not be loaded (${(e as Error)?.message ?? e}).`);
  });
};

/** Loads part `name` once; a failed load is forgotten, so a later call (Try again) fetches it again. */
const once = <T>(name: string, loaded: (part: T) => void) => {
  let p: Promise<T> | undefined;
  return (): Promise<T> =>
    (p ??= load(name).then(
      (part: T) => (loaded(part), part),
      (error) => {
        p = undefined;
        throw error;
      },
    ));
};

type SearchPart = typeof import('./search-sibling.js');
/** The search part (index set-up, query running, the view model, stamp checks); set once loadSearch() resolved. */
export let searchPart: SearchPart;
/** Loads the search sibling (once); rejects when it cannot be fetched. */
export const loadSearch = once<SearchPart>('search', (part) => ((searchPart = part), localPart && part.setLocalPart(localPart)));

type LocalPart = typeof import('./local.js');
/** The local-directory part; set once loadLocal() resolved. */
export let localPart: LocalPart | undefined;
/** Loads the local sibling (once); rejects when it cannot be fetched (a later call retries). */
export const loadLocal = once<LocalPart>('local', (part) => ((localPart = part), searchPart?.setLocalPart(part), apiPart?.setLocalPart(part)));

/** The visitor's list (ui/shortlist.ts), fetched on the first save; set once loadList() resolved. */
export let listPart: typeof import('../ui/shortlist.js') | undefined;
export const loadList = once<NonNullable<typeof listPart>>('list', (part) => (listPart = part));

/** The `api` source (ui/remote-source.ts), only for pages with `api`. */
export let apiPart: typeof import('./api-sibling.js') | undefined;
export const loadApi = once<NonNullable<typeof apiPart>>('api', (part) => ((apiPart = part), localPart && part.setLocalPart(localPart)));

/** The split-bundle reader; the search part loads it through the shared loader, and the first script asks for it early. */
export const loadSplit = () => load('split');

export function loadValidator(): Promise<typeof import('../core/validate.js')> {
  return load('validate');
}

export const CATALOGUES: Record<string, () => Promise<{ templates: Catalogue }>> = {
  es: () => load('es'),
};

/**
 * A worker's URL (resource-finder.worker.js, the loading worker; resource-finder.intl.worker.js; resource-finder.fetch.worker.js),
 * through the Trusted Types policy. (From another origin it cannot start: the page then does the work itself.)
 */
export const worker = (name = 'worker'): string | object | undefined => {
  const url = siblingUrl(name);
  return trustedPolicy?.createScriptURL(url) ?? url;
};
