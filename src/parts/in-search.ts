/**
 * In the one-file build's search part (resource-finder.search.js), this module stands in for
 * ./index.ts (scripts/build-parts.mjs): the engine and view model inside the part read MiniSearch
 * from the part itself, and the local part from the first script, which hands it over with
 * setLocalPart once both are loaded (sibling.ts).
 */
import * as part from './search.js';

type LocalPart = typeof import('./local.js');

export const searchPart = part;
/** The local-directory part, once the first script loaded it. */
export let localPart: LocalPart | undefined;
export const setLocalPart = (loaded: LocalPart) => void (localPart = loaded);
