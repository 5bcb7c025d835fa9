/**
 * Gets the Intl formatters of the first results ready while the list is on its way. The first Intl
 * object a page makes loads ICU's locale data: a long task on a slow phone (150–230 ms at 4x CPU
 * in headless Chromium). That data is loaded once per browser process, in any thread, so a small
 * worker makes them (parts/intl-worker.ts) and the page's own are then nearly free. Where no worker
 * can start (a CSP without `worker-src 'self'`, the file missing, the module build), the page makes
 * the count's formatters itself, in a task of their own (not in idle time: that may come only after).
 */
import { worker } from '../parts/index.js';
import { prepareNumbers } from './format.js';

const asked = new Set<string>();

export function prepareFormats(locale: string) {
  if (asked.has(locale)) return;
  asked.add(locale);
  const here = () => setTimeout(() => prepareNumbers(locale));
  const url = worker('intl.worker');
  if (!url) {
    here();
    return;
  }
  try {
    const w = new Worker(url as string);
    w.onerror = (e) => (e.preventDefault(), here());
    w.postMessage(locale);
  } catch {
    here();
  }
}
