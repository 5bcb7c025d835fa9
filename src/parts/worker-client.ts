/**
 * The page's side of the loading worker (src/core/worker-main.ts): starts it, hands it the bundle's
 * URL, puts the bundle back together from its messages, and offers the index it builds. Any failure to start it (no
 * module workers, a CSP without `worker-src 'self'`, the file missing) resolves to undefined, and
 * the caller loads on the page as before; a failure of the request itself rejects with its
 * LoadError kind and message (the caller makes the LoadError: this module ships in the search
 * part, which has no LoadError class of the script's own).
 */
import type { LoadErrorKind } from '../core/load.js';
import { loadIndex, type IndexData } from '../core/text-index.js';
import type { TextIndex } from '../core/search-index.js';
import { stemmerFor } from '../core/stem.js';
import type { FacetTable } from '../core/facets.js';
import type { Checked } from '../core/worker-main.js';
import type { StartedWorker } from './worker-start.js';
import type { Problem } from '../core/types.js';

export interface WorkerLoad {
  /** The parsed bundle, as fetched. */
  raw: unknown;
  /** The worker found `build`'s stamp and the checks of stamp.ts passed. */
  stamped: boolean;
  /** A bundle without the stamp, checked by the full validator in the worker: `raw` is what it kept, and these are its problems. */
  problems?: Problem[];
  /**
   * The index the worker builds (a stamped bundle above the size limit), for its locale only, and
   * once (the data is not kept after loading it): for EngineOptions.prebuilt.
   */
  prebuilt(locale: string): Promise<TextIndex> | undefined;
  /** The facet table of a stamped bundle (facets.ts buildFacets), made in the worker. */
  facets?: FacetTable;
}

/** Why the worker could not read the bundle (a LoadError's kind and message). */
export interface WorkerFailure { kind: LoadErrorKind; message: string; status?: number; retryAfter?: number }

type Message =
  | { t: 'started' }
  | { t: 'head'; head: unknown; whole?: boolean }
  | { t: 'res'; json: string }
  | { t: 'terms'; part: IndexData['parts'][number] }
  | { t: 'end'; stamped: boolean; valid?: Checked; locale?: string; facets?: FacetTable }
  | { t: 'index'; data: Omit<IndexData, 'parts'> }
  | { t: 'error'; kind: LoadErrorKind; message: string; status?: number; retryAfter?: number };

/**
 * Reads the bundle through the loading worker started for it (startWorker): no part of the body
 * passes through the page (a stream handed over still would, chunk by chunk, in long tasks).
 * Resolves undefined when the worker cannot run (then it fetched nothing, and the caller reads the
 * data on the page); rejects with a WorkerFailure, or the abort reason.
 */
export function readInWorker(started: StartedWorker | undefined, signal?: AbortSignal): Promise<WorkerLoad | undefined> {
  return new Promise((resolve, reject) => {
    if (!started) return resolve(undefined);
    const { worker, said } = started;
    let head: Extract<Message, { t: 'head' }> | undefined;
    const resources: unknown[] = [];
    const terms: IndexData['parts'] = [];
    let index: { resolve(d: IndexData): void; reject(e: unknown): void } | undefined;
    const indexed = new Promise<IndexData>((res, rej) => (index = { resolve: res, reject: rej }));
    indexed.catch(() => {}); // nobody may ask for it
    const stop = (error?: unknown) => {
      worker.terminate();
      worker.onmessage = worker.onerror = null; // let go of the pieces
      terms.length = 0;
      index!.reject(error ?? new Error('no index'));
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => (stop(signal!.reason), reject(signal!.reason));
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort, { once: true });
    let running = false;
    // Before the first message, an error means the worker did not start: load on the page instead.
    // After it, the worker was fetching: the load failed.
    worker.onerror = (e) => {
      e.preventDefault();
      stop();
      if (!running) resolve(undefined);
      else reject({ kind: 'network', message: 'The data could not be read.' } satisfies WorkerFailure);
    };
    worker.onmessage = ({ data: m }: MessageEvent<Message>) => {
      if (m.t === 'started') return void (running = true);
      if (m.t === 'error') return stop(), reject({ kind: m.kind, message: m.message, status: m.status, retryAfter: m.retryAfter } satisfies WorkerFailure);
      if (m.t === 'head') head = m;
      else if (m.t === 'res') for (const r of JSON.parse(m.json) as unknown[]) resources.push(r);
      else if (m.t === 'terms') terms.push(m.part);
      else if (m.t === 'end') {
        // `whole`: not a bundle's shape (an array, a string …), as parsed, for the page to say so.
        // `valid`: what the full validator kept of the resources sent (the same objects, but those it trimmed).
        const v = m.valid;
        const raw = head!.whole ? head!.head : v ? { ...v.top, resources: kept(resources, v) } : { ...(head!.head as object), resources };
        let index: Promise<IndexData> | undefined = indexed;
        const prebuilt = (loc: string) => {
          const data = loc === m.locale ? index : undefined;
          index = undefined;
          return data?.then((d) => loadIndex(stemmerFor(loc), d));
        };
        resolve({ raw, stamped: m.stamped, problems: v?.problems, prebuilt, facets: m.facets });
        if (!m.locale) stop();
      } else if (m.t === 'index') {
        index!.resolve({ ...m.data, parts: terms.slice() });
        stop();
      }
    };
    // What it said before this part was here, in order, then the rest as it comes.
    for (const e of said.splice(0)) (e.type === 'message' ? worker.onmessage : worker.onerror)?.call(worker, e as MessageEvent & ErrorEvent);
  });
}

/** The checked bundle's resources, from those the page has (`sent`, as parsed in the worker). */
function kept(sent: unknown[], v: Checked): unknown[] {
  const out = Array.from(v.from, (i) => sent[i]);
  for (const [k, r] of v.replace) out[k] = r;
  return out;
}
