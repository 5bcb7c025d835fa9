// `npm start`'s demo server (scripts/serve-demo.mjs) as a newcomer meets it: the demo page shows the
// shipped list and searches (the script's sibling parts are served next to it), and the local demo
// page shows its HSDS example.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cardsDrawn, launch, openPage } from './helpers.mjs';
import { serveDemo } from '../../scripts/serve-demo.mjs';

let server;
let base;
let browser;

before(async () => {
  ({ server, url: base } = await serveDemo(0));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

const cards = (page) =>
  page.evaluate(() => [...document.querySelector('resource-finder').shadowRoot.querySelectorAll('[part~="result"] .title')].map((t) => t.textContent.trim()));

test('the demo page shows the shipped list, and a search narrows it', async () => {
  const { page, context, log } = await openPage(browser, base);
  await cardsDrawn(page, { timeout: 15000 });
  const all = await cards(page);
  assert.ok(all.length >= 10, `a page of results (got ${all.length})`);
  await page.locator('resource-finder input[type="search"]').first().fill('housing');
  await page.waitForFunction((n) => {
    const titles = [...document.querySelector('resource-finder').shadowRoot.querySelectorAll('[part~="result"] .title')].map((t) => t.textContent);
    return titles.length > 0 && titles.length < n && titles.some((t) => /housing/i.test(t));
  }, all.length, { timeout: 15000 });
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
  // Every file the page asked for was served: the script's siblings (the workers too) and the data.
  assert.deepEqual(log.failed, []);
  assert.ok(log.requests.some((u) => u.endsWith('/resource-finder.intl.worker.js')), 'the Intl warm-up worker was asked for');
  await context.close();
});

test('the local demo page shows its HSDS example', async () => {
  const { page, context, log } = await openPage(browser, `${base}local.html`);
  await page.waitForFunction(() => document.querySelector('resource-finder')?.shadowRoot?.querySelectorAll('[part~="result"]').length > 0, null, { timeout: 15000 });
  assert.ok((await cards(page)).length >= 1);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});
