// End to end: the built one-file element with `api=` against the real search service on a
// throwaway PostgreSQL cluster loaded with data/ccci-resources.json, in Chromium, on a page with a
// strict CSP whose connect-src names the service's origin. What the element shows is compared with
// what the service answers for the same parameters. Then PostgreSQL is stopped: the service
// answers 503 and the element shows its error state with the host's help, and recovers on "Try again".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { kitServer, launch, open, htmlPage, csp, rfEvents, waitForResults, waitForError, titles, countShown, search, DIST, root } from '../e2e/hardening-kit.mjs';
import { startStack, readJson } from './helpers.mjs';

let srv;
let stack;
let browser;
let session;
const PAGE_SIZE = 5;
const HELP = '<p slot="help" id="host-help">Call our front desk: 555-0100.</p>';
const searches = () => session.log.requests.filter((u) => u.includes('/service_at_locations'));
/** The service's answer for what the element should have asked (English, facets=all, page 1). */
const answer = async (params = '') => (await stack.get(`/service_at_locations?facets=all&locale=en&per_page=${PAGE_SIZE}&page=1${params}`)).body;
const shadow = (fn, arg) => session.page.evaluate(fn, arg);

before(async () => {
  // The one-file script and the sibling parts it loads on demand (search, validator, …).
  if (!existsSync(DIST) || !existsSync(DIST.replace(/\.js$/, '.api.js'))) {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: root });
    execFileSync(process.execPath, ['scripts/build-parts.mjs'], { cwd: root });
  }
  srv = await kitServer();
  stack = await startStack(readJson('data/ccci-resources.json'), { corsOrigins: [srv.origin] });
  browser = await launch();
  const policy = `default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' ${new URL(stack.base).origin}`;
  const url = srv.route('/api/page.html', htmlPage(`<script src="/dist/resource-finder.js"></script><resource-finder api="${stack.base}" page-size="${PAGE_SIZE}" lang="en">${HELP}</resource-finder>`, { headers: { 'Content-Security-Policy': policy } }));
  session = await open(browser, url, { init: [() => document.addEventListener('rf-filter-change', (e) => (window.__filters = e.filters))] });
});
after(async () => {
  await session?.context.close();
  await browser?.close();
  await stack?.stop();
  srv?.close();
});

