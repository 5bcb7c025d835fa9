// The embedding examples in examples/: plain page, Bootstrap and USWDS CMS pages with hostile global
// CSS, and React 19 and Vue 3 apps built with Vite. Each is served from 127.0.0.1 and checked in
// Chromium: it renders, takes the brand theme, ignores the host's CSS, follows attribute and
// property changes, and (React, Vue) the host sees the widget's events and switches its language.
// Screenshots (1280 wide) go to /tmp/examples-shots (or RF_SHOTS_DIR).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startServer, launch, openPage, root } from './helpers.mjs';
import { buildExamples } from '../../examples/build.mjs';

const SHOTS = process.env.RF_SHOTS_DIR ?? '/tmp/examples-shots';
const EXIT_RED = 'rgb(179, 38, 30)';
const WHITE = 'rgb(255, 255, 255)';

/**
 * accent: the page's --rf-accent as computed; radius: its --rf-radius; font: the expected computed
 * font-family (a RegExp, or 'host' for "the same as the host page's body").
 */
const EXAMPLES = [
  { name: 'plain', path: 'examples/plain/', accent: 'rgb(107, 45, 143)', radius: '2px', font: /^Georgia, "Times New Roman", serif$/ },
  { name: 'bootstrap', path: 'examples/bootstrap/', accent: 'rgb(15, 118, 110)', radius: '6px', font: 'host', rootFontSize: '10px' },
  { name: 'uswds', path: 'examples/uswds/', accent: 'rgb(26, 68, 128)', radius: '4px', font: /^"Source Sans Pro Web", "Helvetica Neue"/, rootFontSize: '20px' },
  { name: 'react', path: 'examples/react/dist/', accent: 'rgb(180, 83, 9)', radius: '12px', font: /^system-ui, sans-serif$/, app: true },
  { name: 'vue', path: 'examples/vue/dist/', accent: 'rgb(47, 111, 79)', radius: '0px', font: /^"Trebuchet MS", sans-serif$/, app: true },
];

let server;
let base;
let browser;
let baseline;

before(async () => {
  const bundle = resolve(root, 'dist/resource-finder.js');
  if (!existsSync(bundle)) {
    throw new Error(`${bundle} is missing: run \`npm run build\` before the end-to-end tests (npm test builds first).`);
  }
  await buildExamples(); // examples/react/dist and examples/vue/dist
  mkdirSync(SHOTS, { recursive: true });
  ({ server, url: base } = await startServer({
    mounts: {
      '/examples/': resolve(root, 'examples'),
      '/node_modules/bootstrap/': resolve(root, 'node_modules/bootstrap'),
      '/node_modules/@uswds/uswds/': resolve(root, 'node_modules/@uswds/uswds'),
    },
  }));
  browser = await launch();
  // The control: the widget's own look on a bare page (test/e2e/pages/plain.html: no host CSS, no theme).
  const { page, context } = await openPage(browser, `${base}pages/plain.html`);
  await waitForCards(page);
  baseline = await computedParts(page);
  await context.close();
});
after(async () => {
  await browser?.close();
  server?.close();
});

// ---- helpers -------------------------------------------------------------------------------

async function waitForCards(page, n) {
  await page.waitForFunction(
    (n) => {
      const root = document.querySelector('resource-finder')?.shadowRoot;
      const count = root?.querySelectorAll('[part~="result"]').length ?? 0;
      // Every card drawn: the first results draw their first few at once, the rest after the frame.
      if (root?.querySelector('[part~="result-list"][aria-busy="true"]')) return false;
      return n === undefined ? count > 0 : count === n;
    },
    n,
    { timeout: 10000 },
  );
}

const shadowText = (page, selector) =>
  page.evaluate((s) => document.querySelector('resource-finder').shadowRoot.querySelector(s)?.textContent.replace(/\s+/g, ' ').trim() ?? null, selector);

async function waitForShadowText(page, selector, pattern) {
  await page.waitForFunction(
    ({ s, source, flags }) => new RegExp(source, flags).test(document.querySelector('resource-finder').shadowRoot.querySelector(s)?.textContent ?? ''),
    { s: selector, source: pattern.source, flags: pattern.flags },
    { timeout: 10000 },
  );
}

/** What `button { all: unset }` and friends would change on a button (colours are checked apart). */
const BUTTON_LOOK = ['background-color', 'color', 'display', 'padding-top', 'padding-left', 'border-top-width', 'border-top-style', 'font-size', 'font-weight', 'min-height', 'cursor', 'text-decoration-line'];
const withoutColours = ({ 'background-color': _bg, color: _color, ...rest }) => rest;

