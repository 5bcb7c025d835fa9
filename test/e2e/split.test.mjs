// The split form of a big directory (`resource-finder build` from 3,000 resources; src/cli/split.ts,
// src/core/split-source.ts): the element reads the head, then fetches index terms and resources as
// searches need them. Two elements on one page, one on the split form and one on the same data built
// as one file, are given the same searches: they must show the same results in the same order, the
// same counts and the same filter counts, in English and Spanish, sorted and filtered; the split one
// downloads a small part of the data. A missing file or an edited head fails clearly, and only there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, statSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { open, htmlPage, csp, titles, countShown, errorText, waitForError, useKit, root } from './hardening-kit.mjs';
import { makeBundle as generate } from '../../scripts/bench/gen.mjs';

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'";
const dir = mkdtempSync(join(tmpdir(), 'rf-split-'));
const N = 3000;

/** Builds the generated bundle both ways with the real CLI (split: the default at this size). */
function buildBoth() {
  writeFileSync(join(dir, 'source.json'), JSON.stringify(generate(N, 11)));
  for (const [out, extra] of [['split.json', []], ['whole.json', ['--no-split']]]) {
    const r = spawnSync(process.execPath, [resolve(root, 'bin/resource-finder.mjs'), 'build', join(dir, 'source.json'), '-o', join(dir, out), ...extra], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  }
}
buildBoth();
const kit = useKit({ '/s/': dir });

/** Both elements' visible state, once it has stopped changing (the split one may still be fetching). */
async function settled(page, which = ['#split', '#whole']) {
  const read = () => page.evaluate((which) => which.map((s) => {
    const root = document.querySelector(s).shadowRoot;
    const text = (el) => { const c = el.cloneNode(true); c.querySelectorAll('.visually-hidden').forEach((h) => h.remove()); return c.textContent.replace(/\s+/g, ' ').trim(); };
    return {
      status: text(root.querySelector('.results [part~="status"]') ?? document.createElement('i')),
      titles: [...root.querySelectorAll('[part~="result"] .title')].map(text),
      facets: [...root.querySelectorAll('[part~="filters"] label')].map(text).join(' | '),
    };
  }), which);
  let last = JSON.stringify(await read());
  // Quiet for longer than the filter counts wait after typing (300 ms, src/ui/filter-panel.ts COUNTS_DELAY_MS).
  for (let i = 0; i < 100; i++) {
    await page.waitForTimeout(500);
    const now = JSON.stringify(await read());
    if (now === last) return JSON.parse(now);
    last = now;
  }
  throw new Error('the results never settled');
}

/** The page's own fetch() calls, by URL (the fetch worker's requests are not among them). */
const PAGE_FETCHES = () => {
  window.__pageFetches = [];
  const real = window.fetch;
  window.fetch = function (input, init) {
    window.__pageFetches.push(String(input instanceof Request ? input.url : input));
    return real.call(this, input, init);
  };
};

async function openBoth(attrs = '', { policy = STRICT, page = '/split-both.html' } = {}) {
  const url = kit.srv.route(page, htmlPage(
    `<script src="/dist/resource-finder.js"></script><resource-finder id="split" src="/s/split.json" ${attrs}></resource-finder><resource-finder id="whole" src="/s/whole.json" ${attrs}></resource-finder>`,
    { headers: { 'Content-Security-Policy': policy } },
  ));
  const opened = await open(kit.browser, url, { init: [PAGE_FETCHES] });
  await opened.page.waitForFunction(() => ['#split', '#whole'].every((s) => document.querySelector(s).shadowRoot?.querySelector('[part~="result"]')), null, { timeout: 30000 });
  await opened.page.evaluate(() => Promise.all(['#split', '#whole'].map((s) => document.querySelector(s).ready)));
  return opened;
}

async function type(page, text) {
  for (const s of ['#split', '#whole']) {
    const input = page.locator(`${s} [part~="search-input"]`);
    await input.fill('');
    await input.pressSequentially(text, { delay: 5 });
  }
  return settled(page);
}

test('the build wrote a small head and a folder; the head is stamped and holds the first results', () => {
  const head = JSON.parse(readFileSync(join(dir, 'split.json'), 'utf8'));
  assert.equal(head.split.count, N);
  assert.ok(head.resources.length >= 24 && head.resources.length < 100, `${head.resources.length} resources in the head`);
  assert.equal(head.meta.built.count, head.resources.length);
  assert.ok(statSync(join(dir, 'split.json')).size < statSync(join(dir, 'whole.json')).size / 10);
  assert.equal(readdirSync(join(dir, 'split.files/r')).length, N, 'one file per resource');
});

test('split and whole show the same results, counts and filter counts for the same searches', async () => {
  const { page, context, log } = await openBoth();
  const seen = new Set(log.requests);
  const queries = ['housing', 'h', 'co', 'traficking', 'legal help', 'scren', 'vivienda', 'refugee shelter', 'zzqxv', ''];
  for (const q of queries) {
    const [split, whole] = await type(page, q);
    assert.deepEqual(split, whole, `query ${JSON.stringify(q)}`);
    if (q === 'housing') assert.ok(split.titles.length > 0, 'housing finds something');
  }
  // Sorted by name, with a filter, then in Spanish: still the same.
  for (const s of ['#split', '#whole']) await page.selectOption(`${s} [part~="sort"]`, 'name');
  let [split, whole] = await type(page, 'counseling');
  assert.deepEqual(split, whole, 'sorted by name');
  for (const s of ['#split', '#whole']) await page.evaluate((sel) => document.querySelector(sel).setAttribute('filters', 'category:housing'), s);
  [split, whole] = await settled(page);
  assert.deepEqual(split, whole, 'filtered');
  for (const s of ['#split', '#whole']) await page.evaluate((sel) => document.querySelector(sel).setAttribute('lang', 'es'), s);
  // The whole bundle indexes Spanish in the background (a query meanwhile scans names only): wait for it.
  await type(page, 'vivienda');
  await page.waitForFunction(() => /^[1-9]/.test(document.querySelector('#whole').shadowRoot.querySelector('.results [part~="status"]')?.textContent.trim() ?? ''), null, { timeout: 30000 });
  [split, whole] = await type(page, 'asesoria legal');
  assert.deepEqual(split, whole, 'in Spanish');
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
  assert.deepEqual(await csp(page), []);
  // What the split element fetched: a few term and prefix files and the resources it showed, not the folder.
  const fetched = log.requests.filter((u) => !seen.has(u) && u.includes('/s/split.files/'));
  assert.ok(fetched.some((u) => u.includes('/en/t/')) && fetched.some((u) => u.includes('/r/')), fetched.slice(0, 5).join(' '));
  assert.ok(fetched.length < 400, `${fetched.length} files fetched`);
  // Made by the fetch worker, not the page (whose main thread the visitor's keystrokes need):
  // the page itself fetched only the head and its locale's index head.
  const byPage = (await page.evaluate(() => window.__pageFetches)).filter((u) => u.includes('/s/split.files/'));
  assert.deepEqual(byPage.map((u) => u.replace(/^.*\/s\//, '')).sort(), ['split.files/en.json'], byPage.join(' '));
  assert.ok(page.workers().some((w) => /resource-finder\.fetch\.worker\.js$/.test(w.url())), 'the fetch worker runs');
  await context.close();
});

test('the split reader and the page locale\'s index head are asked for as soon as the head is read, beside the search part, not after it', async () => {
  const url = kit.srv.route('/split-early.html', htmlPage('<script src="/dist/resource-finder.js"></script><resource-finder id="split" src="/s/split.json" lang="es"></resource-finder>'));
  const context = await kit.browser.newContext();
  const order = [];
  let release;
  const held = new Promise((r) => (release = r));
  const asked = new Set();
  // The search part is held back until both have been asked for (or 5 s have passed).
  await context.route(/resource-finder\.search\.js$/, async (route) => {
    order.push('search part held');
    await Promise.race([held, new Promise((r) => setTimeout(r, 5000))]);
    order.push('search part released');
    await route.continue();
  });
  try {
    const page = await context.newPage();
    const localeHeads = [];
    page.on('request', (r) => {
      const what = /resource-finder\.split\.js$/.test(r.url()) ? 'split reader' : /split\.files\/es\.json$/.test(r.url()) ? 'Spanish index head' : undefined;
      if (!what) return;
      if (what === 'Spanish index head') localeHeads.push(r.url());
      if (asked.has(what)) return;
      asked.add(what);
      order.push(`${what} asked`);
      if (asked.size === 2) release();
    });
    await page.goto(url);
    await page.waitForFunction(() => document.querySelector('#split').shadowRoot?.querySelector('[part~="result"]'), null, { timeout: 30000 });
    assert.equal(order[0], 'search part held');
    assert.equal(order[3], 'search part released', order.join(', '));
    assert.deepEqual(order.slice(1, 3).sort(), ['Spanish index head asked', 'split reader asked']);
    assert.equal(localeHeads.length, 1, 'the index head is fetched once: the split reader takes over the early answer');
    assert.match(await page.evaluate(() => document.querySelector('#split').shadowRoot.querySelector('.results [part~="status"]').textContent), /recurso/);
  } finally {
    await context.close();
  }
});

test('where the fetch worker cannot start (a CSP without worker-src), the page fetches the files itself: same results', async () => {
  const { page, context, log } = await openBoth('', { policy: `${STRICT}; worker-src 'none'`, page: '/split-no-worker.html' });
  for (const q of ['housing', 'traficking', 'co']) {
    const [split, whole] = await type(page, q);
    assert.deepEqual(split, whole, `query ${JSON.stringify(q)}`);
    assert.ok(split.titles.length > 0, `${q} finds something`);
  }
  const byPage = (await page.evaluate(() => window.__pageFetches)).filter((u) => u.includes('/s/split.files/'));
  assert.ok(byPage.some((u) => u.includes('/en/t/')) && byPage.some((u) => u.includes('/r/')), byPage.slice(0, 5).join(' '));
  assert.ok((await csp(page)).some((v) => /worker-src/.test(JSON.stringify(v))), 'the worker was blocked by the policy');
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('the fetch worker missing (a host that copied only some siblings): the page fetches the files, nothing breaks', async () => {
  for (const f of ['resource-finder.js', 'resource-finder.search.js', 'resource-finder.split.js']) {
    kit.srv.route(`/nofetch/${f}`, { type: 'text/javascript', body: readFileSync(resolve(root, 'dist', f), 'utf8') });
  }
  kit.srv.route('/nofetch/resource-finder.fetch.worker.js', { status: 404, type: 'text/plain', body: 'not here' });
  const url = kit.srv.route('/split-nofetch.html', htmlPage('<script src="/nofetch/resource-finder.js"></script><resource-finder id="split" src="/s/split.json"></resource-finder>'));
  const { page, context, log } = await open(kit.browser, url, { init: [PAGE_FETCHES] });
  await page.waitForFunction(() => document.querySelector('#split').shadowRoot?.querySelector('[part~="result"]'), null, { timeout: 30000 });
  await page.locator('#split [part~="search-input"]').pressSequentially('traficking', { delay: 5 });
  const [split] = await settled(page, ['#split']);
  assert.ok(split.titles.length > 0 && split.titles.some((t) => /traffick/i.test(t)), split.titles.join(' | '));
  assert.ok(log.requests.some((u) => u.endsWith('/nofetch/resource-finder.fetch.worker.js')), 'the worker was asked for');
  assert.ok((await page.evaluate(() => window.__pageFetches)).some((u) => u.includes('/en/t/')), 'the page fetched the term files');
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('a resource file that cannot be fetched is left out; the rest shows and the page keeps working', async () => {
  // The first resource "housing" shows on the split side that is not in the head.
  const head = JSON.parse(readFileSync(join(dir, 'split.json'), 'utf8'));
  const inHead = new Set(head.split.at);
  const whole = JSON.parse(readFileSync(join(dir, 'whole.json'), 'utf8')).resources;
  const target = whole.findIndex((r, i) => !inHead.has(i) && /housing/i.test(JSON.stringify(r.name)));
  kit.srv.route(`/s/split.files/r/${target}.json`, { status: 404, type: 'text/plain', body: 'gone' });
  const url = kit.srv.route('/split-missing.html', htmlPage(`<script src="/dist/resource-finder.js"></script><resource-finder id="split" src="/s/split.json" page-size="50"></resource-finder>`));
  const { page, context, log } = await open(kit.browser, url);
  await page.waitForFunction(() => document.querySelector('#split').shadowRoot?.querySelector('[part~="result"]'), null, { timeout: 30000 });
  const input = page.locator('#split [part~="search-input"]');
  await input.pressSequentially(whole[target].name.en ?? whole[target].name, { delay: 5 });
  await page.waitForTimeout(1500);
  const shown = await titles(page, '#split');
  assert.ok(shown.length > 0, 'other results show');
  assert.ok(!shown.includes(whole[target].name.en ?? whole[target].name), 'the unreadable one is left out');
  assert.ok((await countShown(page, '#split')) > 0);
  assert.ok(log.consoleErrors.some((e) => e.includes(`r/${target}.json`)), log.consoleErrors.join('\n'));
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('a head edited after the build gets a clear load error, and other instances keep working', async () => {
  const head = JSON.parse(readFileSync(join(dir, 'split.json'), 'utf8'));
  head.resources.pop(); // no longer what the stamp counted
  kit.srv.route('/s/edited.json', { type: 'application/json', body: JSON.stringify(head) });
  const url = kit.srv.route('/split-edited.html', htmlPage(`<script src="/dist/resource-finder.js"></script><resource-finder id="bad" src="/s/edited.json"></resource-finder><resource-finder id="good" src="/s/split.json"></resource-finder>`));
  const { page, context, log } = await open(kit.browser, url);
  const text = await waitForError(page, '#bad', 20000);
  assert.match(text, /could not be read/i);
  // What is wrong, for the site's staff: in the console and in rf-load-error.
  assert.ok(log.consoleErrors.some((e) => /edited\.json.*split bundle was edited/i.test(e)), log.consoleErrors.join('\n'));
  await page.waitForFunction(() => document.querySelector('#good').shadowRoot?.querySelector('[part~="result"]'), null, { timeout: 30000 });
  assert.ok((await titles(page, '#good')).length > 0);
  assert.equal(await errorText(page, '#good'), '');
  await context.close();
});

test('a head uploaded without its folder is a load error that says what to upload', async () => {
  kit.srv.route('/x/split.json', { type: 'application/json', body: readFileSync(join(dir, 'split.json'), 'utf8') });
  const url = kit.srv.route('/split-lonely.html', htmlPage(`<script src="/dist/resource-finder.js"></script><resource-finder id="lonely" src="/x/split.json"></resource-finder>`));
  const { page, context, log } = await open(kit.browser, url);
  const text = await waitForError(page, '#lonely', 20000);
  assert.match(text, /could not be read|could not be fetched|server answered/i);
  assert.ok(log.consoleErrors.some((e) => /split\.files\/en\.json.*404.*upload both files/i.test(e)), log.consoleErrors.join('\n'));
  // The help is still there (never a blank box).
  assert.ok(await page.evaluate(() => !!document.querySelector('#lonely').shadowRoot.querySelector('[part~="pinned-help"]')));
  await context.close();
});

test('while a search waits for its files, the results say so (after a moment) and are marked busy', async () => {
  // The "ho" term file answers slowly, as on a bad network.
  kit.srv.route('/s/split.files/en/t/ho.json', async (req, res) => {
    await new Promise((r) => setTimeout(r, 1500));
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(readFileSync(join(dir, 'split.files/en/t/ho.json')));
  });
  const url = kit.srv.route('/split-slow.html', htmlPage(`<script src="/dist/resource-finder.js"></script><resource-finder id="slow" src="/s/split.json"></resource-finder>`));
  const { page, context, log } = await open(kit.browser, url);
  await page.waitForFunction(() => document.querySelector('#slow').shadowRoot?.querySelector('[part~="result"]'), null, { timeout: 30000 });
  await page.evaluate(() => document.querySelector('#slow').ready);
  const state = () => page.evaluate(() => {
    const root = document.querySelector('#slow').shadowRoot;
    const pending = root.querySelector('.results .pending');
    return { busy: root.querySelector('.results').getAttribute('aria-busy'), pending: pending ? [pending.textContent.trim(), getComputedStyle(pending).opacity] : null };
  });
  await page.locator('#slow [part~="search-input"]').pressSequentially('hou', { delay: 20 });
  await page.waitForTimeout(800);
  assert.deepEqual(await state(), { busy: 'true', pending: ['Searching…', '1'] });
  await page.waitForFunction(() => document.querySelector('#slow').shadowRoot.querySelector('.results').getAttribute('aria-busy') === 'false', null, { timeout: 10000 });
  assert.equal((await state()).pending, null);
  assert.ok((await titles(page, '#slow')).some((t) => /hou/i.test(t)), 'the search for "hou" is shown');
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});