test('api=: the first page, the count and rf-load are the service\'s; the privacy note says searches go to the server', async () => {
  const all = await answer();
  assert.ok(all.total_items > 20, `the service has the bundle (${all.total_items})`);
  await waitForResults(session.page);
  assert.equal(await countShown(session.page), all.total_items);
  assert.deepEqual(await titles(session.page), all.contents.map((c) => c.service.name));
  const loads = await rfEvents(session.page, 'rf-load');
  assert.equal(loads.length, 1);
  assert.equal(loads[0].total, all.total_items);
  const pinned = await shadow(() => document.querySelector('resource-finder').shadowRoot.querySelectorAll('[part~="pinned-help"] li.pin').length);
  assert.equal(pinned, all.pinned.length, 'pinned help from the service');
  const note = await shadow(() => document.querySelector('resource-finder').shadowRoot.querySelector('[part~="safety-note"]').textContent);
  assert.match(note, /sent to this site's own server/);
  assert.deepEqual(await csp(session.page), [], 'no CSP violations with connect-src naming the service');
});

test('typing: one debounced request per pause, results and count equal the service\'s', async () => {
  const before = searches().length;
  await search(session.page, 'legal');
  const expected = await answer('&search=legal');
  await session.page.waitForFunction((n) => /\d+/.exec(document.querySelector('resource-finder').shadowRoot.querySelector('.results [part~="status"]').textContent)?.[0] === String(n), expected.total_items, { timeout: 10000 });
  assert.ok(expected.total_items > 0 && expected.total_items < 60, `"legal" narrows (${expected.total_items})`);
  assert.deepEqual(await titles(session.page), expected.contents.map((c) => c.service.name));
  const sent = searches().slice(before);
  assert.ok(sent.length >= 1 && sent.length <= 2, `5 key presses 10 ms apart sent ${sent.length} request(s): ${sent.join(' ')}`);
  assert.ok(sent.some((u) => new URL(u).searchParams.get('search') === 'legal'));
  const marks = await shadow(() => [...document.querySelector('resource-finder').shadowRoot.querySelectorAll('[part~="result"] mark')].map((m) => m.textContent.toLowerCase()));
  assert.ok(marks.length > 0 && marks.every((m) => m.startsWith('legal')), `matched words highlighted: ${marks.join(', ')}`);
});

test('a facet: the checkbox counts are the service\'s disjunctive counts; ticking one filters like taxonomy_term_id', async () => {
  const expected = await answer('&search=legal');
  const cost = expected.facets.find((f) => f.id === 'cost');
  const want = cost.values.filter((v) => v.count > 0).map((v) => `${v.label} (${v.count})`);
  // The counts follow the results once typing pauses (ui/filter-panel.ts): wait for them, then compare.
  await session.page.waitForFunction(([legend, labels]) => {
    const group = [...document.querySelector('resource-finder').shadowRoot.querySelectorAll('fieldset.group')].find((g) => g.querySelector('legend').textContent.trim() === legend);
    return JSON.stringify([...(group?.querySelectorAll('label') ?? [])].map((l) => l.textContent.replace(/\s+/g, ' ').trim())) === JSON.stringify(labels);
  }, [cost.label, want], { timeout: 5000 }).catch(() => {});
  const shown = await shadow(() => [...document.querySelector('resource-finder').shadowRoot.querySelectorAll('fieldset.group')].map((g) => [g.querySelector('legend').textContent.trim(), [...g.querySelectorAll('label')].map((l) => l.textContent.replace(/\s+/g, ' ').trim())]));
  const costShown = shown.find(([legend]) => legend === cost.label);
  assert.ok(costShown, `the cost facet is shown (${shown.map(([l]) => l).join(', ')})`);
  assert.deepEqual(costShown[1], want);
  const value = cost.values.find((v) => v.count > 0);
  await session.page.locator('resource-finder fieldset.group', { hasText: cost.label }).locator('label', { hasText: value.label }).first().click();
  const filtered = await answer(`&search=legal&taxonomy_term_id=cost:${value.id}`);
  await session.page.waitForFunction(() => !!document.querySelector('resource-finder').shadowRoot.querySelector('[part~="chips"]'));
  await session.page.waitForFunction((n) => /\d+/.exec(document.querySelector('resource-finder').shadowRoot.querySelector('.results [part~="status"]').textContent)?.[0] === String(n), filtered.total_items, { timeout: 10000 });
  assert.equal(filtered.total_items, value.count, 'the disjunctive count predicted the filtered total');
  assert.deepEqual(await titles(session.page), filtered.contents.map((c) => c.service.name));
  assert.deepEqual(await shadow(() => window.__filters), { cost: [value.id] }, 'rf-filter-change as with a bundle');
  // Clear the filter and the text for the next test.
  await session.page.locator('resource-finder [part~="chips"] .link-button').click();
  await search(session.page, '');
});

test('Show more asks for page 2 with the same per_page and appends it', async () => {
  const all = await answer();
  await session.page.waitForFunction((n) => /\d+/.exec(document.querySelector('resource-finder').shadowRoot.querySelector('.results [part~="status"]').textContent)?.[0] === String(n), all.total_items, { timeout: 10000 });
  await session.page.locator('resource-finder [part~="more-button"]').click();
  await waitForResults(session.page, 'resource-finder', PAGE_SIZE * 2);
  const page2 = (await stack.get(`/service_at_locations?facets=all&locale=en&per_page=${PAGE_SIZE}&page=2`)).body;
  assert.deepEqual(await titles(session.page), [...all.contents, ...page2.contents].map((c) => c.service.name));
  const last = new URL(searches().at(-1)).searchParams;
  assert.equal(last.get('page'), '2');
  assert.equal(last.get('per_page'), String(PAGE_SIZE));
});

test('PostgreSQL stopped: the service answers 503, the element shows its error with the host\'s help; "Try again" recovers', async () => {
  stack.pg.pause();
  try {
    assert.equal((await stack.get('/service_at_locations?search=shelter')).status, 503);
    await search(session.page, 'shelter');
    const text = await waitForError(session.page, 'resource-finder', 20000);
    assert.match(text, /error 503/);
    assert.match(text, /Try again/);
    const helpShown = await shadow(() => {
      const slot = document.querySelector('resource-finder').shadowRoot.querySelector('slot[name="help"]');
      return !!slot && !slot.closest('[hidden]') && slot.assignedNodes().length > 0;
    });
    const pinnedShown = await shadow(() => document.querySelector('resource-finder').shadowRoot.querySelectorAll('[part~="pinned-help"] li.pin').length);
    assert.ok(helpShown || pinnedShown > 0, 'help (the host\'s slot or the pinned hotline) stays visible with the error');
    const failures = await rfEvents(session.page, 'rf-load-error');
    assert.equal(failures.at(-1).status, 503);
    assert.equal(failures.at(-1).kind, 'http');
  } finally {
    stack.pg.resume();
  }
  // PostgreSQL takes a moment to come back (longer on a busy machine): wait for the service first.
  let expected = { total_items: undefined };
  for (let i = 0; i < 80 && expected.total_items === undefined; i++) {
    expected = await answer('&search=shelter');
    if (expected.total_items === undefined) await new Promise((r) => setTimeout(r, 250));
  }
  // The element asks once more by itself after the 503's Retry-After (5 s); when PostgreSQL was not
  // back by then, the visitor's "Try again" does it (the retry itself is tested in test/element/remote.test.ts).
  const stillFailed = await shadow(() => !!document.querySelector('resource-finder').shadowRoot.querySelector('[part~="error"]'));
  // (The retry may land between the check and the click: then the panel is gone and the click is moot.)
  if (stillFailed) await session.page.locator('resource-finder [part~="error"] button').click({ timeout: 3000 }).catch(() => {});
  await session.page.waitForFunction((n) => /\d+/.exec(document.querySelector('resource-finder').shadowRoot.querySelector('.results [part~="status"]')?.textContent ?? '')?.[0] === String(n), expected.total_items, { timeout: 15000 });
  assert.deepEqual(await titles(session.page), expected.contents.map((c) => c.service.name));
  assert.deepEqual(session.log.pageErrors, []);
});
