// End to end, `api=` with places and hours: the built one-file element against the real service
// (throwaway PostgreSQL) with a bundle whose sites have points, cities, ZIP points and weekly hours.
// The place and hours row appears as in bundle mode; a typed ZIP or city becomes a point in the page
// (from the service's GET /places table), the element sends lat/lon/sort=distance (and radius,
// open_now), and shows the service's order, count and distances.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { kitServer, launch, open, htmlPage, waitForResults, titles, countShown, DIST, root } from '../e2e/hardening-kit.mjs';
import { startStack } from './helpers.mjs';

const hh = (h) => `${String(((h % 24) + 24) % 24).padStart(2, '0')}:00`;
const now = new Date().getUTCHours();
const every = 'MO,TU,WE,TH,FR,SA,SU';
const svc = (id, name, city, lat, lon, schedules) => ({
  id, name, description: `${name}: a test service with a site.`, resource_type: 'pantry',
  locations: [{ id: `${id}-site`, location_type: 'physical', latitude: lat, longitude: lon, timezone: 'UTC', address: { address_1: '1 Main St', city, state_province: 'FL', postal_code: '00000', country: 'US' }, schedules: schedules.map((x) => ({ ...x, description: `Every day ${x.opens_at}–${x.closes_at} UTC` })) }],
});
const bundle = {
  format_version: 1,
  meta: { title: 'Place test', default_locale: 'en', locales: ['en'], updated: '2026-11-30', timezone: 'UTC' },
  facets: [{ id: 'type', field: 'resource_type', label: 'Type', values: [{ id: 'pantry', label: 'Pantry' }] }],
  places: { zip: { '32301': [30.4383, -84.2807] }, zip3: { '328': [28.54, -81.38] } },
  resources: [
    svc('tlh-open', 'Tallahassee Pantry', 'Tallahassee', 30.4383, -84.2807, [{ freq: 'WEEKLY', byday: every, opens_at: hh(now - 1), closes_at: hh(now + 1) }]),
    svc('tlh-east', 'Tallahassee East Pantry', 'Tallahassee', 30.45, -84.2, [{ freq: 'WEEKLY', byday: every, opens_at: hh(now + 2), closes_at: hh(now + 3) }]),
    svc('orl-closed', 'Orlando Pantry', 'Orlando', 28.5383, -81.3792, [{ freq: 'WEEKLY', byday: every, opens_at: hh(now + 2), closes_at: hh(now + 3) }]),
    svc('mia-open', 'Miami Pantry', 'Miami', 25.7617, -80.1918, [{ freq: 'WEEKLY', byday: every, opens_at: hh(now - 2), closes_at: hh(now + 2) }]),
    { id: 'line', name: 'Statewide Pantry Line', description: 'A phone line with no location.', resource_type: 'pantry' },
  ],
};

let srv;
let stack;
let browser;
let session;
const shadow = (fn, arg) => session.page.evaluate(fn, arg);
const searches = () => session.log.requests.filter((u) => u.includes('/service_at_locations'));
const lastParams = () => new URL(searches().at(-1)).searchParams;
/** The service's answer for the element's last request, asked directly. */
const sameAnswer = async () => (await stack.get(new URL(searches().at(-1)).pathname + new URL(searches().at(-1)).search)).body;
const settle = async () => {
  // One answer in: no request in flight for 400 ms.
  let n = -1;
  while (n !== searches().length) {
    n = searches().length;
    await session.page.waitForTimeout(400);
  }
  await session.page.waitForTimeout(200);
};

before(async () => {
  if (!existsSync(DIST) || !existsSync(DIST.replace(/\.js$/, '.local.js'))) {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: root });
    execFileSync(process.execPath, ['scripts/build-parts.mjs'], { cwd: root });
  }
  srv = await kitServer();
  stack = await startStack(bundle, { corsOrigins: [srv.origin] });
  browser = await launch();
  const url = srv.route('/api/place.html', htmlPage(`<script src="/dist/resource-finder.js"></script><resource-finder api="${stack.base}" lang="en-US"></resource-finder>`));
  session = await open(browser, url);
  await waitForResults(session.page);
});
after(async () => {
  await session?.context.close();
  await browser?.close();
  await stack?.stop();
  srv?.close();
});

