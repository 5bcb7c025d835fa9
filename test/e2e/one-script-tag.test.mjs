// The one-script-tag bundle, from plain HTML pages served on 127.0.0.1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cardsDrawn, startServer, launch, openPage } from './helpers.mjs';

let server;
let base;
let browser;

before(async () => {
  ({ server, url: base } = await startServer());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function renderedTitles(page) {
  await cardsDrawn(page);
  return page.evaluate(() => [...document.querySelector('resource-finder').shadowRoot.querySelectorAll('[part~="result"] .title')].map((t) => t.textContent.trim()));
}

test('a plain page with one script tag shows the shipped resources', async () => {
  const { page, context, log } = await openPage(browser, `${base}pages/plain.html`);
  const titles = await renderedTitles(page);
  assert.ok(titles.length >= 10, `expected a page of results, got ${titles.length}`);
  const pinned = await page.evaluate(() => document.querySelector('resource-finder').shadowRoot.querySelector('[part~="pinned-help"]')?.textContent ?? '');
  assert.match(pinned, /1-888-373-7888/);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
  await context.close();
});

test('loading the script twice gives no error and one working list', async () => {
  const { page, context, log } = await openPage(browser, `${base}pages/twice.html`);
  const titles = await renderedTitles(page);
  assert.ok(titles.length >= 10);
  assert.equal(await page.evaluate(() => document.querySelectorAll('resource-finder').length), 1);
  const lists = await page.evaluate(() => document.querySelector('resource-finder').shadowRoot.querySelectorAll('[part~="result-list"]').length);
  assert.equal(lists, 1);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
  await context.close();
});

test('inline bundle and translations work when the script tag comes before the element', async () => {
  const { page, context, log } = await openPage(browser, `${base}pages/inline.html`);
  const titles = await renderedTitles(page);
  assert.deepEqual(titles, ['Línea de ayuda Alfa', 'Beta']);
  const exit = await page.evaluate(() => document.querySelector('resource-finder').shadowRoot.querySelector('[part~="exit-button"]').textContent.trim());
  assert.equal(exit, 'Salir ya');
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

for (const { name, width, fontSize } of [
  { name: '320 px wide (400% zoom of 1280)', width: 320 },
  { name: '200% text at 640 px', width: 640, fontSize: '32px' },
]) {
  test(`no horizontal scrolling at ${name}`, async () => {
    const { page, context } = await openPage(browser, `${base}pages/plain.html`, { viewport: { width, height: 800 } });
    if (fontSize) await page.evaluate((size) => document.querySelector('resource-finder').style.setProperty('--rf-font-size', size), fontSize);
    await renderedTitles(page);
    // Open every detail and the filters so the widest content is laid out.
    await page.evaluate(() => {
      const root = document.querySelector('resource-finder').shadowRoot;
      root.querySelectorAll('details').forEach((d) => (d.open = true));
    });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
    await context.close();
  });
}
