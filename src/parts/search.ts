/**
 * The search part as the element uses it: MiniSearch and query running (core/search-part.ts), the
 * engine and view model that search with them (core/view-model.ts), the checks for a stamped
 * bundle (core/stamp.ts) and the templates only data shows (ui/with-data.ts). All of it is needed only once data is there, so the one-file build fetches
 * it as resource-finder.search.js in parallel with the data (scripts/build-parts.mjs); the first
 * script keeps the fetch, help, quick exit and the loading and error states.
 */
export * from '../core/search-part.js';
export { createFinderModel } from '../core/view-model.js';
export { checkStamped } from '../core/stamp.js';
// The problems of a bundle the loading worker validated are worded for the console from here (ui/host-children.ts).
export { formatProblem } from '../core/problem-text.js';
export * from './views.js';
