// The visitor bench's page drivers: open the widget, the floor or Pagefind in a fresh browser context
// (empty cache) at a given CPU throttle, measure the load, then type the queries one real key at a
// time (CDP key events through playwright-core) and read the in-page probes (probes.mjs).
import { probeScript, settledSince } from './probes.mjs';

/** The typed queries: every prefix of each is one keystroke (46 in all). "traficking" is a typo. */
export const QUERIES = ['housing', 'screening', 'traficking', 'legal help', 'counseling'];
/** Every prefix typed, in order (each query from its first letter). */
export const PREFIXES = QUERIES.flatMap((q) => Array.from(q, (_, i) => q.slice(0, i + 1)));
export const KEYSTROKES = PREFIXES.length;

const VIEWPORT = { width: 1280, height: 900 };

/** Page markup for each kind of page (served by the bench server). */
export function pages(datasets) {
  const head = (title, extra) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><link rel="icon" href="data:,"><style>body{margin:0;font:16px/1.5 system-ui,sans-serif}main{max-width:72rem;margin:0 auto;padding:1rem}</style>${extra}</head>`;
  const out = {
    // Every page refers to its files relatively: it is opened under /s/<visit>/ (see server.mjs).
    '/floor.html': `${head('floor', '<script src="bench/floor.js"></script>')}<body><main><bench-floor></bench-floor></main></body></html>`,
  };
  for (const ds of datasets) {
    out[`/widget/${ds.id}.html`] = `${head('resource-finder bench', '<script src="../element/resource-finder.js"></script>')}<body><main>` +
      `<resource-finder src="..${ds.url}" heading="Find help"></resource-finder></main></body></html>`;
  }
  return out;
}

let visits = 0;

/**
 * A fresh context + page with the probes installed and the CPU throttled; `url(path)` is a path
 * under this visit's own prefix and `bytes()` what the server has sent for the visit so far.
 */
export async function open(env, probe, rate) {
  // env.phone: a phone's screen (390×844, touch) instead of the bench's 1280×900.
  const context = await env.browser.newContext(env.phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'en-US' } : { viewport: VIEWPORT, locale: 'en-US' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript({ content: probeScript(probe) });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const visit = `v${++visits}-${Date.now().toString(36)}`;
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  return {
    context, page, cdp, errors, heap, url: (path) => `${env.base}/s/${visit}${path}`, bytes: () => env.bytes(visit),
    close: (() => { let closed; return () => (closed ??= context.close()); })(),
  };
}

/**
 * Types every query one key at a time, `rounds` times (round 0 = cold), into each target in turn,
 * key by key (widget, then floor, then the next key), so that noise on this shared machine falls on
 * both alike. Per keystroke: input → updateComplete → next frame. A target's `onKey(prefix, round)`
 * runs untimed after its keystroke; with `settle`, after each query's last key the page is left alone
 * until nothing visible changes. Targets: { page, input, settle?, onKey?, onSettle? }.
 */
export async function typeRounds(targets, { rounds, quietMs }) {
  for (const t of targets) {
    t.box = t.page.locator(t.input).first();
    await t.box.focus();
    t.keys = [];
    t.settles = [];
  }
  for (let round = 0; round < rounds; round++) {
    for (const q of QUERIES) {
      for (const t of targets) {
        // Clear the box (not measured): as a visitor selecting the old text and starting again.
        await t.box.evaluate(async (el) => {
          el.value = '';
          el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          await window.__ks; // its frame, and every card drawn
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        });
        t.count = await t.page.evaluate(() => window.__ksCount);
      }
      for (let i = 0; i < q.length; i++) {
        for (const t of targets) {
          await t.page.keyboard.type(q[i]);
          const k = await t.page.evaluate(async (n) => {
            while (window.__ksCount < n) await new Promise((r) => setTimeout(r, 2));
            return window.__ks;
          }, ++t.count);
          if (k.q !== q.slice(0, i + 1)) throw new Error(`typed ${JSON.stringify(q.slice(0, i + 1))} but the box holds ${JSON.stringify(k.q)}`);
          t.keys.push({ ...k, round });
          if (t.onKey) await t.onKey(k.q, round, k);
          if (t.settle && i === q.length - 1) {
            const ms = await t.page.evaluate(settledSince, { t0: k.t0, quietMs });
            t.settles.push({ q, ms: Math.max(ms, k.ms), round });
            t.onSettle?.(q, round);
          }
        }
      }
    }
  }
  return targets.map(({ keys, settles }) => ({ keys, settles }));
}

export const WIDGET_INPUT = 'resource-finder [part~="search-input"]';

/** In-page: the text of each result card shown now: heading, then the rest. */
export function cardsNow() {
  const sr = document.querySelector('resource-finder').shadowRoot;
  return [...sr.querySelectorAll('[part~="result"]')].map((card) => {
    const h = card.querySelector('h1, h2, h3, h4, h5, h6');
    const name = (h?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const all = card.textContent.replace(/\s+/g, ' ').trim();
    return { name, text: all.startsWith(name) ? all.slice(name.length).trim() : all };
  });
}

/**
 * The widget on `ds` at `rate`: load figures; then, with the floor page open beside it, `rounds`
 * typed rounds into both (the first cold: settle time after each query and the bytes of the whole
 * session). The floor is handed the cards the widget showed for each prefix, before it types it.
 */
export async function runWidgetAndFloor(env, ds, { rate, rounds, quietMs }) {
  const p = await open(env, { host: 'resource-finder', result: '[part~="result"]' }, rate);
  let f;
  try {
    const { firstResults, bytesFirst, ready, longtasks } = await measureLoad(p, ds);
    const staticPage = await p.page.evaluate(staticCopy);
    const nodes = await p.page.evaluate(() => document.querySelector('resource-finder').shadowRoot.querySelectorAll('*').length);
    await p.page.evaluate(() => window.__watch(document.querySelector('resource-finder').shadowRoot));

    const cards = { '': await p.page.evaluate(cardsNow) };
    f = await openFloor(env, rate, { '': cards[''] });
    const give = (prefix) => f.page.evaluate(([k, v]) => { document.querySelector('bench-floor').cards[k] = v; }, [prefix, cards[prefix]]);
    // The floor types after the widget, so the widget's cards for a prefix are known by then; in
    // every round, since they may differ: in the cold round a keystroke whose part of a split
    // bundle is still on its way shows the last results in its frame (its own come after it), in a
    // warm round it shows its own. The alone rounds (warm) hand the floor the last round's.
    const [typed, floor] = await typeRounds([
      { page: p.page, input: WIDGET_INPUT, settle: true, onKey: async (prefix, round, k) => {
        cards[prefix] = k.pending ? cards[prefix.slice(0, -1)] : await p.page.evaluate(cardsNow);
        await give(prefix);
      } },
      { page: f.page, input: 'bench-floor input' },
    ], { rounds, quietMs });
    // The session: load, first results and the cold round, as a visitor's first visit.
    const sessionBytes = p.bytes();
    await p.cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const heap = await p.heap();
    // Then each alone, the same rounds again (all warm), with no other page open: the widget with the
    // floor's page closed, then the floor (opened again, warmed with one untimed round) once the
    // widget's page is closed. A second page under the same CPU throttle, even an idle about:blank,
    // slows every keystroke of the typed page by about half here (73 / 4x, median: widget 33 → 52 ms,
    // floor 21 → 30 ms; with the idle page unthrottled, 34 → 37 ms); and none of the widget's work
    // (cards drawn after the frame, counts after a pause) runs while the floor types. In turn, both
    // pages are open and throttled; the two readings show how much that slows each.
    await p.cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const floorErrors = [...f.errors];
    await f.close();
    const [widgetAlone] = await typeRounds([{ page: p.page, input: WIDGET_INPUT }], { rounds, quietMs });
    await p.close();
    f = await openFloor(env, rate, cards);
    await typeRounds([{ page: f.page, input: 'bench-floor input' }], { rounds: 1, quietMs });
    const [alone] = await typeRounds([{ page: f.page, input: 'bench-floor input' }], { rounds, quietMs });
    floorErrors.push(...f.errors);
    if (p.errors.length || floorErrors.length) throw new Error(`page errors: ${[...p.errors, ...floorErrors].join('; ')}`);
    // Which keystrokes changed the cards shown in the last round (against the prefix before it; a
    // query's first key against the emptied box, which shows the same list as after loading).
    const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
    const replaced = PREFIXES.filter((prefix) => !same(cards[prefix], cards[prefix.slice(0, -1)]));
    return {
      widget: {
        ds, rate, staticPage, firstResults, readyMs: ready.ms, readyHow: ready.how, bytesFirst, sessionBytes, loads: [loadFigures(firstResults, ready.ms, longtasks)],
        heap, nodes, keys: typed.keys, settles: typed.settles.filter((x) => x.round === 0), aloneKeys: widgetAlone.keys, replaced,
      },
      floor: { ds, rate, keys: floor.keys, aloneKeys: alone.keys },
    };
  } finally {
    await p.close();
    await f?.close();
  }
}

/**
 * The floor's page at `rate`, handed `cards` ({ prefix: [{ name, text }] }; the object is the page's
 * own copy, so later prefixes are handed one by one). With `watch`, the settle watcher is on it: the
 * same instrument as on the widget (a MutationObserver that measures what changed), which forces a
 * layout inside each keystroke's update, so the floor pays for it too.
 */
export async function openFloor(env, rate, cards, { watch = true } = {}) {
  const f = await open(env, { host: 'bench-floor', result: '[part~="result"]' }, rate);
  await f.page.goto(f.url('/floor.html'), { waitUntil: 'load' });
  if (watch) await f.page.evaluate(() => window.__watch(document.querySelector('bench-floor').shadowRoot ?? document.querySelector('bench-floor')));
  await f.page.evaluate((c) => { document.querySelector('bench-floor').cards = c; }, cards);
  return f;
}

/**
 * One more load of the widget on `ds` at `rate` in a fresh context (empty cache), nothing typed: first
 * results, index ready and the longest main-thread task until then. Load figures of one visit move a
 * lot on a shared machine; the bench takes the median of a few.
 */
export async function loadVisit(env, ds, rate, network) {
  const p = await open(env, { host: 'resource-finder', result: '[part~="result"]' }, rate);
  try {
    // `network`: { rtt ms, down bits/s }, as a phone on a slow connection (CDP network emulation).
    if (network) {
      await p.cdp.send('Network.enable');
      await p.cdp.send('Network.emulateNetworkConditions', { offline: false, latency: network.rtt, downloadThroughput: network.down / 8, uploadThroughput: network.down / 16 });
    }
    const { firstResults, ready, longtasks } = await measureLoad(p, ds);
    if (p.errors.length) throw new Error(`page errors: ${p.errors.join('; ')}`);
    return { ...loadFigures(firstResults, ready.ms, longtasks), bytes: p.bytes() };
  } finally {
    await p.close();
  }
}

/**
 * In-page: what the widget shows now (its shadow DOM and its styles) as a page with no script: the
 * shadow root written as a declarative one. Loading it costs the browser the same parse, style,
 * layout and paint with none of the widget's work: the floor of the longest load task.
 */
export function staticCopy() {
  const host = document.querySelector('resource-finder');
  const root = host.shadowRoot;
  const css = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).join('\n');
  const attrs = [...host.attributes].filter((a) => a.name !== 'src').map((a) => ` ${a.name}="${a.value.replace(/"/g, '&quot;')}"`).join('');
  // Serialized with getHTML (the page's head without its script, then the shadow root's content).
  const head = document.head.getHTML().replace(/<script[\s\S]*?<\/script>/g, '');
  return `<!doctype html><html lang="${document.documentElement.lang}"><head>${head}</head><body><main><resource-finder${attrs}><template shadowrootmode="open"><style>${css}</style>${root.getHTML()}</template></resource-finder></main></body></html>`;
}

