// Network faults against the built one-file bundle: HTTP errors, HTML instead of JSON, a CORS
// refusal from a second origin, no answer at all, a body that never finishes, and a src changed
// while a request is in flight. Each fault route is stateful, so "Try again" is tested against a
// server that has recovered. Also: which requests a whole search session makes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { kitServer, launch, open, htmlPage, json, send, makeBundle, mutant, rfEvents, waitForResults, waitForError, errorText, titles, search, countShown } from './hardening-kit.mjs';

let srv; // pages, script, same-origin data
let other; // a second origin (another 127.0.0.1 port) for cross-origin data
let browser;

const GOOD = makeBundle([
  { id: 'recovered-a', name: 'Recovered A', description: 'Back again.' },
  { id: 'recovered-b', name: 'Recovered B', description: 'Back again too.' },
]);
const HELP = '<p slot="help" id="host-help">Call our front desk: 555-0100.</p>';
/** Chromium's own log lines for failed requests (not from the widget). */
const BROWSER_NET = /Failed to load resource|blocked by CORS policy|net::ERR_/;

before(async () => {
  srv = await kitServer();
  other = await kitServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  srv?.close();
  other?.close();
});

/**
 * A route that fails with `fail(req, res)` until `state.broken` is set to false, then serves GOOD.
 * Failures come after 300 ms, so the page (and its help child) is parsed first; the race where the
 * failure wins is tested on its own below.
 */
function flaky(server, path, fail, goodHeaders = {}) {
  const state = { broken: true, hits: 0 };
  const url = server.route(path, (req, res) => {
    state.hits++;
    if (state.broken) return void setTimeout(() => fail(req, res), 300);
    send(res, json(GOOD, { headers: goodHeaders }));
  });
  return { state, url };
}

function widgetPage(name, src, attrs = '') {
  return srv.route(`/net/${name}.html`, htmlPage(`<script src="/dist/resource-finder.js"></script><resource-finder src="${src}" ${attrs}>${HELP}</resource-finder>`));
}

/**
 * The common check: a specific message, the retry button, the host's help shown, one rf-load-error
 * with kind and status, no page errors; then the server recovers and "Try again" shows the data.
 */
async function faultRun(name, { src, state, kind, status, message, waitMs = 10000, attrs }) {
  const { page, context, log } = await open(browser, widgetPage(name, src, attrs));
  const text = await waitForError(page, 'resource-finder', waitMs);
  const help = await page.evaluate(() => {
    const root = document.querySelector('resource-finder').shadowRoot;
    const slot = root.querySelector('[part~="pinned-help"] slot[name="help"]');
    return { slotted: slot ? slot.assignedElements().map((e) => e.id) : [], visible: !!document.getElementById('host-help')?.checkVisibility() };
  });
  const errors = await rfEvents(page, 'rf-load-error');
  state.broken = false;
  await page.locator('resource-finder [part~="error"] button').click();
  const shown = await waitForResults(page, 'resource-finder', 2);
  const after = { error: await errorText(page), events: (await rfEvents(page)).map((e) => e.type) };
  await context.close();

  assert.match(text, message, `a specific message (${text})`);
  assert.match(text, /Try again/);
  assert.deepEqual(help.slotted, ['host-help'], "the host's help is shown in the pinned-help box");
  assert.ok(help.visible);
  assert.equal(errors.length, 1, 'one rf-load-error');
  assert.equal(errors[0].kind, kind);
  assert.ok(errors[0].hasStatus, 'the event has a status field');
  assert.equal(errors[0].status, status);
  assert.ok(typeof errors[0].message === 'string' && errors[0].message.length > 0);
  assert.deepEqual(shown, ['Recovered A', 'Recovered B'], 'Try again loads the data once the server recovers');
  assert.equal(after.error, '', 'the error panel is gone');
  assert.deepEqual(after.events, ['rf-load-error', 'rf-load']);
  assert.ok(state.hits >= 2);
  assert.deepEqual(log.pageErrors, []);
  const ours = log.consoleErrors.filter((m) => m.startsWith('<resource-finder>: could not load'));
  assert.ok(ours.length >= 1, 'one console error tells the site’s developers what failed');
  assert.deepEqual(log.consoleErrors.filter((m) => !BROWSER_NET.test(m) && !ours.includes(m)), [], 'no other console errors besides the browser’s own network lines');
}

test('404: "error 404" message, retry, help, rf-load-error http/404', async () => {
  const { state, url } = flaky(srv, '/data/missing-404.json', (req, res) => send(res, { status: 404, type: 'text/plain', body: 'Not found' }));
  await faultRun('404', { src: url, state, kind: 'http', status: 404, message: /server answered with error 404/ });
});

