/**
 * Loading, as one function: fetch (or parse inline text, or take an object) → validate (or, for a
 * bundle `build` stamped, the safety checks of stamp.ts) → normalize.
 * Owns: turning every way a source can fail into one LoadError kind. Does not own: where the source
 * comes from on the page, events or anything shown (the element), the request itself (load.ts).
 */
import { LoadError, loadBundleJson, parseBundleText } from './load.js';
import { normalizeBundle, type NormalizedBundle } from './normalize.js';
// The stamp checks are in the search part (fetched in parallel with the data: ui/load-model.ts).
import { loadSearch, loadSplit, loadValidator, searchPart, worker } from '../parts/index.js';
import type { WorkerFailure, WorkerLoad } from '../parts/worker-client.js';
import { startWorker } from '../parts/worker-start.js';
import type { Bundle } from './types.js';
import { isObj } from './guards.js';
import { pickLocale } from './locale.js';
import { isSplitDir, localeHeadUrl } from './split-format.js';
import type { EarlyFile } from './split-source.js';

/** Where a bundle comes from; the first one given wins (object, then URL, then text). */
export interface BundleSource {
  /** The bundle as an object (already parsed). */
  data?: unknown;
  /** Absolute URL of the bundle's JSON. */
  url?: string;
  /** The bundle's JSON text (e.g. an inline `<script type="application/json">`). */
  text?: string;
}

export interface LoadBundleOptions {
  /** Aborts the request (a newer load replaced this one). */
  signal?: AbortSignal;
  /** Give up on the request after this many milliseconds (default 15 s). */
  timeoutMs?: number;
  /** The page's language: a big bundle from `url` is indexed in a worker for the locale it picks. */
  lang?: string;
}

/**
 * Up to this many resources, the page builds the search index before the first results
 * (ui/load-model.ts); above, the loading worker builds it, and the first results come first.
 */
export const INDEX_FIRST_UP_TO = 500;
/**
 * Responses from this size (as sent) are read in the loading worker, which fetches them again
 * itself (the page's request is cancelled once it has started). One of unknown size (a server that
 * compresses on the fly sends no length) is read here up to this size first: a small directory
 * never fetches the worker; for a big one, what was read here is read again there.
 */
const WORKER_FROM_BYTES = 262144;

/**
 * The one-file build reads a big response in the loading worker (fetching and parsing off the
 * page); resolves the parsed body, read here when the worker cannot start. Undefined: read it here.
 */
function inWorker(response: Response, url: string, lang: string | undefined, signal: AbortSignal, timeoutMs: number | undefined, got: (w: WorkerLoad) => void): Promise<unknown> | undefined {
  const w = worker();
  const length = response.headers.get('Content-Length');
  if (!w || !response.body || Number(length ?? Infinity) < WORKER_FROM_BYTES) return undefined;
  return (length ? Promise.resolve(response) : readUpTo(response, WORKER_FROM_BYTES))
    .then(async (big) => {
      if (typeof big == 'string') return parseBundleText(big);
      // The page's copy is let go at once: a big body left unread still arrives, and Chromium takes
      // it in on the page in long tasks (650–900 ms at 4x CPU for 7.5 MB) before the worker has started.
      void big.body?.cancel().catch(() => {});
      // The worker starts now, and fetches while the search part (which reads what it says) is on its way.
      const started = startWorker(w, { url, lang, limit: INDEX_FIRST_UP_TO });
      await loadSearch().catch((e) => (started?.worker.terminate(), Promise.reject(e)));
      const r = await searchPart.readInWorker(started, signal);
      // No worker here (a CSP without worker-src 'self', say): the page fetches and reads it again.
      return r ? (got(r), r.raw) : loadBundleJson(url, { signal, timeoutMs });
    })
    .catch((e: WorkerFailure | Error) => {
      throw 'kind' in e ? new LoadError(e.kind, e.message, e.status, e.retryAfter) : e;
    });
}

/**
 * Reads a body of unknown size up to `limit` bytes: its whole text when it ends sooner, else a
 * response that gives what was read, then the rest (read here only if the worker cannot start).
 */
