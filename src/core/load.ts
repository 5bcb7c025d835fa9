/**
 * Fetches a bundle and turns every way it can fail into one LoadError kind.
 * Owns: the request (no credentials, no query, a timeout), parsing, the shape check.
 * Does not own: validation of the contents (validate.ts) or anything shown to people.
 */

export type LoadErrorKind = 'http' | 'not-json' | 'shape' | 'network' | 'timeout';

export class LoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    message: string,
    readonly status?: number,
    /** Seconds the server asked to wait before trying again (its `Retry-After` in seconds, e.g. on a 429 or 503; NaN without one or with a date). */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'LoadError';
  }

  /** Any failure as a LoadError: anything else that went wrong counts as a bad bundle (`shape`). */
  static from(error: unknown): LoadError {
    return error instanceof LoadError ? error : new LoadError('shape', String((error as Error)?.message ?? error));
  }
}

/** Parses JSON text (a byte-order mark is allowed) or throws a `not-json` LoadError. */
export function parseBundleText(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new LoadError('not-json', `The data is not valid JSON (${(error as Error).message}).`);
  }
}

export interface LoadOptions {
  signal?: AbortSignal;
  /** Give up after this many milliseconds (default 15 s). */
  timeoutMs?: number;
  /** Reads and parses a big body elsewhere (the loading worker); undefined = here. `signal`: the request's (abort and timeout). */
  read?: (response: Response, signal: AbortSignal) => Promise<unknown> | undefined;
}

/**
 * Loads raw bundle JSON from `url`. Resolves with the parsed document, which is a plain object;
 * rejects with a LoadError (or an AbortError when `signal` aborts first).
 */
export async function loadBundleJson(url: string, { signal, timeoutMs = 15000, read }: LoadOptions = {}): Promise<unknown> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal?.addEventListener('abort', abort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    // Credentials are never sent and the referrer is cut: the data server learns nothing about the page.
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) throw new LoadError('http', `The server answered ${response.status}.`, response.status, Number(response.headers.get('retry-after') || NaN));
    const elsewhere = read?.(response, controller.signal);
    const data = elsewhere ? await elsewhere : parseBundleText(await response.text());
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      throw new LoadError('shape', 'The data is JSON but not a resource bundle (expected an object with "resources").');
    }
    return data;
  } catch (error) {
    if (signal?.aborted) throw error;
    if (timedOut) throw new LoadError('timeout', `No complete answer within ${Math.round(timeoutMs / 1000)} s.`);
    if (error instanceof LoadError) throw error;
    throw new LoadError('network', 'The data could not be fetched (network error or blocked by the server).');
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}