test('the service says its data has sites and hours; the place row appears; the place table is fetched once', async () => {
  assert.deepEqual((await stack.get('/service_at_locations?per_page=1')).body.local, { near: true, hours: true, timezone: 'UTC' });
  const table = (await stack.get('/places')).body;
  assert.deepEqual(table.places.zip, bundle.places.zip);
  assert.deepEqual(table.resources.map((r) => r.locations[0].address.city).sort(), ['miami', 'orlando', 'tallahassee']);
  assert.equal((await stack.get('/places?q=1')).status, 400);
  await session.page.getByLabel('Near ZIP code or city').waitFor({ timeout: 10000 });
  assert.equal(await session.page.getByLabel('Open now').count(), 1);
  // The note under the box says where the point goes (in bundle mode: nowhere).
  const note = await shadow(() => document.querySelector('resource-finder').shadowRoot.querySelector('.place .hint').textContent);
  assert.match(note, /that point, not what you typed, goes with your searches to this site's own server/);
  await session.page.waitForTimeout(300);
  assert.equal(session.log.requests.filter((u) => u.startsWith(stack.base + '/places')).length, 1);
  // Before a point: hours lines on cards (worded in the page from the resource's schedules).
  const hours = await session.page.locator('resource-finder [part~="hours"]').allTextContents();
  assert.ok(hours.some((t) => /^Open now/.test(t)) && hours.some((t) => /^Closed/.test(t)), hours.join(' | '));
});

test('a typed ZIP: the point is sent (lat/lon, nearest first), order, count and distances are the service\'s', async () => {
  const box = session.page.getByLabel('Near ZIP code or city');
  await box.fill('32301');
  await box.press('Enter');
  await session.page.waitForFunction(() => document.querySelector('resource-finder').shadowRoot.querySelector('[part~="place-line"]'));
  await settle();
  const p = lastParams();
  assert.deepEqual([p.get('lat'), p.get('lon'), p.get('sort')], ['30.4383', '-84.2807', 'distance']);
  assert.ok(!searches().some((u) => u.includes('32301')), 'what was typed never left the page');
  const want = await sameAnswer();
  assert.deepEqual(await titles(session.page), want.contents.map((c) => c.service.name));
  assert.equal(await countShown(session.page), want.total_items);
  const lines = await session.page.locator('resource-finder [part~="place-line"]').allTextContents();
  const placed = want.contents.filter((c) => c.distance !== null);
  assert.equal(lines.length, placed.length);
  placed.forEach((c, k) => {
    const shown = Number(/^([\d.,]+) mi/.exec(lines[k])?.[1].replace(/,/g, ''));
    assert.ok(Math.abs(shown - c.distance / 1609.344) <= 0.1, `${c.service.name}: shows "${lines[k]}", service ${c.distance} m`);
  });
});

test('radius and open now go to the service; the cards are its answer', async () => {
  await session.page.getByLabel('Within').selectOption('25');
  await settle();
  assert.equal(lastParams().get('radius'), String(Math.round(25 * 1609.344)));
  let want = await sameAnswer();
  assert.deepEqual(await titles(session.page), want.contents.map((c) => c.service.name));
  assert.deepEqual(want.contents.map((c) => c.service_id), ['tlh-open', 'tlh-east']);
  await session.page.getByLabel('Open now').check();
  await settle();
  assert.equal(lastParams().get('open_now'), 'true');
  want = await sameAnswer();
  assert.deepEqual(want.contents.map((c) => c.service_id), ['tlh-open']);
  assert.deepEqual(await titles(session.page), ['Tallahassee Pantry']);
  await session.page.getByLabel('Open now').uncheck();
  await session.page.getByLabel('Within').selectOption('0');
  await settle();
});

test('a typed city becomes the mean point of its sites (approximate); an unknown place says so', async () => {
  const box = session.page.getByLabel('Near ZIP code or city');
  await box.fill('orlando');
  await box.press('Enter');
  await settle();
  const p = lastParams();
  assert.deepEqual([Number(p.get('lat')), Number(p.get('lon'))], [28.5383, -81.3792]);
  assert.equal((await titles(session.page))[0], 'Orlando Pantry');
  assert.match(await shadow(() => document.querySelector('resource-finder').shadowRoot.querySelector('.place-from').textContent), /approximate/);
  await box.fill('Atlantis');
  await box.press('Enter');
  await session.page.waitForFunction(() => /No ZIP code or city/.test(document.querySelector('resource-finder').shadowRoot.querySelector('.place-error')?.textContent ?? ''));
  assert.deepEqual(session.log.pageErrors, []);
});
