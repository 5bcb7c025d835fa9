/**
 * In the one-file build's search part (resource-finder.search.js), this module stands in for
 * ./index.ts (scripts/build-parts.mjs): the engine and view model inside the part read MiniSearch
 * from the part itself, and the local part from the first script, which hands it over with
 * setLocalPart once both are loaded (sibling.ts).
 */
// A plain object, not `import * as`: esbuild builds namespace objects with a for…in that a host's
// enumerable Object.prototype property breaks (test/e2e/strict-host.test.mjs).
import { compileSynonyms, docOf, inSlices, matchedWords, newIndex, planQuery, runQuery, stemmerFor, suggestQueries } from '../core/search-part.js';

import { loadPart } from './shared-core.js';

type LocalPart = typeof import('./local.js');

export const searchPart = { compileSynonyms, docOf, inSlices, matchedWords, newIndex, planQuery, runQuery, stemmerFor, suggestQueries };
/** The local-directory part, once the first script loaded it. */
export let localPart: LocalPart | undefined;
export const setLocalPart = (loaded: LocalPart) => void (localPart = loaded);
/** The split-bundle reader, fetched as a sibling through the first script's loader (only for a split head). */
export const loadSplit = () => loadPart('split') as Promise<typeof import('../core/split-source.js')>;