async function readUpTo(response: Response, limit: number): Promise<string | Response> {
  const reader = response.body!.getReader();
  const read: Uint8Array[] = [];
  const decoder = new TextDecoder();
  let text = '';
  for (let bytes = 0; bytes < limit; ) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    read.push(value);
    bytes += value.byteLength;
    text += decoder.decode(value, { stream: true });
  }
  const body = new ReadableStream<Uint8Array>({
    start: (c) => read.forEach((chunk) => c.enqueue(chunk)),
    pull: async (c) => {
      const { done, value } = await reader.read();
      if (done) c.close();
      else c.enqueue(value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return new Response(body, { status: response.status, headers: response.headers });
}

/**
 * Loads, validates and normalizes a bundle. Rejects with a LoadError (kind `http`, `not-json`,
 * `shape`, `network` or `timeout`), or with the abort reason when `signal` aborts first.
 */
export async function loadBundle(source: BundleSource, { signal, timeoutMs, lang }: LoadBundleOptions = {}): Promise<NormalizedBundle> {
  let viaWorker: WorkerLoad | undefined;
  const raw =
    source.data !== undefined
      ? source.data
      : source.url
        ? await loadBundleJson(source.url, { signal, timeoutMs, read: (response, request) => inWorker(response, source.url!, lang, request, timeoutMs, (w) => (viaWorker = w)) })
        : source.text !== undefined
          ? parseBundleText(source.text)
          : missing();
  signal?.throwIfAborted();
  // The worker ran the checks of a stamped bundle, or the full validator on another, already, and indexes it for its locale.
  if (viaWorker?.stamped || viaWorker?.problems) {
    return normalizeBundle(raw as Bundle, viaWorker.problems, viaWorker);
  }
  // The head of a split bundle: its reader, and the index head of the page's locale, are fetched
  // now, beside the search part, not after it (the first results wait for both).
  let early: EarlyFile | undefined;
  if (isObj(raw) && 'split' in raw) {
    loadSplit().catch(() => {}); // a failure is reported where it is used
    early = earlyLocaleHead(raw, source.url, lang, timeoutMs, signal);
  }
  // A bundle `build` stamped gets the checks safety depends on; any other gets the full validator,
  // which the one-file build fetches only then (see stamp.ts).
  await loadSearch();
  const stamped = await searchPart.checkStamped(raw);
  // The head of a split bundle (`build` above a size): the rest is fetched as searches need it.
  if (stamped && 'split' in stamped) return searchPart.openSplitBundle(stamped, source.url ?? globalThis.location?.href ?? '', timeoutMs, lang, worker('fetch.worker'), early);
  if (stamped) return normalizeBundle(stamped);
  if (isObj(raw) && 'split' in raw) throw new LoadError('shape', 'This split bundle was edited after `resource-finder build`: build it again.');
  const validator = await loadValidator();
  const { bundle, problems } = await validator.validateBundleInSlices(raw);
  signal?.throwIfAborted();
  if (!bundle) throw new LoadError('shape', problems.map(validator.formatProblem).join(' ') || 'Not a resource bundle.');
  return normalizeBundle(bundle, problems);
}

/**
 * The index head of the locale `lang` picks, asked for as soon as a split head is read (unchecked as
 * yet: only a folder beside it is asked, and the split reader uses the answer only for that same URL).
 */
function earlyLocaleHead(raw: Record<string, unknown>, url: string | undefined, lang: string | undefined, timeoutMs?: number, signal?: AbortSignal): EarlyFile | undefined {
  const { split, meta } = raw as { split?: { dir?: unknown }; meta?: { locales?: unknown; default_locale?: unknown } };
  const locales = meta?.locales, def = meta?.default_locale;
  if (!url || !isSplitDir(split?.dir) || !Array.isArray(locales) || !locales.every((l) => typeof l == 'string') || typeof def != 'string') return;
  const at = localeHeadUrl(split.dir, url, pickLocale(lang, locales, def));
  const got = loadBundleJson(at, { timeoutMs, signal });
  got.catch(() => {}); // a failure is reported by the split reader
  return { url: at, got };
}

function missing(): never {
  throw new LoadError('shape', 'No data: set the src attribute or put the bundle in a <script type="application/json"> child.');
}
