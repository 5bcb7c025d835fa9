/**
 * The page's side of the fetch worker (parts/fetch-worker.ts): the text of a split bundle's file,
 * requested by the worker so that starting requests costs the page next to nothing while the
 * visitor types. Where the worker cannot run (no URL for it: the module build; a CSP without
 * `worker-src 'self'`; the file missing; a script from another origin), every file is fetched on
 * the page instead (`here`), as before: nothing is lost, only the time. A request the worker could
 * not make at all is made once more on the page, in case only the worker is kept from connecting.
 */
import { LoadError } from '../core/load.js';

interface Answer { id: number; status?: number; text?: string; retry?: string | null }
interface Waiting { url: string; settle(text: Promise<string>): void; timer: ReturnType<typeof setTimeout> }

/**
 * Returns `text(url)`: the body of a successful response, or a LoadError (`http` with the status,
 * `timeout` after `timeoutMs`, or what `here` rejects with). Starts the worker at once, so it is
 * running by the first keystroke.
 */
export function fetchThroughWorker(workerUrl: string | object | undefined, here: (url: string) => Promise<string>, timeoutMs = 15000): (url: string) => Promise<string> {
  let worker: Worker | undefined;
  const waiting = new Map<number, Waiting>();
  let last = 0;
  // The worker cannot run: what waits for it, and everything after, is fetched on the page.
  const onPage = () => {
    worker?.terminate();
    worker = undefined;
    for (const w of waiting.values()) {
      clearTimeout(w.timer);
      w.settle(here(w.url));
    }
    waiting.clear();
  };
  try {
    if (workerUrl) worker = new Worker(workerUrl as string);
  } catch {
    worker = undefined;
  }
  if (worker) {
    worker.onerror = (e) => (e.preventDefault(), onPage());
    worker.onmessage = ({ data: a }: MessageEvent<Answer>) => {
      const w = waiting.get(a.id);
      if (!w) return;
      waiting.delete(a.id);
      clearTimeout(w.timer);
      if (a.status === undefined) return w.settle(here(w.url));
      if (a.text !== undefined) return w.settle(Promise.resolve(a.text));
      w.settle(Promise.reject(new LoadError('http', `The server answered ${a.status}.`, a.status, Number(a.retry || NaN))));
    };
  }
  return (url) => {
    if (!worker) return here(url);
    const id = ++last;
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiting.delete(id);
        worker?.postMessage({ id });
        reject(new LoadError('timeout', `No complete answer within ${Math.round(timeoutMs / 1000)} s.`));
      }, timeoutMs);
      waiting.set(id, { url, timer, settle: (text) => text.then(resolve, reject) });
      worker!.postMessage({ id, url });
    });
  };
}
