// The one-file build's on-demand sibling files (src/parts/sibling.ts): the search part loads with the
// data on every visit; the full validator loads only
// for a bundle `resource-finder build` did not stamp (or whose stamp a hand edit voided), the Spanish
// UI only for a Spanish page, both under a strict CSP with Trusted Types enforced; a stamped bundle
// still gets the checks safety depends on. The local-directory part loads only for a bundle with
// sites or structured hours, never for the shipped national list. Pages are served from 127.0.0.1 by the hardening kit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { open, htmlPage, csp, json, makeBundle, waitForResults, shadowHrefs, titles, SHIPPED_DATA, useKit } from './hardening-kit.mjs';

const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types resource-finder";
const STAMP = { by: 'resource-finder', version: '0.1.0' };

const kit = useKit();

const resources = (n) =>
  Array.from({ length: n }, (_, i) => ({ id: `r${i}`, name: `Help line ${i}`, description: `Free help number ${i}.`, url: `https://example.org/${i}` }));

/** A bundle as `build` writes it: stamped with its resource count. */
function stamped(list, extra = {}) {
  const b = makeBundle(list);
  b.meta.built = { ...STAMP, count: list.length, ...extra };
  return b;
}

/** Opens a strict page with one widget reading `bundle`; returns what it requested and showed. */
async function visit(name, bundle, { lang = 'en' } = {}) {
  kit.srv.route(`/lazy/${name}.json`, json(bundle));
  const url = kit.srv.route(`/lazy/${name}.html`, htmlPage(`<script src="/dist/resource-finder.js"></script><resource-finder src="/lazy/${name}.json"${lang === 'en' ? '' : ` lang="${lang}"`}></resource-finder>`, { lang, headers: { 'Content-Security-Policy': POLICY } }));
  // Records the status line the first time results appear: the visitor's first look.
  const firstStatus = () => {
    const seen = () => {
      const status = document.querySelector('resource-finder')?.shadowRoot?.querySelector('.results [part~="status"]');
      if (status && window.__firstStatus === undefined) window.__firstStatus = status.textContent.trim();
      requestAnimationFrame(seen);
    };
    requestAnimationFrame(seen);
  };
  const { page, context, log } = await open(kit.browser, url, { init: [firstStatus] });
  await waitForResults(page);
  // The poll records at the next frame: on a busy machine the results can be found before it runs.
  await page.waitForFunction(() => window.__firstStatus !== undefined);
  const r = {
    // The kit answers without a Content-Length (as a host gzipping on the fly does): these small
    // bundles are read on the page, so the loading worker (resource-finder.worker.js) is not fetched.
    siblings: log.requests.filter((u) => /resource-finder\.\w+\.js/.test(u)).map((u) => /resource-finder\.(\w+)\.js/.exec(u)[1]).sort(),
    first: await page.evaluate(() => window.__firstStatus),
    cards: await page.evaluate(() => document.querySelector('resource-finder').shadowRoot.querySelectorAll('[part~="result"]').length),
    hrefs: await shadowHrefs(page),
    // What the local part renders: the place row's controls and the cards' place and hours lines.
    local: await page.evaluate(() => {
      const root = document.querySelector('resource-finder').shadowRoot;
      const texts = (sel) => [...root.querySelectorAll(sel)].map((e) => e.textContent.replace(/\s+/g, ' ').trim());
      return { row: texts('form.place label'), where: texts('[part~="place-line"]'), hours: texts('[part~="hours"]') };
    }),
    violations: await csp(page),
    log,
  };
  await context.close();
  return r;
}

test('a stamped bundle on an English page loads only the search sibling: no validator, no catalogue', async () => {
  const r = await visit('stamped-en', stamped(resources(5)));
  assert.deepEqual(r.siblings, ['search']);
  assert.equal(r.cards, 5);
  assert.deepEqual(r.violations, []);
  assert.deepEqual(r.log.pageErrors, []);
  assert.deepEqual(r.log.consoleErrors, []);
});

test('an unstamped bundle loads the validator sibling under strict CSP + Trusted Types, and it drops a bad resource', async () => {
  const list = resources(4);
  list[1].name = ''; // the full validator refuses an empty name
  const r = await visit('unstamped', makeBundle(list));
  assert.deepEqual(r.siblings, ['search', 'validate']);
  assert.equal(r.cards, 3, 'the invalid resource is left out, the rest show');
  assert.deepEqual(r.violations, []);
  assert.deepEqual(r.log.pageErrors, []);
});

test('a stamp voided by a hand edit (count differs) or an unsound stamped bundle gets the full validator', async () => {
  const edited = stamped(resources(3));
  edited.resources.push({ id: 'added', name: 'Added by hand', description: 'x' });
  const a = await visit('edited', edited);
  assert.deepEqual(a.siblings, ['search', 'validate']);
  assert.equal(a.cards, 4);
  const unsound = stamped(resources(3));
  unsound.resources[2].description = 'x'.repeat(10001); // over the schema's longest text
  const b = await visit('unsound', unsound);
  assert.deepEqual(b.siblings, ['search', 'validate']);
  assert.equal(b.cards, 2, 'the validator drops the over-long resource');
});

