// The loading worker (src/core/worker-main.ts, dist/resource-finder.worker.js): a big bundle is parsed,
// checked and indexed off the page under a strict CSP with Trusted Types; where the worker cannot start
// (a CSP refusing workers, the file missing) the page loads the data itself and the widget works the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { open, htmlPage, csp, json, makeBundle, waitForResults, waitForError, countShown, search, send, useKit } from './hardening-kit.mjs';

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'";
const TT = `${STRICT}; require-trusted-types-for 'script'; trusted-types resource-finder`;
const N = 1200;
const TAGGED = Math.ceil(N / 7); // resources whose description (only) says "harborline"

const kit = useKit();

const resources = (n) => Array.from({ length: n }, (_, i) => ({
  id: `r${i}`, name: `Help line ${i}`, url: `https://example.org/${i}`,
  // Long enough that the file (sent without a length) is over the size read on the page first.
  description: `Free help number ${i}.${i % 7 ? '' : ' Harborline counseling.'} ${'Open to anyone who asks, in person or by phone. '.repeat(4)}`,
}));
function bundle({ stamp = true, bad = false } = {}) {
  const list = resources(N);
  if (bad) list[3].name = ''; // the full validator drops it
  const b = makeBundle(list);
  if (stamp) b.meta.built = { by: 'resource-finder', version: '0.1.0', count: list.length };
  return b;
}

/** Opens a page reading `data` under `policy`; returns what it requested, showed and found. */
async function visit(name, data, { policy = TT, script = '/dist/resource-finder.js', problems = false } = {}) {
  kit.srv.route(`/w/${name}.json`, json(data));
  const url = kit.srv.route(`/w/${name}.html`, htmlPage(`<script src="${script}"></script><resource-finder src="/w/${name}.json"></resource-finder>`, { headers: { 'Content-Security-Policy': policy } }));
  // Which messages the loading worker sent (an 'index' message: it built the search index itself).
  const { page, context, log } = await open(kit.browser, url, { init: [() => {
    const Native = window.Worker;
    window.__workerSaid = [];
    window.__problems = [];
    document.addEventListener('rf-invalid-data', (e) => window.__problems.push(...e.problems), true);
    window.Worker = class extends Native {
      constructor(...a) {
        super(...a);
        this.addEventListener('message', (e) => window.__workerSaid.push(e.data?.t));
      }
    };
  }] });
  await waitForResults(page, 'resource-finder', 1, 30000);
  await page.evaluate(() => document.querySelector('resource-finder').ready);
  const all = await countShown(page);
  await search(page, 'harborline');
  await page.waitForFunction((n) => {
    const t = document.querySelector('resource-finder').shadowRoot.querySelector('.results [part~="status"]')?.textContent ?? '';
    return Number(/\d[\d,]*/.exec(t)?.[0].replace(/,/g, '')) !== n;
  }, all, { timeout: 10000 });
  const r = {
    all, found: await countShown(page),
    parts: log.requests.map((u) => /resource-finder\.(\w+)\.js/.exec(u)?.[1]).filter(Boolean),
    said: await page.evaluate(() => [...new Set(window.__workerSaid)]),
    violations: await csp(page), log,
    ...(problems && await page.evaluate(() => {
      const root = document.querySelector('resource-finder').shadowRoot;
      return {
        problems: window.__problems.map((p) => ({ resourceIndex: p.resourceIndex, path: p.path })),
        notice: root.querySelector('[part~="notice"]')?.textContent.trim().replace(/\s+/g, ' '),
      };
    })),
  };
  await context.close();
  return r;
}

