// A local directory of 4,000 services (scripts/gen-hsds-fixture.mjs: fictitious, with real-export
// shapes), imported with the CLI and built at test time in a temp dir, then used in Chromium:
// near a ZIP sorts by straight-line distance (checked against an independent haversine here), the
// radius and "Open now" (with an injected clock) agree with independent counts, the category facet
// shows at most 12 values until "Show all", axe finds nothing in the new states, the controls work
// by keyboard, and "Use my location" sends nothing. Prints the import time and the time to first results.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer, launch, openPage, root, axeViolations } from './helpers.mjs';
import { generate } from '../../scripts/gen-hsds-fixture.mjs';

const dir = mkdtempSync(join(tmpdir(), 'rf-local-e2e-'));
const cli = (...args) => execFileSync(process.execPath, ['bin/resource-finder.mjs', ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
let server, base, browser, bundle;

/** The test's own great-circle distance (miles, mean Earth radius 3958.7613 mi), not the widget's code. */
function miles([lat1, lon1], [lat2, lon2]) {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 3958.7613 * Math.asin(Math.sqrt(a));
}
/** Nearest usable site of a resource, or undefined ("available anywhere"). */
const nearest = (res, from) => {
  const d = (res.locations ?? []).filter((l) => !l.confidential && l.location_type !== 'virtual' && typeof l.latitude === 'number').map((l) => miles(from, [l.latitude, l.longitude]));
  return d.length ? Math.min(...d) : undefined;
};

before(async () => {
  if (!existsSync(resolve(root, 'dist/resource-finder.js'))) throw new Error('dist/resource-finder.js is missing: run `npm run build` first.');
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root });
  writeFileSync(join(dir, 'hsds.json'), JSON.stringify(generate(4000)));
  const started = performance.now();
  try {
    cli('import', '--from', 'hsds', join(dir, 'hsds.json'), '--timezone', 'America/New_York', '-o', join(dir, 'imported.json'));
  } catch (e) {
    if (e.status !== 0) throw e;
  }
  const importS = (performance.now() - started) / 1000;
  cli('build', join(dir, 'imported.json'), '-o', join(dir, 'bundle.json'));
  console.log(`# import of 4,000 HSDS services: ${importS.toFixed(2)} s wall clock (Node start included)`);
  bundle = JSON.parse(readFileSync(join(dir, 'bundle.json'), 'utf8'));
  writeFileSync(
    join(dir, 'local.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Local</title></head>
<body><script src="/dist/resource-finder.js"></script><resource-finder src="/local/bundle.json" no-exit></resource-finder></body></html>`,
  );
  ({ server, url: base } = await startServer({ mounts: { '/local/': dir } }));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

const cardIds = (page) => page.locator('resource-finder .results > .list > .card .title span[id^="r-"]').evaluateAll((els) => els.map((e) => e.id.slice(2)));
const statusCount = async (page) => Number((await page.locator('resource-finder .results > .status').textContent()).replace(/[^\d]/g, ''));

async function open(options) {
  const opened = await openPage(browser, `${base}local/local.html`, options);
  await opened.page.locator('resource-finder .card').first().waitFor();
  return opened;
}
async function near(page, text) {
  const box = page.getByLabel('Near ZIP code or city');
  await box.fill(text);
  await box.press('Enter');
  await page.locator('resource-finder .place-from').waitFor();
}
async function axe(page) {
  await page.addScriptTag({ path: resolve(root, 'node_modules/axe-core/axe.min.js') });
  const violations = await axeViolations(page);
  assert.deepEqual(violations.map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`), []);
}

test('time to first results for 4,000 services (1x CPU)', async () => {
  const { page, context } = await openPage(browser, 'about:blank');
  await page.goto(`${base}local/local.html`);
  await page.locator('resource-finder .card').first().waitFor();
  const ms = await page.evaluate(() => performance.now());
  console.log(`# time to first results, 4,000 services (${(bundle && JSON.stringify(bundle).length / 1e6).toFixed(1)} MB bundle): ${ms.toFixed(0)} ms from navigation start`);
  assert.equal(await statusCount(page), 4000);
  await context.close();
});

test('near 33157 sorts by straight-line distance, matching an independent haversine to 0.1 mi', async () => {
  const { page, context, log } = await open();
  await near(page, '33157');
  const from = bundle.places.zip['33157'];
  assert.ok(from, 'the built ZIP table has 33157');
  const ids = await cardIds(page);
  assert.equal(ids.length, 12);
  const lines = await page.locator('resource-finder .results > .list > .card .where').allTextContents();
  const expected = bundle.resources.map((r) => ({ id: r.id, d: nearest(r, from) })).filter((x) => x.d !== undefined).sort((a, b) => a.d - b.d);
  ids.forEach((id, k) => {
    const mine = nearest(bundle.resources.find((r) => r.id === id), from);
    assert.ok(Math.abs(mine - expected[k].d) < 1e-6, `rank ${k}: ${id} at ${mine} mi, expected ${expected[k].id} at ${expected[k].d}`);
    const shown = Number(/^([\d.]+) mi/.exec(lines[k])?.[1]);
    assert.ok(Math.abs(shown - mine) <= 0.1, `${id}: shows ${shown} mi, haversine ${mine.toFixed(3)} mi`);
  });
  // Placed services are counted; services without a place are listed apart, not dropped.
  assert.equal(await statusCount(page), expected.length);
  const anywhere = bundle.resources.length - expected.length;
  assert.match(await page.locator('resource-finder .anywhere-title').textContent(), new RegExp(`Available anywhere \\(${anywhere}\\)`));
  // Nothing left the page: every request went to this server.
  assert.deepEqual(log.requests.filter((u) => !u.startsWith(base)), []);
  await context.close();
});

test('the radius keeps what an independent count keeps; confidential sites show no address or distance', async () => {
  const { page, context } = await open();
  await near(page, '33157');
  await page.getByLabel('Within').selectOption('5');
  const from = bundle.places.zip['33157'];
  const within = bundle.resources.filter((r) => (nearest(r, from) ?? Infinity) <= 5).length;
  await page.waitForFunction((n) => document.querySelector('resource-finder').shadowRoot.querySelector('.results > .status').textContent.replace(/[^\d]/g, '') === String(n), within);
  assert.ok(within > 0 && within < 4000);
  // Among the anywhere services are the confidential shelters: their cards carry no place line.
  const shelters = bundle.resources.filter((r) => r.locations?.length && r.locations.every((l) => l.confidential)).map((r) => r.id);
  assert.ok(shelters.length > 0);
  const el = page.locator('resource-finder');
  await el.evaluate((e) => e.setQuery('')); // no-op, keeps the state
  for (const id of shelters.slice(0, 3)) {
    await el.evaluate((e, q) => e.setQuery(q), bundle.resources.find((r) => r.id === id).name);
    const card = page.locator(`resource-finder .card:has(span[id="r-${id}"])`);
    await card.waitFor();
    assert.equal(await card.locator('.where').count(), 0, `${id} shows no address or distance`);
  }
  await context.close();
});

/** Independent "open now" for the fixture's shapes: service-level WEEKLY schedules only matter at these times. */
function openAt(resource, day, hhmm, yesterday) {
  return (resource.schedules ?? []).some((s) => {
    if (s.freq !== 'WEEKLY' || !s.opens_at) return false;
    const close = s.closes_at === '23:59' ? '24:00' : s.closes_at;
    const days = s.byday.split(',');
    if (close > s.opens_at) return days.includes(day) && s.opens_at <= hhmm && hhmm < close;
    // Past midnight: yesterday's evening runs into today's morning.
    return (days.includes(day) && s.opens_at <= hhmm) || (days.includes(yesterday) && hhmm < close);
  });
}

test('"Open now" agrees with an injected clock (Monday 8:30 AM, and Saturday 1 AM after hours past midnight)', async () => {
  const { page, context } = await open();
  const el = page.locator('resource-finder');
  // Monday 2026-11-30 08:30 in Miami (EST, UTC−5): the fixture's services open between 7 and 10.
  await el.evaluate((e) => (e.now = new Date(Date.UTC(2026, 10, 30, 13, 30))));
  await page.getByLabel('Open now').check();
  const monday = bundle.resources.filter((r) => openAt(r, 'MO', '08:30', 'SU')).length;
  await page.waitForFunction((n) => document.querySelector('resource-finder').shadowRoot.querySelector('.results > .status').textContent.replace(/[^\d]/g, '') === String(n), monday);
  assert.ok(monday > 100 && monday < 4000, `${monday}`);
  const hours = await page.locator('resource-finder .results > .list .hours').allTextContents();
  assert.ok(hours.length > 0 && hours.every((h) => /^Open now · until \d{1,2}(:\d\d)? PM$|^Open 24 hours$/.test(h)), hours.join(' | '));
  // Saturday 2026-12-05 01:00 EST: the 24-hour services plus the Friday 20:00–02:00 ones.
  await el.evaluate((e) => (e.now = new Date(Date.UTC(2026, 11, 5, 6, 0))));
  const saturday = bundle.resources.filter((r) => openAt(r, 'SA', '01:00', 'FR')).length;
  await page.waitForFunction((n) => document.querySelector('resource-finder').shadowRoot.querySelector('.results > .status').textContent.replace(/[^\d]/g, '') === String(n), saturday);
  assert.ok(saturday > 0 && saturday < monday);
  await axe(page);
  // Off again: everything.
  await page.getByLabel('Open now').uncheck();
  await page.waitForFunction(() => document.querySelector('resource-finder').shadowRoot.querySelector('.results > .status').textContent.includes('4,000'));
  const closed = await page.locator('resource-finder .results > .list .hours').allTextContents();
  assert.ok(closed.some((h) => /^Closed · opens Mon \d{1,2} AM$/.test(h)), closed.join(' | '));
  await el.evaluate((e) => (e.now = new Date(Date.UTC(2026, 10, 30, 13, 30))));
  await page.waitForFunction(() => [...document.querySelector('resource-finder').shadowRoot.querySelectorAll('.results > .list .hours')].some((h) => /^Closed · opens \d{1,2} AM$/.test(h.textContent)));
  await context.close();
});

test('the category facet shows at most 12 values until "Show all"; a tree drills down; a box filters', async () => {
  const { page, context } = await open();
  const group = page.locator('resource-finder fieldset.group').filter({ has: page.locator('legend', { hasText: /^Categor/ }) });
  const boxes = group.locator('input[type="checkbox"]');
  assert.ok((await boxes.count()) <= 12);
  // Drill into the first top-level value with children, by keyboard.
  const drill = group.locator('button.drill').first();
  await drill.focus();
  await page.keyboard.press('Enter');
  await group.locator('.trail').waitFor();
  assert.ok((await boxes.count()) <= 12, `${await boxes.count()} values before Show all`);
  const showAll = group.locator('button.show-all');
  const total = Number((await showAll.textContent()).replace(/[^\d]/g, ''));
  assert.ok(total > 12, `level has ${total} values`);
  assert.equal(await showAll.getAttribute('aria-expanded'), 'false');
  await showAll.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelector('resource-finder').shadowRoot.querySelectorAll('fieldset.group .trail ~ .check, fieldset.group .check').length >= n, total);
  assert.equal(await boxes.count(), total);
  await axe(page);
  // Back to the top, then the box finds one value anywhere in the tree.
  await group.locator('.trail button', { hasText: 'All' }).click();
  await group.locator('.facet-filter').fill('Test category 0714');
  await page.waitForFunction(() => [...document.querySelector('resource-finder').shadowRoot.querySelectorAll('fieldset.group label')].some((l) => l.textContent.includes('Test category 0714')));
  await context.close();
});