test('a stamped bundle with a javascript: link still never renders it (link schemes are checked at render)', async () => {
  const list = resources(2);
  list[0].url = 'javascript:alert(1)';
  const r = await visit('stamped-js', stamped(list));
  assert.deepEqual(r.siblings, ['search'], 'the stamp skips the validator…');
  assert.ok(!r.hrefs.some((h) => /^\s*javascript:/i.test(h ?? '')), `…but no javascript: href is rendered: ${r.hrefs}`);
  assert.equal(r.cards, 2);
});

test('a Spanish page loads the Spanish sibling and its first results are already in Spanish', async () => {
  const r = await visit('stamped-es', stamped(resources(3)), { lang: 'es' });
  assert.deepEqual(r.siblings, ['es', 'search']);
  assert.match(r.first, /recursos/, `first status line seen: "${r.first}"`);
  assert.deepEqual(r.violations, []);
  assert.deepEqual(r.log.consoleErrors, []);
});

test('the shipped national list (no sites, hours only as text) never requests the local part', async () => {
  const r = await visit('shipped', JSON.parse(readFileSync(SHIPPED_DATA, 'utf8')));
  assert.ok(r.siblings.includes('search'), `siblings: ${r.siblings}`);
  assert.ok(!r.siblings.includes('local'), `siblings: ${r.siblings}`);
  assert.ok(r.cards > 0);
  assert.deepEqual(r.local, { row: [], where: [], hours: [] }, 'no place row, no place lines');
  assert.deepEqual(r.violations, []);
  assert.deepEqual(r.log.pageErrors, []);
});

test('a bundle with a site and structured hours loads the local part under strict CSP + Trusted Types, before its first results', async () => {
  const list = resources(3);
  list[0].locations = [{ location_type: 'physical', latitude: 25.76, longitude: -80.19, address: { address_1: '100 Main St', city: 'Miami', state_province: 'FL', postal_code: '33130' } }];
  // Open every day around the clock: "Open 24 hours" whatever the time of the test.
  list[1].schedules = [{ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '23:59' }];
  const bundle = stamped(list);
  bundle.meta.timezone = 'America/New_York';
  const r = await visit('local', bundle);
  assert.deepEqual(r.siblings, ['local', 'search']);
  assert.equal(r.cards, 3);
  assert.ok(r.local.row.includes('Near ZIP code or city') && r.local.row.includes('Open now'), `place row: ${r.local.row}`);
  assert.ok(r.local.where.some((w) => w.includes('100 Main St')), `place lines: ${r.local.where}`);
  assert.ok(r.local.hours.some((h) => /^Open 24 hours$|^Open now/.test(h)), `hours lines: ${r.local.hours}`);
  assert.deepEqual(r.violations, []);
  assert.deepEqual(r.log.pageErrors, []);
  assert.deepEqual(r.log.consoleErrors, []);
});

test('a bundle with structured hours only (no sites) loads the local part too: "Open now" without the place box', async () => {
  const list = resources(2);
  list[0].schedules = [{ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '23:59' }];
  const bundle = stamped(list);
  bundle.meta.timezone = 'America/New_York';
  const r = await visit('hours-only', bundle);
  assert.deepEqual(r.siblings, ['local', 'search']);
  assert.deepEqual(r.local.row, ['Open now']);
  assert.deepEqual(r.violations, []);
  assert.deepEqual(r.log.pageErrors, []);
});

test('a bundle that names its languages (meta.language_names, as `build` writes) loads no browser table of language names; one that does not gets the browser\'s names', async () => {
  const countNamers = () => {
    window.__namers = 0;
    const Real = Intl.DisplayNames;
    Intl.DisplayNames = new Proxy(Real, { construct: (t, a) => (window.__namers++, new t(...a)) });
  };
  const list = resources(3).map((r, i) => ({ ...r, languages: i ? ['es', 'vi'] : ['en'] }));
  const named = stamped(list);
  named.meta.language_names = { en: { en: 'English', es: 'Spanish', vi: 'Vietnamese (given)' }, es: { en: 'inglés', es: 'español', vi: 'vietnamita' } };
  const seen = {};
  for (const [name, bundle] of [['names-given', named], ['names-not-given', stamped(list)]]) {
    kit.srv.route(`/lazy/${name}.json`, json(bundle));
    const url = kit.srv.route(`/lazy/${name}.html`, htmlPage(`<script src="/dist/resource-finder.js"></script><resource-finder src="/lazy/${name}.json"></resource-finder>`, { headers: { 'Content-Security-Policy': POLICY } }));
    const { page, context, log } = await open(kit.browser, url, { init: [countNamers] });
    await waitForResults(page);
    await page.locator('resource-finder [part~="search-input"]').fill('help');
    await page.waitForTimeout(500);
    seen[name] = {
      namers: await page.evaluate(() => window.__namers),
      badges: await page.evaluate(() => [...document.querySelector('resource-finder').shadowRoot.querySelectorAll('.badge.lang')].map((b) => b.textContent.trim()).sort()),
    };
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  }
  assert.equal(seen['names-given'].namers, 0, 'no Intl.DisplayNames was made');
  assert.ok(seen['names-given'].badges.includes('Vietnamese (given)'), seen['names-given'].badges.join(', '));
  assert.ok(seen['names-not-given'].namers >= 1, 'the browser named the languages');
  assert.ok(seen['names-not-given'].badges.includes('Vietnamese'), seen['names-not-given'].badges.join(', '));
});

