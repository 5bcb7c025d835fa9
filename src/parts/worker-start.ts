/**
 * Starts the loading worker (src/core/worker-main.ts) as soon as the page's request says the data
 * is big, in the first script: the worker fetches and parses while the search part, which reads
 * its messages (src/parts/worker-client.ts), is still on its way. What the worker says meanwhile
 * is kept, in order, for that reader.
 */
import type { WorkerRequest } from '../core/worker-main.js';

export interface StartedWorker {
  worker: Worker;
  /** Messages and errors that came before the reader took over. */
  said: Event[];
}

/** Undefined when the worker cannot be made (no module workers, Trusted Types refusing the URL …). */
export function startWorker(workerUrl: string | object, q: WorkerRequest): StartedWorker | undefined {
  try {
    const worker = new Worker(workerUrl as string, { type: 'module' });
    const said: StartedWorker['said'] = [];
    worker.onmessage = (e) => said.push(e);
    // Kept from the console now: the reader decides whether it was only "no worker here".
    worker.onerror = (e) => (e.preventDefault(), said.push(e));
    worker.postMessage(q);
    return { worker, said };
  } catch {
    return undefined;
  }
}