/** Opens a page reading `data` that cannot load: the error panel's text and rf-load-error's message. */
async function visitError(name, data) {
  kit.srv.route(`/w/${name}.json`, json(data));
  const url = kit.srv.route(`/w/${name}.html`, htmlPage(`<script src="/dist/resource-finder.js"></script><resource-finder src="/w/${name}.json"></resource-finder>`, { headers: { 'Content-Security-Policy': TT } }));
  const { page, context, log } = await open(kit.browser, url, { init: [() => document.addEventListener('rf-load-error', (e) => (window.__loadError = e.message), true)] });
  const error = await waitForError(page, 'resource-finder', 30000);
  const r = { error, detail: await page.evaluate(() => window.__loadError), parts: log.requests.map((u) => /resource-finder\.(\w+)\.js/.exec(u)?.[1]).filter(Boolean) };
  assert.deepEqual(log.pageErrors, []);
  await context.close();
  return r;
}

test('a big stamped bundle under strict CSP + Trusted Types: read and indexed in the worker, searchable', async () => {
  const r = await visit('stamped', bundle());
  assert.ok(r.parts.includes('worker'), `parts: ${r.parts}`);
  // The worker built the search index (it carries its own index code) and handed it over.
  assert.ok(r.said.includes('index'), `worker messages: ${r.said}`);
  assert.ok(!r.parts.includes('validate'), 'a stamped bundle needs no validator');
  assert.equal(r.all, N);
  assert.equal(r.found, TAGGED);
  assert.deepEqual(r.violations, []);
  assert.deepEqual(r.log.pageErrors, []);
  assert.deepEqual(r.log.consoleErrors, []);
});

test('a big unstamped bundle: parsed, fully validated and indexed in the worker (a bad resource dropped, a bad link trimmed, both reported)', async () => {
  const b = bundle({ stamp: false, bad: true });
  b.resources[5].url = 'javascript:alert(1)'; // costs the resource its link only
  const r = await visit('unstamped', b, { problems: true });
  assert.ok(r.parts.includes('worker') && !r.parts.includes('validate'), `the page needs no validator: ${r.parts}`);
  assert.ok(r.said.includes('res') && r.said.includes('index'), `indexed in the worker (worker messages: ${r.said})`);
  assert.equal(r.all, N - 1);
  assert.equal(r.found, TAGGED);
  // rf-invalid-data says which and where, as when the page validated it.
  assert.deepEqual(r.problems.map((p) => [p.resourceIndex, p.path.join('.')]), [[3, 'resources.3.name'], [5, 'resources.5.url']]);
  assert.equal(r.notice, '2 entries could not be shown because of mistakes in the data.');
  assert.deepEqual(r.violations, []);
  assert.deepEqual(r.log.pageErrors, []);
});

test('a big file whose resources are not a list: the load error says what is wrong and where', async () => {
  const r = await visitError('unusable', { format_version: 1, meta: { title: 'x' }, resources: 'oops', pad: 'x'.repeat(300000) });
  assert.match(r.error, /could not be read/);
  assert.match(r.detail, /field "resources": must be a list/);
  assert.ok(r.parts.includes('worker'), `read in the worker: ${r.parts}`);
});

test("a CSP that refuses workers (worker-src 'none'): the page loads the data itself, same results", async () => {
  const r = await visit('no-worker', bundle(), { policy: `${TT}; worker-src 'none'` });
  assert.equal(r.all, N);
  assert.equal(r.found, TAGGED);
  assert.ok(r.violations.every((v) => /worker-src/.test(v.directive ?? v.violatedDirective ?? JSON.stringify(v))), JSON.stringify(r.violations));
  assert.deepEqual(r.log.pageErrors, []);
});

test('the worker file missing (a host that copied only some siblings): the page loads the data itself', async () => {
  // A routed copy of the script loads its siblings next to itself (the kit serves dist's); not the worker.
  kit.srv.route('/copy/resource-finder.js', { type: 'text/javascript', body: readFileSync(new URL('../../dist/resource-finder.js', import.meta.url), 'utf8') });
  kit.srv.route('/copy/resource-finder.worker.js', { status: 404, type: 'text/plain', body: 'not here' });
  const r = await visit('missing', bundle(), { script: '/copy/resource-finder.js' });
  assert.ok(r.parts.includes('worker'), 'the worker was asked for');
  assert.equal(r.all, N);
  assert.equal(r.found, TAGGED);
  assert.deepEqual(r.log.pageErrors, []);
});