/** Computed styles of the parts the theme and the host's CSS could touch. */
function computedParts(page) {
  return page.evaluate((BUTTON_LOOK) => {
    const shadow = document.querySelector('resource-finder').shadowRoot;
    const styles = (selector, ...props) => {
      const node = shadow.querySelector(selector);
      if (!node) return null;
      const s = getComputedStyle(node);
      return Object.fromEntries(props.map((p) => [p, s.getPropertyValue(p)]));
    };
    return {
      titleLink: styles('[part~="result"] .title a', 'color'),
      card: styles('[part~="result"]', 'border-top-left-radius', 'font-family', 'box-sizing'),
      summary: styles('[part~="result"] .summary', 'font-size'),
      mainTitle: styles('.main-title', 'font-size'),
      contact: styles('[part~="result"] [part~="contact"]', ...BUTTON_LOOK),
      exit: styles('[part~="exit-button"]', ...BUTTON_LOOK),
      more: styles('[part~="more-button"]', ...BUTTON_LOOK),
      search: styles('[part~="search-input"]', 'border-top-width', 'border-top-style', 'font-size'),
      hostFont: getComputedStyle(document.body).fontFamily,
      rootFontSize: getComputedStyle(document.documentElement).fontSize,
    };
  }, BUTTON_LOOK);
}

function assertClean(log, base) {
  assert.deepEqual(log.pageErrors, [], 'page errors');
  assert.deepEqual(log.consoleErrors, [], 'console errors');
  const foreign = log.requests.filter((u) => !u.startsWith(base) && !u.startsWith('data:'));
  assert.deepEqual(foreign, [], 'requests to other origins');
}

// ---- every example -------------------------------------------------------------------------

