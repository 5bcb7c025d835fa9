// What the bench installs in every page before any of the page's own scripts run (addInitScript):
//  - longest main-thread tasks (PerformanceObserver 'longtask', > 50 ms each);
//  - "first results painted": a requestAnimationFrame poll for the first result card, then a task
//    after that frame (setTimeout 0), i.e. the frame that showed it has been produced;
//  - per keystroke: from the `input` event's timeStamp, through the host's `updateComplete` (when it
//    has one), to the next rendered frame (requestAnimationFrame, then setTimeout 0); and to the
//    frame after every result card is drawn (cards out of view may wait for an idle moment);
//  - the last *visible* DOM change under a root (MutationObserver; changes inside elements of 1 px or
//    less, such as screen-reader live regions, are left out), for "time to settled results".
import { READY_SCRIPT } from './ready.mjs';

/** In-page (serialized): `cfg.host` is the element's tag, `cfg.result` a selector for one result. */
function install(cfg) {
  const host = () => document.querySelector(cfg.host);
  const find = () => {
    const h = host();
    return (h?.shadowRoot ?? (cfg.host === 'body' ? document : null))?.querySelector(cfg.result) ?? null;
  };
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

  window.__longtasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch { /* no longtask support: reported as "–" */ }

  window.__firstResults = new Promise((resolve) => {
    const poll = () => (find() ? setTimeout(() => resolve(performance.now()), 0) : requestAnimationFrame(poll));
    requestAnimationFrame(poll);
  });

  window.__ksCount = 0;
  window.addEventListener('input', (e) => {
    // Bubble phase on window: the page's own handler has run, its update is queued.
    const t0 = e.timeStamp > 0 && e.timeStamp <= performance.now() ? e.timeStamp : performance.now();
    const q = e.composedPath()[0]?.value;
    const h = host();
    window.__ksCount++;
    window.__ks = (async () => {
      await h?.updateComplete;
      const t1 = performance.now();
      // The widget's results are pending (a split bundle's part on its way): this frame shows the last ones.
      const pending = !!h?.shadowRoot?.querySelector('.results[aria-busy="true"]');
      await frame();
      const ms = performance.now() - t0;
      // Cards out of view may be drawn once the page is idle (the list is aria-busy till then):
      // the time until every card shows, and the frame after that.
      // (Watched, not polled: polling would keep the page from ever being idle.)
      const list = h?.shadowRoot?.querySelector('[aria-busy="true"][part~="result-list"]');
      if (!list) return { q, t0, update: t1 - t0, ms, all: ms, pending };
      await new Promise((r) => {
        const mo = new MutationObserver(() => list.getAttribute('aria-busy') !== 'true' && (mo.disconnect(), r()));
        mo.observe(list, { attributes: true, attributeFilter: ['aria-busy'] });
      });
      await frame();
      return { q, t0, update: t1 - t0, ms, all: performance.now() - t0, pending };
    })();
  });

  window.__lastChange = 0;
  window.__watch = (root) => {
    const visible = (node) => {
      const el = node.nodeType === 1 ? node : node.parentElement;
      if (!el || !el.isConnected) return true; // removed: its disappearance is visible
      const r = el.getBoundingClientRect();
      return r.width > 1 || r.height > 1;
    };
    new MutationObserver((list) => {
      if (!list.some((m) => visible(m.target))) return;
      requestAnimationFrame(() => setTimeout(() => { window.__lastChange = performance.now(); }, 0));
    }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  };
}

/** The init script for a page whose results are `cfg.result` inside `cfg.host` ('body' = the document). */
export function probeScript(cfg) {
  return `(${install.toString()})(${JSON.stringify(cfg)});\n${READY_SCRIPT}`;
}

/** In-page: waits until nothing visible changed for `quietMs`; returns ms from `t0` to the last change. */
export async function settledSince({ t0, quietMs }) {
  const start = performance.now();
  for (;;) {
    await new Promise((r) => setTimeout(r, 25));
    const now = performance.now();
    if (now - Math.max(window.__lastChange, start) >= quietMs) break;
  }
  return Math.max(0, window.__lastChange - t0);
}