test('500: "error 500" message, retry, help, rf-load-error http/500', async () => {
  const { state, url } = flaky(srv, '/data/boom-500.json', (req, res) => send(res, { status: 500, type: 'text/plain', body: 'Internal error' }));
  await faultRun('500', { src: url, state, kind: 'http', status: 500, message: /server answered with error 500/ });
});

test('HTML instead of JSON (a 200 login or error page): "not valid JSON", retry, rf-load-error not-json', async () => {
  const { state, url } = flaky(srv, '/data/html.json', (req, res) => send(res, { type: 'text/html', body: '<!doctype html><html><body><h1>Please sign in</h1></body></html>' }));
  await faultRun('html', { src: url, state, kind: 'not-json', status: undefined, message: /not valid JSON/ });
});

test('CORS refusal from another origin: a network error message, retry works once the header is sent', async () => {
  // The data server is another 127.0.0.1 port: without Access-Control-Allow-Origin the browser refuses.
  const { state, url } = flaky(other, '/data/cross-origin.json', (req, res) => send(res, json(GOOD)), { 'Access-Control-Allow-Origin': '*' });
  await faultRun('cors', { src: url, state, kind: 'network', status: undefined, message: /could not be reached/ });
});

test('no answer at all: times out after load-timeout with a timeout message; retry works', { timeout: 60000 }, async () => {
  const { state, url } = flaky(srv, '/data/silent.json', () => {
    /* never answers */
  });
  const t0 = Date.now();
  await faultRun('silent', { src: url, state, kind: 'timeout', status: undefined, message: /took too long/, waitMs: 15000, attrs: 'load-timeout="2"' });
  const took = Date.now() - t0;
  console.log(`# no answer: error shown and retried in ${took} ms`);
  assert.ok(took >= 2000, 'not before the 2 s the host asked for');
});

test('stalled body (headers sent, body never finishes): times out with a timeout message; retry works', { timeout: 60000 }, async () => {
  const { state, url } = flaky(srv, '/data/stalled.json', (req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '100000' });
    res.write('{"format_version":1,"meta":{"title":"Stalled"');
  });
  await faultRun('stalled', { src: url, state, kind: 'timeout', status: undefined, message: /took too long/, waitMs: 15000, attrs: 'load-timeout="2"' });
});

test('help the host gives in markup is shown even when the error is rendered before that markup is parsed', async () => {
  // Script before the element (as the README's embed snippet), a fast 404, and host markup that the
  // parser reaches only after a slow parser-blocking script inside the element. The same race happened
  // about one time in four with a plain CORS refusal from 127.0.0.1.
  const src = srv.route('/data/fast-404.json', { status: 404, type: 'text/plain', body: 'Not found' });
  srv.route('/net/slow-parser.js', (req, res) => setTimeout(() => send(res, { type: 'text/javascript', body: 'window.__slow = true;' }), 1500));
  const url = srv.route(
    '/net/help-race.html',
    htmlPage(`<script src="/dist/resource-finder.js"></script><resource-finder src="${src}"><script src="/net/slow-parser.js"></script>${HELP}</resource-finder>`),
  );
  const { page, context, log } = await open(browser, url);
  await waitForError(page);
  await page.waitForTimeout(300);
  const help = await page.evaluate(() => {
    const slot = document.querySelector('resource-finder').shadowRoot.querySelector('[part~="pinned-help"] slot[name="help"]');
    return { parsed: !!document.getElementById('host-help'), slotted: slot ? slot.assignedElements().map((e) => e.id) : [] };
  });
  await context.close();
  assert.ok(help.parsed);
  assert.deepEqual(help.slotted, ['host-help'], "the host's help appears in the pinned-help box once parsed");
  assert.deepEqual(log.pageErrors, []);
});

// ---- a src changed while a request is in flight -------------------------------------------------

async function staleRun(name, script = '/dist/resource-finder.js') {
  let releaseSlow;
  const slowArrived = new Promise((r) => (releaseSlow = r));
  const slow = srv.route(`/race/${name}-slow.json`, (req, res) => {
    setTimeout(() => {
      if (!res.destroyed) send(res, json(makeBundle([{ id: 'old', name: 'Old data', description: 'From the first src.' }])));
      releaseSlow();
    }, 2500);
  });
  const fast = srv.route(`/race/${name}-fast.json`, json(makeBundle([{ id: 'new', name: 'New data', description: 'From the second src.' }])));
  const url = srv.route(`/race/${name}.html`, htmlPage(`<script src="${script}"></script><resource-finder src="${slow}"></resource-finder>`));
  const { page, context, log } = await open(browser, url);
  await page.waitForTimeout(300);
  await page.evaluate((src) => document.querySelector('resource-finder').setAttribute('src', src), fast);
  const first = await waitForResults(page);
  await slowArrived;
  await page.waitForTimeout(800);
  const later = await titles(page);
  const events = (await rfEvents(page)).map((e) => e.type + (e.kind ? `:${e.kind}` : ''));
  await context.close();
  return { first, later, events, log };
}

