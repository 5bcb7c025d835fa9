/**
 * In the one-file build's api part, this module stands in for ./index.ts (scripts/build-parts.mjs):
 * the validator's loader is the first script's, and there is no local part (a search service
 * answers places itself).
 */
export { loadValidator } from './shared-core.js';
export const localPart: typeof import('./local.js') | undefined = undefined;
