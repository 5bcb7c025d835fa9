/** Entry of resource-finder.search.js (scripts/build-parts.mjs): the search part and the hand-over of the local part. */
export * from './search.js';
export { setLocalPart } from './in-search.js';
