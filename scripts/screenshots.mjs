// `node scripts/screenshots.mjs [outDir]`: screenshots of the demo page (built bundle + shipped data)
// at phone and desktop widths, light and dark, English and Spanish, for people to look at.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { requireChrome, CHROME_ARGS } from './find-chrome.mjs';
import { serveDemo } from './serve-demo.mjs';

const outDir = resolve(process.argv[2] ?? 'screenshots/local');
mkdirSync(outDir, { recursive: true });
// The demo server: the script, the sibling parts it loads on demand, the shipped data and demo/.
const { server, url } = await serveDemo(0);
const browser = await chromium.launch({ executablePath: requireChrome(), headless: true, args: CHROME_ARGS });
const shots = [
  { name: 'en-1280-light', width: 1280 },
  { name: 'en-320-light', width: 320 },
  { name: 'en-1280-dark', width: 1280, dark: true },
  { name: 'es-320-light', width: 320, lang: 'es' },
  { name: 'es-1280-dark', width: 1280, lang: 'es', dark: true },
  { name: 'rtl-800', width: 800, rtl: true },
  // Phone (390 px): the first screen, and after a search, in English and Spanish.
  { name: 'en-390-light', width: 390, height: 844 },
  { name: 'es-390-light', width: 390, height: 844, lang: 'es' },
  { name: 'en-390-housing', width: 390, height: 844, query: 'housing' },
  { name: 'es-390-vivienda', width: 390, height: 844, lang: 'es', query: 'vivienda' },
];
const only = process.env.SHOTS?.split(',');
for (const shot of shots.filter((s) => !only || only.includes(s.name))) {
  const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height ?? 900 }, colorScheme: shot.dark ? 'dark' : 'light', locale: shot.lang === 'es' ? 'es-MX' : 'en-US' });
  page.on('pageerror', (e) => console.error(shot.name, String(e)));
  await page.goto(`${url}${shot.rtl ? 'rtl.html' : 'index.html'}`);
  await page.evaluate(({ lang, dark }) => {
    const el = document.querySelector('resource-finder');
    if (lang) document.documentElement.lang = lang;
    if (dark) {
      el.setAttribute('theme', 'dark');
      document.body.style.background = '#111';
      document.body.style.color = '#eee';
    }
  }, shot);
  await page.waitForFunction(() => document.querySelector('resource-finder')?.shadowRoot?.querySelector('[part~="result"]'), null, { timeout: 60000 });
  // A search as a visitor makes it: type, then Enter.
  if (shot.query) {
    await page.locator('resource-finder [part~="search-input"]').fill(shot.query);
    await page.keyboard.press('Enter');
  }
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${outDir}/${process.env.PREFIX ?? ''}${shot.name}.png`, fullPage: !!process.env.FULL });
  await page.close();
}
await browser.close();
server.close();
console.log(`Screenshots in ${outDir}`);
