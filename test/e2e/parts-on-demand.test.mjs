// Which sibling parts a visit fetches, and what a visitor sees when one cannot be fetched. A page
// that uses no search service, no places and no list fetches only the search part (and the validator
// for an unstamped bundle); the api part comes only with `api`, the list part on the first save. A
// search, api or local part that fails to load gives the error panel with help and "Try again" (which
// fetches it again); a list part that fails saves nothing, and the next press tries again.
// One-file build under a strict CSP, served from 127.0.0.1 by the hardening kit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { open, htmlPage, csp, json, send, makeBundle, waitForResults, waitForError, search, useKit } from './hardening-kit.mjs';

const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types resource-finder";
const headers = { 'Content-Security-Policy': POLICY };

const kit = useKit();

/** Names of the sibling parts requested (resource-finder.<name>.js), sorted. */
const siblings = (log) => log.requests.map((u) => /resource-finder\.(\w+)\.js/.exec(u)?.[1]).filter(Boolean).sort();
const shadow = (page, sel) => page.evaluate((s) => [...document.querySelector('resource-finder').shadowRoot.querySelectorAll(s)].map((e) => e.textContent.replace(/\s+/g, ' ').trim()), sel);

/** A search-service stand-in in the docs/api.md shape: every search answers these resources. */
const resources = [
  { id: 'a1', name: 'Remote help line', description: 'Answered by the search service.', url: 'https://example.org/a1' },
  { id: 'a2', name: 'Remote shelter', description: 'Also from the service.', url: 'https://example.org/a2' },
];
function service(req, res) {
  send(res, { body: JSON.stringify({ total_items: resources.length, page_number: 1, size: 12, locale: 'en', contents: resources.map((r) => ({ id: r.id, resource: r })), pinned: [], facets: [] }) });
}

test('the shipped list, searched, filtered and with no results, fetches the search part (and the validator) only: no api, local or list part', async () => {
  const url = kit.srv.route('/parts/plain.html', htmlPage('<script src="/dist/resource-finder.js"></script><resource-finder src="/data/ccci-resources.json"></resource-finder>', { headers }));
  const { page, context, log } = await open(kit.browser, url);
  await waitForResults(page);
  await search(page, 'housing');
  await page.locator('resource-finder [part~="filters"] input[type="checkbox"]').first().check();
  await page.waitForTimeout(300);
  await search(page, 'zzqqxx'); // no results: the no-results panel
  await page.waitForFunction(() => !!document.querySelector('resource-finder').shadowRoot.querySelector('[part~="empty"]'));
  // The shipped file is not stamped by `build`, so the full validator comes too (test/e2e/lazy-parts.test.mjs).
  assert.deepEqual(siblings(log), ['search', 'validate']);
  assert.deepEqual(await csp(page), []);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
  await context.close();
});