for (const example of EXAMPLES) {
  test(`${example.name}: renders, takes the brand theme and keeps its own look whatever the host CSS`, async () => {
    const { page, context, log } = await openPage(browser, `${base}${example.path}`);
    await waitForCards(page);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${SHOTS}/${example.name}.png`, fullPage: true });
    await page.screenshot({ path: `${SHOTS}/${example.name}-top.png` }); // the first 1280×900 screen

    const parts = await computedParts(page);
    if (example.rootFontSize) assert.equal(parts.rootFontSize, example.rootFontSize, 'the host page really changes the root size');

    // Theme through the three custom properties.
    assert.equal(parts.titleLink.color, example.accent, 'card title link takes --rf-accent (and not the host a{color:hotpink!important})');
    assert.equal(parts.contact['background-color'], example.accent, 'contact button background is --rf-accent');
    assert.equal(parts.more['background-color'], example.accent, '"Show more" background is --rf-accent');
    assert.equal(parts.card['border-top-left-radius'], example.radius, 'card corners take --rf-radius');
    if (example.font === 'host') assert.equal(parts.card['font-family'], parts.hostFont, 'card font is the host font via --rf-font-family');
    else assert.match(parts.card['font-family'], example.font, 'card font takes --rf-font-family');

    // Root-size independence: 16px base, 1.5em heading, whatever html's font-size is.
    assert.equal(parts.summary['font-size'], '16px', 'card summary is 16px');
    assert.equal(parts.mainTitle['font-size'], '24px', 'widget heading is 1.5em of 16px (host h2 { font-size: 4rem } does not apply)');
    assert.equal(parts.search['font-size'], '16px');

    // Host rules such as `button { all: unset }`, `* { box-sizing: content-box }` and input borders stay
    // outside: the buttons and the search box look as they do on a bare page (the theme aside).
    assert.equal(parts.card['box-sizing'], 'border-box');
    assert.equal(parts.exit['background-color'], EXIT_RED, 'exit button keeps its red background');
    assert.equal(parts.exit.color, WHITE);
    assert.equal(parts.contact.color, WHITE, 'contact button text is --rf-on-accent');
    // (The framework examples use the ES module build, the baseline the one-file build; the two may be
    // built at different times while the styles change, so only the one-file pages are compared.)
    if (!example.app) {
      for (const part of ['exit', 'contact', 'more', 'search']) {
        assert.deepEqual(withoutColours(parts[part]), withoutColours(baseline[part]), `${part}: same padding, border, size and cursor as on a bare page`);
      }
    }
    assert.notEqual(parts.contact['padding-left'], '0px');
    assert.notEqual(parts.exit['padding-left'], '0px');

    assertClean(log, base);
    await context.close();
  });

  if (!example.app) {
    test(`${example.name}: follows attribute and property changes`, async () => {
      const { page, context, log } = await openPage(browser, `${base}${example.path}`);
      await waitForCards(page, 12);
      // Attribute.
      await page.evaluate(() => document.querySelector('resource-finder').setAttribute('page-size', '3'));
      await waitForCards(page, 3);
      // Properties: a number and an object.
      await page.evaluate(() => (document.querySelector('resource-finder').pageSize = 5));
      await waitForCards(page, 5);
      await page.evaluate(() => (document.querySelector('resource-finder').translations = { en: { 'count.other': '{0} places to get help' } }));
      await waitForShadowText(page, '[part~="status"]', /^\s*\d+ places to get help/);
      // lang as an attribute on the element.
      await page.evaluate(() => document.querySelector('resource-finder').setAttribute('lang', 'es'));
      await waitForShadowText(page, '[part~="exit-button"]', /Salir de esta página/);
      assertClean(log, base);
      await context.close();
    });
  }
}

// ---- framework hosts -----------------------------------------------------------------------

for (const example of EXAMPLES.filter((e) => e.app)) {
  test(`${example.name}: attribute and property from app state, events reach the app, language switch`, async () => {
    const { page, context, log } = await openPage(browser, `${base}${example.path}`);
    await waitForCards(page, 6); // page-size from the app's state
    await page.waitForFunction(() => /^\d+ resources loaded$/.test(document.querySelector('#loaded')?.textContent ?? ''), null, { timeout: 10000 });
    const finder = page.locator('resource-finder');

    // Attribute from app state.
    assert.equal(await finder.getAttribute('page-size'), '6');
    await page.selectOption('#page-size', '3');
    await waitForCards(page, 3);
    assert.equal(await finder.getAttribute('page-size'), '3', 'page-size is passed as an attribute');

    // Property (an object) from app state.
    await page.check('#own-wording');
    await waitForShadowText(page, '[part~="status"]', /^\s*\d+ places to get help/);
    assert.equal(await finder.getAttribute('translations'), null, 'translations is set as a property, not stringified into an attribute');
    assert.equal(await finder.evaluate((el) => typeof el.translations), 'object');

    // Events: the visitor types in the widget's own search box (Playwright's CSS pierces the shadow root).
    await finder.locator('input[type="search"]').fill('housing');
    await page.waitForFunction(() => /rf-search: "housing" \(\d+ results\)/.test(document.querySelector('#last-event').textContent), null, { timeout: 10000 });
    await finder.locator('[part~="filters"] input[type="checkbox"]').first().check();
    await page.waitForFunction(() => /^rf-filter-change: \{".+":\[".+"\]\}$/.test(document.querySelector('#last-event').textContent), null, { timeout: 10000 });

    // Language switch through app state: the widget re-renders in Spanish and keeps the search.
    await page.click('#lang-toggle');
    await waitForShadowText(page, '[part~="exit-button"]', /^\s*Salir de esta página\s*$/);
    assert.match(await shadowText(page, '[part~="status"]'), /lugares? donde pedir ayuda/, 'own wording in Spanish');
    assert.equal(await finder.locator('input[type="search"]').inputValue(), 'housing', 'search kept across the language change');
    assert.equal(await page.locator('#lang-toggle').textContent(), 'English');
    await page.screenshot({ path: `${SHOTS}/${example.name}-es.png` });

    // And back.
    await page.click('#lang-toggle');
    await waitForShadowText(page, '[part~="exit-button"]', /^\s*Exit this page\s*$/);

    assertClean(log, base);
    await context.close();
  });
}

// ---- known widget gap ----------------------------------------------------------------------

// :host resets color, font and text-align, but not the other inherited text properties, so a host
// container's letter-spacing, text-transform, text-indent, white-space, word-break … reach every text
// in the widget (white-space: pre-wrap even shows the template's line breaks as blank lines).
test('plain: inherited text properties of the host container do not reach the widget', async () => {
  const { page, context } = await openPage(browser, `${base}examples/plain/`);
  await waitForCards(page);
  await page.addStyleTag({ content: 'main { white-space: pre-wrap; text-transform: uppercase; letter-spacing: 2px; word-spacing: 4px; text-indent: 2em; word-break: break-all; text-shadow: 1px 1px red; }' });
  const leaked = await page.evaluate(() => {
    const summary = getComputedStyle(document.querySelector('resource-finder').shadowRoot.querySelector('[part~="result"] .summary'));
    const expected = { 'white-space': 'normal', 'text-transform': 'none', 'letter-spacing': 'normal', 'word-spacing': '0px', 'text-indent': '0px', 'word-break': 'normal', 'text-shadow': 'none' };
    return Object.entries(expected).filter(([p, v]) => summary.getPropertyValue(p) !== v).map(([p]) => `${p}: ${summary.getPropertyValue(p)}`);
  });
  await context.close();
  assert.deepEqual(leaked, []);
});