/**
 * The floor of the load's longest task: `html` (staticCopy of the widget at its first results) opened
 * at `rate` in a fresh context; the longest task from the start until two frames after load and a
 * quiet 300 ms (no script of the page's own runs, so nothing comes later).
 */
export async function staticLoadVisit(env, html, rate) {
  const path = `/static-${++visits}.html`;
  env.pages[path] = html;
  const p = await open(env, { host: 'resource-finder', result: '[part~="result"]' }, rate);
  try {
    await p.page.goto(p.url(path), { waitUntil: 'load' });
    await p.page.evaluate(() => window.__firstResults);
    await p.page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    const lt = (await p.page.evaluate(() => window.__longtasks)).map((t) => t.duration);
    return { longest: Math.max(0, ...lt) };
  } finally {
    delete env.pages[path];
    await p.close();
  }
}

/** Opens the widget page on `ds` in `p` and waits for its first results and index: their times, bytes, long tasks. */
async function measureLoad(p, ds) {
  await p.page.goto(p.url(`/widget/${ds.id}.html`), { waitUntil: 'commit' });
  const firstResults = await p.page.evaluate(() => window.__firstResults);
  const bytesFirst = p.bytes();
  const ready = await p.page.evaluate(() => window.__rfReady(document.querySelector('resource-finder'), 180000));
  const longtasks = await p.page.evaluate(() => window.__longtasks);
  return { firstResults, bytesFirst, ready, longtasks };
}