test('the Intl warm-up worker (resource-finder.intl.worker.js): one per page and locale, under strict CSP + Trusted Types, and it closes itself', async () => {
  kit.srv.route('/lazy/warm.json', json(stamped(resources(1200))));
  const url = kit.srv.route('/lazy/warm.html', htmlPage(
    '<script src="/dist/resource-finder.js"></script><resource-finder src="/lazy/warm.json"></resource-finder><resource-finder src="/lazy/warm.json"></resource-finder><resource-finder src="/lazy/warm.json" lang="es"></resource-finder>',
    { headers: { 'Content-Security-Policy': POLICY } },
  ));
  const { page, context, log } = await open(kit.browser, url);
  await waitForResults(page, 'resource-finder[lang="es"]');
  await waitForResults(page);
  const warm = log.requests.filter((u) => /resource-finder\.intl\.worker\.js$/.test(u));
  assert.equal(warm.length, 2, `one for English, one for Spanish: ${JSON.stringify(log.requests)}`);
  const running = () => page.workers().filter((w) => /intl\.worker/.test(w.url())).length;
  for (let i = 0; i < 100 && running(); i++) await page.waitForTimeout(100);
  assert.equal(running(), 0, 'every warm-up worker has closed');
  const counts = await page.evaluate(() => [...document.querySelectorAll('resource-finder')].map((el) => el.shadowRoot.querySelector('.results [part~="status"]')?.textContent.trim()));
  // Spanish writes four-digit numbers without grouping (CLDR): "1200 recursos".
  assert.ok(/^1,200 resources/.test(counts[0]) && /^1200 recursos/.test(counts[2]), JSON.stringify(counts));
  assert.deepEqual(await csp(page), []);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
  await context.close();
});

test('the Intl warm-up worker missing (a host that copied only some siblings): counts are still formatted, nothing breaks', async () => {
  kit.srv.route('/nowarm/resource-finder.js', { type: 'text/javascript', body: readFileSync(new URL('../../dist/resource-finder.js', import.meta.url), 'utf8') });
  kit.srv.route('/nowarm/resource-finder.search.js', { type: 'text/javascript', body: readFileSync(new URL('../../dist/resource-finder.search.js', import.meta.url), 'utf8') });
  kit.srv.route('/nowarm/resource-finder.intl.worker.js', { status: 404, type: 'text/plain', body: 'not here' });
  kit.srv.route('/lazy/nowarm.json', json(stamped(resources(1200))));
  const url = kit.srv.route('/lazy/nowarm.html', htmlPage('<script src="/nowarm/resource-finder.js"></script><resource-finder src="/lazy/nowarm.json"></resource-finder>', { headers: { 'Content-Security-Policy': POLICY } }));
  const { page, context, log } = await open(kit.browser, url);
  await waitForResults(page);
  const count = await page.evaluate(() => document.querySelector('resource-finder').shadowRoot.querySelector('.results [part~="status"]').textContent.trim());
  assert.ok(/^1,200 resources/.test(count), count);
  assert.ok(log.requests.some((u) => u.endsWith('/nowarm/resource-finder.intl.worker.js')), 'the worker was asked for');
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('a Spanish page: the cards drawn after the frame while the visitor types are in Spanish too', async () => {
  kit.srv.route('/lazy/es-typing.json', json(stamped(resources(40))));
  const url = kit.srv.route('/lazy/es-typing.html', htmlPage('<script src="/dist/resource-finder.js"></script><resource-finder lang="es" src="/lazy/es-typing.json"></resource-finder>', { lang: 'es', headers: { 'Content-Security-Policy': POLICY } }));
  const { page, context, log } = await open(kit.browser, url, { viewport: { width: 390, height: 844 } });
  await waitForResults(page);
  await page.locator('resource-finder [part~="search-input"]').focus();
  for (const ch of 'help') {
    await page.keyboard.type(ch);
    await page.waitForTimeout(80);
  }
  const shown = await titles(page); // once every card is drawn
  assert.ok(shown.length >= 10, `a page of results: ${shown.length}`);
  const saves = await page.evaluate(() => [...new Set([...document.querySelector('resource-finder').shadowRoot.querySelectorAll('[part~="result"] .save')].map((e) => e.textContent.trim()))]);
  assert.deepEqual(saves, ['Agregar a mi lista']);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});
