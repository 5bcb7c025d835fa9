/** The search service's public pieces, bundled to dist/server/index.mjs for tests and embedding. */
export { createApp, type AppOptions } from './app.js';
export { loadBundle, bundleHash, type LoadOptions, type LoadReport } from './load.js';
export { parseSearch, BadRequest } from './params.js';
export { search, readCatalog, planUnits } from './search.js';