test('a page with api fetches the api part (and the validator for the answers), not the search part', async () => {
  kit.srv.route('/svc/service_at_locations', service);
  const url = kit.srv.route('/parts/api.html', htmlPage('<script src="/dist/resource-finder.js"></script><resource-finder api="/svc"></resource-finder>', { headers }));
  const { page, context, log } = await open(kit.browser, url);
  assert.deepEqual(await waitForResults(page), ['Remote help line', 'Remote shelter']);
  assert.deepEqual(siblings(log), ['api', 'validate']);
  assert.deepEqual(await csp(page), []);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('when the api part cannot be fetched: the error panel with the built-in help and Try again, which fetches it again', async () => {
  let broken = true;
  kit.srv.route('/svc2/service_at_locations', service);
  kit.srv.route('/parts2/resource-finder.js', { type: 'text/javascript', body: readFileSync(new URL('../../dist/resource-finder.js', import.meta.url), 'utf8') });
  kit.srv.route('/parts2/resource-finder.api.js', (req, res) =>
    broken ? send(res, { status: 404, body: 'gone' }) : send(res, { type: 'text/javascript', body: readFileSync(new URL('../../dist/resource-finder.api.js', import.meta.url), 'utf8') }));
  kit.srv.route('/parts2/resource-finder.validate.js', { type: 'text/javascript', body: readFileSync(new URL('../../dist/resource-finder.validate.js', import.meta.url), 'utf8') });
  const url = kit.srv.route('/parts2/api.html', htmlPage('<script src="/parts2/resource-finder.js"></script><resource-finder api="/svc2"></resource-finder>', { headers }));
  const { page, context } = await open(kit.browser, url);
  const error = await waitForError(page);
  assert.match(error, /could not be reached: a network problem/);
  assert.match(error, /Try again/);
  assert.ok((await shadow(page, '[part~="pinned-help"]')).join(' ').includes('911'), 'the built-in help is on screen');
  broken = false;
  await page.locator('resource-finder [part~="error"] button').click();
  assert.deepEqual(await waitForResults(page), ['Remote help line', 'Remote shelter']);
  await context.close();
});

test('the first save fetches the list part and shows the list; if it cannot be fetched nothing is saved, and a later press tries again', async () => {
  let broken = true;
  const dist = (f) => readFileSync(new URL(`../../dist/${f}`, import.meta.url), 'utf8');
  for (const f of ['resource-finder.js', 'resource-finder.search.js', 'resource-finder.validate.js']) kit.srv.route(`/parts4/${f}`, { type: 'text/javascript', body: dist(f) });
  kit.srv.route('/parts4/resource-finder.list.js', (req, res) => (broken ? send(res, { status: 404, body: 'gone' }) : send(res, { type: 'text/javascript', body: dist('resource-finder.list.js') })));
  kit.srv.route('/parts4/list.json', json(makeBundle([{ id: 'x', name: 'Help line', description: 'Free help.', url: 'https://example.org/x' }])));
  const url = kit.srv.route('/parts4/page.html', htmlPage('<script src="/parts4/resource-finder.js"></script><resource-finder src="/parts4/list.json"></resource-finder>', { headers }));
  const { page, context, log } = await open(kit.browser, url);
  await waitForResults(page);
  const save = page.locator('resource-finder [part~="result"] button.save');
  await save.click();
  await page.waitForTimeout(500);
  assert.equal(await save.getAttribute('aria-pressed'), 'false', 'nothing saved without the list part');
  assert.deepEqual(await shadow(page, '[part~="shortlist"]'), []);
  assert.ok(log.consoleErrors.some((e) => /My list" is not available/.test(e)), `console: ${log.consoleErrors}`);
  broken = false;
  await save.click();
  await page.waitForFunction(() => !!document.querySelector('resource-finder').shadowRoot.querySelector('[part~="shortlist"]'));
  assert.equal(await save.getAttribute('aria-pressed'), 'true');
  assert.match((await shadow(page, '[part~="shortlist"]'))[0], /My list \(1\).*Help line/);
  assert.deepEqual(siblings(log).filter((n) => n === 'list').length, 2, 'fetched again after the failure');
  assert.deepEqual(await csp(page), []);
  await context.close();
});

test('when the search part cannot be fetched: the error panel with help and Try again, which then shows results', async () => {
  let broken = true;
  kit.srv.route('/parts3/resource-finder.js', { type: 'text/javascript', body: readFileSync(new URL('../../dist/resource-finder.js', import.meta.url), 'utf8') });
  kit.srv.route('/parts3/resource-finder.search.js', (req, res) =>
    broken ? send(res, { status: 404, body: 'gone' }) : send(res, { type: 'text/javascript', body: readFileSync(new URL('../../dist/resource-finder.search.js', import.meta.url), 'utf8') }));
  kit.srv.route('/parts3/list.json', json(makeBundle([{ id: 'x', name: 'Help line', description: 'Free help.', url: 'https://example.org/x' }])));
  kit.srv.route('/parts3/resource-finder.validate.js', { type: 'text/javascript', body: readFileSync(new URL('../../dist/resource-finder.validate.js', import.meta.url), 'utf8') });
  const url = kit.srv.route('/parts3/page.html', htmlPage('<script src="/parts3/resource-finder.js"></script><resource-finder src="/parts3/list.json"></resource-finder>', { headers }));
  const { page, context } = await open(kit.browser, url);
  const error = await waitForError(page);
  assert.match(error, /could not be reached: a network problem/);
  assert.ok((await shadow(page, '[part~="pinned-help"]')).join(' ').includes('911'), 'the built-in help is on screen');
  broken = false;
  await page.locator('resource-finder [part~="error"] button').click();
  assert.deepEqual(await waitForResults(page), ['Help line']);
  await context.close();
});

test('when the local part cannot be fetched (a bundle with sites): the error panel with help and Try again, which then shows the place row', async () => {
  let broken = true;
  const dist = (f) => readFileSync(new URL(`../../dist/${f}`, import.meta.url), 'utf8');
  for (const f of ['resource-finder.js', 'resource-finder.search.js', 'resource-finder.validate.js']) kit.srv.route(`/parts5/${f}`, { type: 'text/javascript', body: dist(f) });
  kit.srv.route('/parts5/resource-finder.local.js', (req, res) => (broken ? send(res, { status: 404, body: 'gone' }) : send(res, { type: 'text/javascript', body: dist('resource-finder.local.js') })));
  const site = { location_type: 'physical', latitude: 25.76, longitude: -80.19, address: { address_1: '100 Main St', city: 'Miami', state_province: 'FL', postal_code: '33130' } };
  kit.srv.route('/parts5/list.json', json(makeBundle([{ id: 'x', name: 'Clinic', description: 'Walk in.', url: 'https://example.org/x', locations: [site] }])));
  const url = kit.srv.route('/parts5/page.html', htmlPage('<script src="/parts5/resource-finder.js"></script><resource-finder src="/parts5/list.json"></resource-finder>', { headers }));
  const { page, context } = await open(kit.browser, url);
  assert.match(await waitForError(page), /could not be reached: a network problem/);
  assert.ok((await shadow(page, '[part~="pinned-help"]')).join(' ').includes('911'), 'the built-in help is on screen');
  broken = false;
  await page.locator('resource-finder [part~="error"] button').click();
  assert.deepEqual(await waitForResults(page), ['Clinic']);
  assert.ok((await shadow(page, 'form.place label')).includes('Near ZIP code or city'));
  assert.ok((await shadow(page, '[part~="place-line"]')).some((w) => w.includes('100 Main St')));
  await context.close();
});
