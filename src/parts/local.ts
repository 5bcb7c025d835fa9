/**
 * The local-directory part, loaded only for bundles with sites or structured hours
 * (core/local-need.ts): distances, place look-up and hours (core/local-part.ts), the place and time
 * row (its templates, wording and actions) and the card's place lines. The one-file build makes this file
 * resource-finder.local.js (scripts/build-parts.mjs), sharing the first script's Lit and localize.
 */
export * from '../core/local-part.js';
export { renderAnywhere, renderPlaceControls } from '../ui/place-controls.js';
export { renderCardPlace } from '../ui/card-place.js';
export { locatePlace, submitPlace } from '../ui/place-actions.js';
