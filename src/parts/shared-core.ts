/**
 * In the one-file build's search and api parts, this module stands in for the first script's
 * modules they share (scripts/build-parts.mjs): the load error and request, normalizing, the card
 * view, the load events and the validator's loader. The parts then use the first script's copies:
 * no bytes twice, and `instanceof LoadError` or `RfLoadEvent` holds across files. sibling.ts puts
 * them under SHARED_CORE before it imports a part.
 */
import type { LoadError as LoadErrorClass, loadBundleJson as loadJson } from '../core/load.js';
import type { normalizeBundle as normalize } from '../core/normalize.js';
import type { resourceView as view } from '../core/resource-view.js';
import type { RfLoadErrorEvent as LoadErrorEvent, RfLoadEvent as LoadEvent } from '../events.js';
import type { loadValidator as validator } from './index.js';

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
}

const shared = (globalThis as { [SHARED_CORE]?: SharedCore })[SHARED_CORE];
if (!shared) throw new Error('The parts of resource-finder.js are loaded by it, not on their own.');
export const { LoadError, loadBundleJson, normalizeBundle, resourceView, RfLoadEvent, RfLoadErrorEvent, loadValidator } = shared;
