/**
 * The fetch worker (dist/resource-finder.fetch.worker.js, a classic worker of a few hundred bytes):
 * makes the requests of a split bundle's small files (core/split-source.ts) off the page. Starting
 * a request costs the page 1–3 ms of main-thread time on a slow phone (measured in headless
 * Chromium at 4x CPU: 19–69 ms for the 23 files one typo prefix can reach, against under 2 ms to
 * hand the same URLs to this worker), and that came just when the next keystroke did.
 * Protocol (parts/fetch-client.ts): the page posts { id, url } to start and { id } to stop (a
 * timeout); this posts back { id, status, text? , retry? } or { id } for a network failure. The
 * request is made as the page would make it: no credentials, no referrer. It fetches only URLs the
 * page hands it, which are files in the folder beside a head the page itself fetched.
 */
interface Ask { id: number; url?: string }

const running = new Map<number, AbortController>();

self.onmessage = async ({ data: { id, url } }: MessageEvent<Ask>) => {
  if (url === undefined) return running.get(id)?.abort();
  const stop = new AbortController();
  running.set(id, stop);
  try {
    const r = await fetch(url, { signal: stop.signal, credentials: 'omit', referrerPolicy: 'no-referrer', headers: { Accept: 'application/json' } });
    postMessage({ id, status: r.status, retry: r.headers.get('retry-after'), text: r.ok ? await r.text() : undefined });
  } catch {
    postMessage({ id });
  } finally {
    running.delete(id);
  }
};
