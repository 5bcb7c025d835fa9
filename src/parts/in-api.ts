/**
 * In the one-file build's api part, this module stands in for ./index.ts (scripts/build-parts.mjs):
 * the validator's loader and the local part's loader are the first script's, and the local part
 * (places and hours the service answers with) is handed over by the first script once both parts
 * are loaded (sibling.ts), as for the search part.
 */
type LocalPart = typeof import('./local.js');

export { loadValidator, loadLocal } from './shared-core.js';
/** The local-directory part, once the first script loaded it. */
export let localPart: LocalPart | undefined;
export const setLocalPart = (loaded: LocalPart) => void (localPart = loaded);
