// Shared set-up for end-to-end tests: a 127.0.0.1 server over the built files and a headless Chromium.
import { chromium } from 'playwright-core';
import { resolve } from 'node:path';
import { requireChrome, CHROME_ARGS } from '../../scripts/find-chrome.mjs';
import { serve } from '../../scripts/serve.mjs';

export const root = resolve(import.meta.dirname, '../..');

export async function startServer(options = {}) {
  return serve({
    mounts: {
      '/dist/': resolve(root, 'dist'),
      '/data/': resolve(root, 'data'),
      '/pages/': resolve(root, 'test/e2e/pages'),
      ...(options.mounts ?? {}),
    },
    headers: options.headers,
    routes: options.routes,
  });
}

/**
 * Waits until the widget (`sel`) shows result cards and has drawn every one: the first results draw
 * their first few at once and the rest just after the frame, with the list aria-busy till then.
 */
export async function cardsDrawn(page, { sel = 'resource-finder', timeout = 10000 } = {}) {
  await page.waitForFunction((s) => {
    const root = document.querySelector(s)?.shadowRoot;
    return root?.querySelectorAll('[part~="result"]').length > 0 && !root.querySelector('[part~="result-list"][aria-busy="true"]');
  }, sel, { timeout });
}

export async function launch() {
  return chromium.launch({ executablePath: requireChrome(), headless: true, args: CHROME_ARGS });
}

/** Opens `url` and records console errors, page errors and every request. */
export async function openPage(browser, url, { viewport = { width: 1280, height: 900 } } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const log = { consoleErrors: [], pageErrors: [], requests: [], warnings: [], failed: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') log.consoleErrors.push(m.text());
    if (m.type() === 'warning') log.warnings.push(m.text());
  });
  page.on('pageerror', (e) => log.pageErrors.push(String(e)));
  page.on('request', (r) => log.requests.push(r.url()));
  // Answers of 400 and more, as "status url" (a sibling file the server does not serve, say).
  page.on('response', (r) => r.status() >= 400 && log.failed.push(`${r.status()} ${r.url()}`));
  await page.goto(url);
  return { page, context, log };
}

/**
 * axe-core on the page's <resource-finder> (shadow DOM included), with target-size on; `options`
 * adds axe run options (e.g. runOnly tags). As test/helpers/a11y.ts does, cards skipped by
 * content-visibility are checked as rendered (they render as they come on screen).
 * Call after axe is on the page (page.addScriptTag). Returns axe's violations.
 */
export function axeViolations(page, options = {}) {
  return page.evaluate(async (extra) => {
    const el = document.querySelector('resource-finder');
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('* { content-visibility: visible !important; }');
    el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, sheet];
    try {
      return (await window.axe.run(el, { resultTypes: ['violations'], rules: { 'target-size': { enabled: true } }, ...extra })).violations;
    } finally {
      el.shadowRoot.adoptedStyleSheets = el.shadowRoot.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  }, options);
}
