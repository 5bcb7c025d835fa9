// Quick exit in a real navigation: the overlay covers the page before it leaves, the page is
// replaced (Back does not return to it), and the keyboard shortcut works from anywhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openPage } from './helpers.mjs';

let server;
let base;
let browser;

before(async () => {
  ({ server, url: base } = await startServer({
    routes: async (url, _req, res) => {
      if (url.pathname !== '/neutral') return false;
      // A slow neutral page, so the test can see what the visitor sees while it loads.
      await new Promise((r) => setTimeout(r, 700));
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<!doctype html><link rel="icon" href="data:,"><title>Weather</title><p>Sunny.</p>');
      return true;
    },
  }));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function ready(page) {
  await page.waitForFunction(() => document.querySelector('resource-finder')?.shadowRoot?.querySelector('[part~="result"]'));
}

test('the exit button covers the page at once, then replaces it: Back does not return', async () => {
  const { page, context } = await openPage(browser, `${base}pages/plain.html`);
  await page.goto(`${base}pages/exit.html`);
  await ready(page);
  const start = await page.evaluate(() => history.length);
  // Before the (slow) neutral page arrives, the overlay is in the top layer and the query is gone.
  const during = await page.evaluate(async () => {
    const el = document.querySelector('resource-finder');
    el.setQuery('housing');
    await el.updateComplete;
    el.shadowRoot.querySelector('[part~="exit-button"]').click();
    await el.updateComplete;
    const root = el.shadowRoot;
    return { overlay: root.querySelector('.exit-overlay').matches(':popover-open'), query: root.querySelector('input[type="search"]')?.value ?? '' };
  });
  assert.deepEqual(during, { overlay: true, query: '' });
  await page.waitForURL(`${base}neutral`);
  assert.equal(await page.evaluate(() => history.length), start, 'location.replace adds no history entry');
  await page.goBack();
  assert.equal(page.url(), `${base}pages/plain.html`, 'Back skips the help page');
  await context.close();
});

test('Shift pressed three times on the host page exits', async () => {
  const { page, context } = await openPage(browser, `${base}pages/exit.html`);
  await ready(page);
  await page.click('h1');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await page.waitForURL(`${base}neutral`);
  await context.close();
});

test('typing capitals in the search box does not exit', async () => {
  const { page, context } = await openPage(browser, `${base}pages/exit.html`);
  await ready(page);
  await page.locator('resource-finder input[type="search"]').click();
  await page.keyboard.type('HOUSING Legal ABC');
  await page.waitForTimeout(800);
  assert.equal(page.url(), `${base}pages/exit.html`);
  await context.close();
});