test('src changed while the first request is in flight: only the second src’s data shows, even after the first arrives', async () => {
  const r = await staleRun('race');
  assert.deepEqual(r.first, ['New data']);
  assert.deepEqual(r.later, ['New data'], 'the late first response does not replace the data');
  assert.deepEqual(r.events, ['rf-load'], 'one rf-load, and no error for the abandoned request');
  assert.deepEqual(r.log.pageErrors, []);
});

test('proof: the stale-response test fails against a build without the abort and token checks', async () => {
  const broken = mutant([
    ['this.current?.abort();', '', 'abort of the previous request'],
    [/\w+===this\.current(?=[?&])/g, '!0', 'stale-run checks'],
  ]);
  assert.deepEqual(broken.missing, [], 'mutation patterns not in this build (the build changed: update the patterns)');
  srv.route('/mutants/stale.js', { type: 'text/javascript', body: broken.code });
  const r = await staleRun('race-proof', '/mutants/stale.js');
  assert.deepEqual(r.later, ['Old data'], 'the broken build shows the stale data');
});

// ---- request hygiene ------------------------------------------------------------------------------

test('a whole search session on the plain page requests only the page, the script, its sibling parts and the bundle (no query string, no referrer, no cookies)', async () => {
  const { page, context, log } = await open(browser, `${srv.base}pages/plain.html`);
  await context.addCookies([{ name: 'session', value: 'secret', url: srv.base }]);
  const dataHeaders = [];
  page.on('request', (r) => {
    if (r.url().includes('/data/')) dataHeaders.push(r.headers());
  });
  await page.reload();
  await waitForResults(page);
  const all = await countShown(page);
  await search(page, 'housing');
  await search(page, 'zx-sentinel-47');
  await search(page, 'legal help');
  await search(page, '');
  await page.locator('resource-finder input[type="checkbox"]').first().check();
  await page.locator('resource-finder input[type="checkbox"]').nth(1).check();
  await page.locator('resource-finder [part~="sort"]').selectOption('name');
  await page.locator('resource-finder [part~="result"] details.more summary').first().click();
  await page.locator('resource-finder [part~="safety-note"] summary').click();
  const more = page.locator('resource-finder [part~="more-button"]');
  if (await more.count()) await more.click();
  await page.evaluate(() => document.querySelector('resource-finder').setAttribute('lang', 'es'));
  await page.waitForTimeout(1000);
  const state = await page.evaluate(() => ({ href: location.href, title: document.title, history: history.length }));
  await context.close();

  assert.ok(all > 10);
  const urls = [...new Set(log.requests)];
  const paths = urls.map((u) => new URL(u).pathname).sort();
  // The script's on-demand parts come from its own folder: search (with the data), the validator (this
  // bundle is not stamped by `build`), the Spanish interface (the page switched to es) and the Intl
  // warm-up worker (ui/intl-warm.ts). Not the loading worker: this server sends no Content-Length,
  // and a small response is read on the page.
  assert.deepEqual(
    paths,
    ['/data/ccci-resources.json', '/dist/resource-finder.es.js', '/dist/resource-finder.intl.worker.js', '/dist/resource-finder.js', '/dist/resource-finder.search.js', '/dist/resource-finder.validate.js', '/pages/plain.html'],
    `requests: ${JSON.stringify(urls)}`,
  );
  assert.ok(urls.every((u) => new URL(u).origin === new URL(srv.base).origin && !new URL(u).search), 'same origin only, no query strings');
  const data = urls.find((u) => u.includes('/data/'));
  assert.equal(new URL(data).search, '', 'the bundle URL carries no query string');
  assert.ok(dataHeaders.length >= 1);
  for (const h of dataHeaders) {
    assert.equal(h.cookie, undefined, 'no cookie on the bundle request');
    assert.ok(!h.referer, `no referrer on the bundle request (${h.referer})`);
  }
  assert.equal(state.href, `${srv.base}pages/plain.html`, 'nothing typed reaches the address bar');
  assert.deepEqual(log.pageErrors, []);
  assert.ok(!log.warnings.concat(log.consoleErrors).some((m) => m.includes('zx-sentinel-47')), 'the query is never logged');
});
