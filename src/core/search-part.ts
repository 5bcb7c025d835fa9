/**
 * What search needs beyond the first render, as one part: MiniSearch and the index set-up
 * (text-index.ts, search-index.ts), the stemmers (stem.ts), and query planning, running and suggestions (query.ts).
 * The one-file build loads it as a sibling file in parallel with the data (src/parts/); the engine
 * reads it through src/parts/.
 */
export { newIndex, indexData, loadIndex, type IndexData } from './text-index.js';
export { docOf, inSlices } from './search-index.js';
export { stemmerFor } from './stem.js';
export { compileSynonyms, matchedWords, planQuery, runQuery, suggestQueries } from './query.js';
// The page's side of the loading worker: needed only once a big response is there, by when this part has loaded.
export { readInWorker } from '../parts/worker-client.js';
// A split bundle's reader (core/split-format.ts): only split bundles use it, once their head is read.
export { openSplitBundle } from './split-source.js';