test("the worker fetches a big bundle itself: when its request fails (503), the load error shows, and Try again loads the data", async () => {
  // The page's own request (1st) is answered, and let go at once (the worker fetches it); the worker's (2nd) fails; later ones work.
  const body = JSON.stringify(bundle());
  const asked = [];
  kit.srv.route('/w/flaky.json', (req, res) => {
    asked.push(req.url);
    if (asked.length === 2) return send(res, { status: 503, type: 'text/plain', body: 'busy' });
    send(res, json(body));
  });
  const url = kit.srv.route('/w/flaky.html', htmlPage('<script src="/dist/resource-finder.js"></script><resource-finder src="/w/flaky.json"></resource-finder>', { headers: { 'Content-Security-Policy': TT } }));
  const { page, context, log } = await open(kit.browser, url);
  const error = await waitForError(page, 'resource-finder', 30000);
  assert.match(error, /503/, `error panel: ${error}`);
  assert.equal(asked.length, 2, 'the page asked once, the worker once');
  await page.locator('resource-finder [part~="error"] button').first().click();
  await waitForResults(page, 'resource-finder', 1, 30000);
  assert.equal(await countShown(page), N);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test("the page lets go of its own copy of a big body at once, before the worker asks for it (an unread body costs the page long tasks as it arrives)", async () => {
  // The page's request gets its headers (a big length) and the first bytes, then the rest slowly:
  // it must be cancelled (its socket closed) before the worker's own request comes.
  const body = Buffer.from(JSON.stringify(bundle()));
  const events = [];
  let n = 0;
  kit.srv.route('/w/slow-first.json', (req, res) => {
    const k = ++n;
    events.push(`request ${k}`);
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': body.length, 'Cache-Control': 'no-store' });
    if (k > 1) return res.end(body);
    res.on('close', () => events.push(`closed ${k}${res.writableFinished ? '' : ' early'}`));
    res.write(body.subarray(0, 1024));
    const rest = setTimeout(() => res.end(body.subarray(1024)), 3000);
    res.on('close', () => clearTimeout(rest));
  });
  const url = kit.srv.route('/w/slow-first.html', htmlPage('<script src="/dist/resource-finder.js"></script><resource-finder src="/w/slow-first.json"></resource-finder>', { headers: { 'Content-Security-Policy': TT } }));
  const { page, context, log } = await open(kit.browser, url);
  await waitForResults(page, 'resource-finder', 1, 30000);
  assert.equal(await countShown(page) > 0, true);
  assert.deepEqual(events.slice(0, 3), ['request 1', 'closed 1 early', 'request 2'], events.join(', '));
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('the worker starts as soon as the data is known to be big: it fetches while the search part is still on its way', async () => {
  // The search part comes late (1.5 s); the worker's own request for the data must come before it.
  const events = [];
  const script = readFileSync(new URL('../../dist/resource-finder.js', import.meta.url), 'utf8');
  const search = readFileSync(new URL('../../dist/resource-finder.search.js', import.meta.url), 'utf8');
  kit.srv.route('/late/resource-finder.js', { type: 'text/javascript', body: script });
  kit.srv.route('/late/resource-finder.search.js', (req, res) => {
    events.push('search part asked');
    setTimeout(() => (events.push('search part sent'), send(res, { type: 'text/javascript', body: search })), 1500);
  });
  const body = JSON.stringify(bundle());
  kit.srv.route('/w/early.json', (req, res) => (events.push('data asked'), send(res, json(body))));
  const url = kit.srv.route('/w/early.html', htmlPage('<script src="/late/resource-finder.js"></script><resource-finder src="/w/early.json"></resource-finder>', { headers: { 'Content-Security-Policy': TT } }));
  const { page, context, log } = await open(kit.browser, url);
  await waitForResults(page, 'resource-finder', 1, 30000);
  assert.equal(await countShown(page) > 0, true);
  const worker = events.lastIndexOf('data asked');
  assert.ok(events.indexOf('data asked') < worker && worker < events.indexOf('search part sent'), events.join(', '));
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});