/** A visit's load figures: first results, index ready, the longest task until then and how many passed 200 ms. */
export function loadFigures(firstResults, readyMs, longtasks) {
  const lt = longtasks.filter((t) => t.start <= readyMs).map((t) => t.duration);
  return { firstResults, readyMs, longest: Math.max(0, ...lt), over200: lt.filter((d) => d > 200).length };
}

/**
 * One untimed visit before anything is measured, so the first measured page does not pay for the
 * browser's own start (processes, caches). Each measured page still gets a fresh, empty context.
 */
export async function warmUp(env, ds) {
  const p = await open(env, { host: 'resource-finder', result: '[part~="result"]' }, 1);
  try {
    await p.page.goto(p.url(`/widget/${ds.id}.html`), { waitUntil: 'commit' });
    await p.page.evaluate(() => window.__firstResults);
    await p.page.evaluate(() => window.__rfReady(document.querySelector('resource-finder'), 60000));
  } finally {
    await p.close();
  }
}

/** Pagefind's default UI over the same data at `rate`: one cold round with settle times and bytes. */
export async function runPagefind(env, ds, { rate, quietMs }) {
  const p = await open(env, { host: 'body', result: '.pagefind-ui__result' }, rate);
  try {
    await p.page.goto(p.url(`/pf/${ds.id}/search.html`), { waitUntil: 'load' });
    await p.page.waitForSelector('.pagefind-ui__search-input');
    const bytesLoad = p.bytes();
    await p.page.evaluate(() => window.__watch(document.querySelector('#search')));
    let bytesFirst;
    const [typed] = await typeRounds([
      { page: p.page, input: '.pagefind-ui__search-input', settle: true, onSettle: () => { bytesFirst ??= p.bytes(); } },
    ], { rounds: 1, quietMs });
    const shown = await p.page.evaluate(() => document.querySelectorAll('.pagefind-ui__result').length);
    if (p.errors.length) throw new Error(`pagefind page errors: ${p.errors.join('; ')}`);
    return { ds, rate, bytesLoad, bytesFirst, sessionBytes: p.bytes(), settles: typed.settles, shown };
  } finally {
    await p.close();
  }
}
