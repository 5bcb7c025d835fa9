/**
 * The pure half of the local-directory part (src/parts/local.ts): distances, ZIP and city look-up
 * and opening hours, for bundles with sites or structured hours. Most lists (the shipped national
 * one) have neither, so the one-file build loads the part as a sibling file only when
 * core/local-need.ts says so; the engine and the view model read it through src/parts/.
 */
export { createPlaceTable, parseLatLon, placePoint } from './near.js';
export { nearestLocation, pointOf, unitForLocale } from './geo.js';
export { isStructured } from './hours.js';
export { placeView } from './place-view.js';
export { remotePlace } from './remote-place.js';
