// CI smoke check: the one-file bundle, loaded by a plain page on 127.0.0.1, renders resources.
import { chromium } from 'playwright-core';
import { resolve } from 'node:path';
import { requireChrome, CHROME_ARGS } from './find-chrome.mjs';
import { serve } from './serve.mjs';

const root = resolve(import.meta.dirname, '..');
const { server, url } = await serve({
  mounts: { '/dist/': resolve(root, 'dist'), '/data/': resolve(root, 'data'), '/pages/': resolve(root, 'test/e2e/pages') },
});
const browser = await chromium.launch({ executablePath: requireChrome(), headless: true, args: CHROME_ARGS });
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${url}pages/plain.html`);
  await page.waitForFunction(() => document.querySelector('resource-finder')?.shadowRoot?.querySelectorAll('[part~="result"]').length > 0, null, { timeout: 15000 });
  const count = await page.evaluate(() => document.querySelector('resource-finder').shadowRoot.querySelectorAll('[part~="result"]').length);
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  console.log(`Smoke check: the one-file bundle rendered ${count} resource cards from a plain page.`);
} catch (error) {
  console.error(`Smoke check failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  server.close();
}
