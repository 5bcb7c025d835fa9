/**
 * The element's dealings with its page: the inline bundle and translations (each a
 * `<script type="application/json">` child), where to load from, waiting for the parser, and the
 * console lines for site developers. Does not own: parsing or validating the bundle
 * (core/load-bundle.ts), events (the element).
 */
import type { LoadError } from '../core/load.js';
import { RfLoadErrorEvent } from '../events.js';
import type { BundleSource } from '../core/load-bundle.js';
import type { Problem } from '../core/types.js';
import { searchPart } from '../parts/index.js';
import type { Translations } from '../i18n/localization.js';

/** The text of the inline bundle child, if there is one. */
export function inlineBundleText(host: HTMLElement): string | undefined {
  return host.querySelector(':scope > script[type="application/json"]:not([data-rf="translations"])')?.textContent ?? undefined;
}

/** The inline translations child (`data-rf="translations"`), parsed; undefined (with a warning) when it is not JSON. */
export function inlineTranslations(host: HTMLElement): Translations | undefined {
  const script = host.querySelector(':scope > script[type="application/json"][data-rf="translations"]');
  if (!script) return undefined;
  try {
    return JSON.parse(script.textContent ?? '') as Translations;
  } catch {
    console.warn('<resource-finder>: the translations <script> is not valid JSON; using the built-in texts.');
    return undefined;
  }
}

/** Where to load from: the `bundle` property, else `src` (resolved against the page), else the inline child. */
export function bundleSource(host: HTMLElement, bundle: unknown, src: string): BundleSource {
  if (bundle !== undefined) return { data: bundle };
  if (!src) return { text: inlineBundleText(host) };
  try {
    return { url: new URL(src, document.baseURI).href };
  } catch {
    return { url: src }; // not a URL: the request fails as a network error
  }
}

/** Runs `read` once the document is parsed: an element upgraded by an earlier script tag has no children yet. */
export function whenParsed(read: () => void) {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', read, { once: true });
  else read();
}

/** One grouped warning (none when there is nothing to say) for site staff about the data; it never includes anything the visitor typed. */
export function warnProblems(problems: Problem[]) {
  if (!problems.length) return;
  // Problems come with a loaded bundle, so the search part (which words them) is here: the full
  // validator's part is not (the loading worker validated a big bundle).
  console.warn(`<resource-finder>: ${problems.length} problem(s) in the data:\n` + problems.map((p) => `- ${searchPart.formatProblem(p)}`).join('\n'));
}

/** For the site's developers: what failed and where (the visitor sees the localized message). */
export function logLoadFailure(src: string, failure: LoadError) {
  console.error(`<resource-finder>: could not load ${src ? `"${src}"` : 'the inline bundle'}: ${failure.message}`);
}

/** Logs a failed load for the site's developers and returns the `rf-load-error` event to fire. */
export function loadErrorEvent(src: string, failure: LoadError): RfLoadErrorEvent {
  logLoadFailure(src, failure);
  return new RfLoadErrorEvent(failure.kind, failure.status, failure.message);
}
