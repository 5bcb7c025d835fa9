// THE one place that decides when <resource-finder> is "ready to search". Everything else in the
// bench calls window.__rfReady(el) (installed by probes.mjs) and never reads element internals.
//
// Order of preference:
//  1. rendered result cards in the shadow DOM (what a visitor sees) — always required;
//  2. a public readiness signal, when the element has one: a promise property or an event
//     (the refactor of issue 16 replaces the `indexReady` test seam; put its name in READY_PROMISES /
//     READY_EVENTS below and nothing else changes);
//  3. today's internal @state `indexReady` (a test seam), polled — only when 2 is absent.
// The answer says which signal was used, so the report can print it.

/** Promise-valued properties that mean "the search index is built" (first found wins). */
export const READY_PROMISES = ['searchReady', 'ready', 'indexed'];
/** Events that mean the same (listened for on the element from page start by probes.mjs). */
export const READY_EVENTS = ['rf-ready', 'rf-index-ready'];

/**
 * In-page function (serialized into the page; must not use closures): resolves with
 * { how, ms } once `el` shows result cards and its index is ready; rejects after `timeoutMs`.
 */
export async function widgetReadyInPage(el, { promises, events, timeoutMs = 120000 }) {
  const limit = performance.now() + timeoutMs;
  const until = async (test, what) => {
    while (!test()) {
      if (performance.now() > limit) throw new Error(`not ready after ${timeoutMs} ms: waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  await until(() => el?.shadowRoot?.querySelector('[part~="result"]'), 'result cards in the shadow DOM');
  const seen = (window.__rfEvents ?? []).find((e) => events.includes(e.type));
  if (seen) return { how: `event ${seen.type}`, ms: performance.now() };
  const within = (promise, what) => {
    let timer;
    const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`not ready after ${timeoutMs} ms: waiting for ${what}`)), limit - performance.now()); });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  };
  for (const name of promises) {
    if (el[name] && typeof el[name].then === 'function') {
      await within(el[name], `promise ${name}`);
      return { how: `promise ${name}`, ms: performance.now() };
    }
  }
  if (typeof el.indexReady === 'boolean') {
    await until(() => el.indexReady === true, 'indexReady');
    await el.updateComplete;
    return { how: 'indexReady (internal test seam)', ms: performance.now() };
  }
  // Nothing better: an event may still come within 3 s; otherwise cards on screen is all we know.
  const event = () => (window.__rfEvents ?? []).some((e) => events.includes(e.type));
  const wait = performance.now() + 3000;
  while (!event() && performance.now() < wait) await new Promise((r) => setTimeout(r, 10));
  const late = event() ? 'event' : 'cards';
  return { how: late === 'event' ? 'event (late)' : 'result cards only (no readiness signal found)', ms: performance.now() };
}

/** Script text that installs window.__rfReady(el) in a page. */
export const READY_SCRIPT = `window.__rfReady = (el, timeoutMs) => (${widgetReadyInPage.toString()})(el, { promises: ${JSON.stringify(READY_PROMISES)}, events: ${JSON.stringify(READY_EVENTS)}, timeoutMs });
for (const type of ${JSON.stringify(READY_EVENTS)}) document.addEventListener(type, (e) => (window.__rfEvents ??= []).push({ type, t: performance.now() }), true);`;
