/**
 * In the one-file build's search and api parts, this module stands in for the first script's
 * modules they share (scripts/build-parts.mjs): the load error and request, normalizing, the card
 * view, the load events, the validator's loader, and small helpers (text, locale, number formats,
 * headings, contact labels, the result count). The parts then use the first script's copies:
 * no bytes twice, and `instanceof LoadError` or `RfLoadEvent` holds across files. sibling.ts puts
 * them under SHARED_CORE before it imports a part.
 */
import type { LoadError as LoadErrorClass, loadBundleJson as loadJson } from '../core/load.js';
import type { normalizeBundle as normalize } from '../core/normalize.js';
import type { resourceView as view } from '../core/resource-view.js';
import type { RfLoadErrorEvent as LoadErrorEvent, RfLoadEvent as LoadEvent } from '../events.js';
import type { loadValidator as validator } from './index.js';
import type * as Text from '../core/text.js';
import type * as Locale from '../core/locale.js';
import type * as Format from '../ui/format.js';

/** Where the first script leaves the modules it shares with its parts. */
export const SHARED_CORE = Symbol.for('resource-finder.core');

export interface SharedCore {
  LoadError: typeof LoadErrorClass;
  loadBundleJson: typeof loadJson;
  normalizeBundle: typeof normalize;
  resourceView: typeof view;
  RfLoadEvent: typeof LoadEvent;
  RfLoadErrorEvent: typeof LoadErrorEvent;
  loadValidator: typeof validator;
  loadLocal: typeof import('./index.js').loadLocal;
  localizedText: typeof Text.localizedText;
  pick: typeof Text.pick;
  pickLocale: typeof Locale.pickLocale;
  formatNumber: typeof Format.formatNumber;
  pluralCategory: typeof Format.pluralCategory;
  headingTag: typeof import('../ui/heading.js').headingTag;
  contactLabel: typeof import('../ui/contact-label.js').contactLabel;
  languageName: typeof import('../core/language-name.js').languageName;
  countText: typeof import('../ui/status.js').countText;
  memoize: typeof import('../core/memo.js').memoize;
  /** Loads sibling part `name` (sibling.ts): the search part fetches the split reader with it. */
  loadPart: (name: string) => Promise<unknown>;
  captureCatalogue: typeof import('../i18n/localization.js').captureCatalogue;
}

const shared = (globalThis as { [SHARED_CORE]?: SharedCore })[SHARED_CORE];
if (!shared) throw new Error('The parts of resource-finder.js are loaded by it, not on their own.');
// What the first script does not carry (or does not share) comes from the module itself.
export { hasDetails } from '../core/resource-view.js';
export { foldForSearch, normalizeQuery, words, wordRanges, MAX_QUERY_LENGTH } from '../core/text.js';
export { monthYear } from '../ui/format.js';
export { renderPartialNotice } from '../ui/status.js';
export const {
  LoadError, loadBundleJson, normalizeBundle, resourceView, RfLoadEvent, RfLoadErrorEvent, loadValidator, loadLocal,
  localizedText, pick, pickLocale, formatNumber, pluralCategory, headingTag, contactLabel, languageName, countText, memoize, loadPart, captureCatalogue,
} = shared;
