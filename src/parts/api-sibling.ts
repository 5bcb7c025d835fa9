/** Entry of resource-finder.api.js (scripts/build-parts.mjs): the api part and the hand-over of the local part. */
export * from './api.js';
export { setLocalPart } from './in-api.js';