test('keyboard: the place row is reachable and usable without a mouse; axe clean with a place set', async () => {
  const { page, context } = await open();
  const box = page.getByLabel('Near ZIP code or city');
  await box.focus();
  await page.keyboard.type('33157');
  await page.keyboard.press('Tab'); // Go
  await page.keyboard.press('Enter');
  await page.locator('resource-finder .place-from').waitFor();
  assert.match(await page.locator('resource-finder .place-from').textContent(), /Distances from 33157\./);
  await page.getByLabel('Within').focus();
  await page.keyboard.press('ArrowDown'); // 5 mi
  await page.waitForFunction(() => document.querySelector('resource-finder').shadowRoot.querySelector('.place select').value === '5');
  await page.getByLabel('Open now').focus();
  await page.keyboard.press('Space');
  assert.equal(await page.getByLabel('Open now').isChecked(), true);
  await axe(page);
  // An unknown place says so, in a live alert, and keeps the list.
  await box.fill('Atlantis');
  await box.press('Enter');
  assert.match(await page.locator('resource-finder .place-error').textContent(), /No ZIP code or city "Atlantis"/);
  await axe(page);
  await context.close();
});

test('"Use my location" uses the device position, computed on the device: no request carries it', async () => {
  const from = [25.7617, -80.1918];
  const { page, context, log } = await openPage(browser, `${base}local/local.html`, { viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ latitude: from[0], longitude: from[1] });
  await page.locator('resource-finder .card').first().waitFor();
  await page.getByRole('button', { name: 'Use my location' }).click();
  await page.locator('resource-finder .place-from', { hasText: 'your location' }).waitFor();
  const first = (await cardIds(page))[0];
  const best = Math.min(...bundle.resources.map((r) => nearest(r, from) ?? Infinity));
  assert.ok(Math.abs(nearest(bundle.resources.find((r) => r.id === first), from) - best) < 1e-6);
  assert.deepEqual(log.requests.filter((u) => !u.startsWith(base)), []);
  assert.ok(!log.requests.some((u) => u.includes('25.76')), 'the point is in no request');
  await context.close();
});
