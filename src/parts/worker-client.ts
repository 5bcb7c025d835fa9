/**
 * The page's side of the loading worker (src/core/worker-main.ts): starts it, hands it a response
 * body, puts the bundle
 * back together from its messages, and offers the index it builds. Any failure to start it (no
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
import type { WorkerRequest } from '../core/worker-main.js';

export interface WorkerLoad {
  /** The parsed bundle, as fetched. */
  raw: unknown;
  /** The worker found `build`'s stamp and the checks of stamp.ts passed. */
  stamped: boolean;
  /**
   * The index the worker builds (a stamped bundle above the size limit), for its locale only, and
   * once (the data is not kept after loading it): for EngineOptions.prebuilt.
   */
  prebuilt(locale: string): Promise<TextIndex> | undefined;
  /** The facet table of a stamped bundle (facets.ts buildFacets), made in the worker. */
  facets?: FacetTable;
}

/** Why the worker could not read the bundle (a LoadError's kind and message). */
export interface WorkerFailure { kind: LoadErrorKind; message: string }

type Message =
  | { t: 'head'; head: unknown; whole?: boolean }
  | { t: 'res'; list: unknown[] }
  | { t: 'terms'; part: IndexData['parts'][number] }
  | { t: 'end'; stamped: boolean; locale?: string; facets?: FacetTable }
  | { t: 'index'; data: Omit<IndexData, 'parts'> }
  | { t: 'error'; kind: LoadErrorKind; message: string };

/**
 * Reads `response`'s body in the loading worker (see loadInWorker); where the worker cannot start,
 * resolves the body's text instead, read here from a clone.
 */
export function readInWorker(response: Response, workerUrl: string | object, q: Omit<WorkerRequest, 'body'>, signal?: AbortSignal): Promise<WorkerLoad | string> {
  const spare = response.clone();
  return loadInWorker(workerUrl, { ...q, body: response.body! }, signal).then<WorkerLoad | string>((load) => {
    if (!load) return spare.text();
    void spare.body?.cancel();
    return load;
  });
}

/**
 * Reads `q.body` in a module worker at `workerUrl` (a TrustedScriptURL where Trusted Types apply).
 * Resolves undefined when the worker cannot run (then the body was not read, or is lost: read a
 * clone); rejects with a WorkerFailure, or the abort reason.
 */
export function loadInWorker(workerUrl: string | object, q: WorkerRequest, signal?: AbortSignal): Promise<WorkerLoad | undefined> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(workerUrl as string, { type: 'module' });
    } catch {
      return resolve(undefined);
    }
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
    signal?.addEventListener('abort', abort, { once: true });
    // Before the first message, an error means the worker did not start: load on the page instead.
    worker.onerror = (e) => {
      e.preventDefault();
      stop();
      if (!head) resolve(undefined);
    };
    worker.onmessage = ({ data: m }: MessageEvent<Message>) => {
      if (m.t === 'error') return stop(), reject({ kind: m.kind, message: m.message } satisfies WorkerFailure);
      if (m.t === 'head') head = m;
      else if (m.t === 'res') for (const r of m.list) resources.push(r);
      else if (m.t === 'terms') terms.push(m.part);
      else if (m.t === 'end') {
        // `whole`: not a bundle's shape (an array, a string …), as parsed, for the page to say so.
        const raw = head!.whole ? head!.head : { ...(head!.head as object), resources };
        let index: Promise<IndexData> | undefined = indexed;
        const prebuilt = (loc: string) => {
          const data = loc === m.locale ? index : undefined;
          index = undefined;
          return data?.then((d) => loadIndex(stemmerFor(loc), d));
        };
        resolve({ raw, stamped: m.stamped, prebuilt, facets: m.facets });
        if (!m.locale) stop();
      } else if (m.t === 'index') {
        index!.resolve({ ...m.data, parts: terms.slice() });
        stop();
      }
    };
    try {
      worker.postMessage(q, [q.body as unknown as Transferable]);
    } catch {
      stop(); // a stream that cannot be handed over (older browsers)
      resolve(undefined);
    }
  });
}
