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

import { loadSplit } from '../parts/index.js';
import { compileSynonyms, distance, planQuery } from './query.js';
import { soundResource } from './stamp.js';
import { stemmerFor } from './stem.js';
import { addTerms, splitIndex } from './text-index.js';
import type { Bundle } from './types.js';
import type { EarlyFile } from './split-source.js';
/**
 * A split bundle (core/split-format.ts) from its checked head: its reader is a part of its own
 * (core/split-source.ts; resource-finder.split.js), fetched only for such a head, and given the
 * index code from here.
 */
export const openSplitBundle = (head: Bundle, url: string, timeoutMs?: number, lang?: string, fetchWorker?: string | object, early?: EarlyFile) =>
  loadSplit().then((part) => part.openSplitBundle(head, url, timeoutMs, { compileSynonyms, planQuery, distance, stemmerFor, splitIndex, addTerms, soundResource }, lang, fetchWorker, early));
