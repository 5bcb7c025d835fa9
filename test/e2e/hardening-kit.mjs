// Shared set-up for the hardening tests (strict-host, hostile-data, network): a 127.0.0.1 server
// whose routes a test can add at any time, pages opened with collectors installed before any page
// script runs, shadow-DOM readers, bundle builders, and "mutants" (modified copies of the built
// dist/resource-finder.js) used to prove that a test fails when a protection is removed.
import { before, after } from 'node:test';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startServer, launch, root } from './helpers.mjs';

export { launch, root };

export const DIST = resolve(root, 'dist/resource-finder.js');
export const SHIPPED_DATA = resolve(root, 'data/ccci-resources.json');

/** The built one-file bundle, read fresh (others rebuild it while we run). */
export const distCode = () => readFileSync(DIST, 'utf8');

/**
 * A modified copy of the built bundle. `edits` is a list of [pattern, replacement, label]; a
 * pattern that matches nothing is reported in `missing` (the build changed), so a proof test can
 * fail with a reason (update the pattern) instead of passing vacuously.
 */
export function mutant(edits) {
  let code = distCode();
  const parts = new Map(PARTS.map((part) => [part, readFileSync(resolve(root, `dist/resource-finder.${part}.js`), 'utf8')]));
  const missing = [];
  // Each edit applies to the script and to its sibling parts (the validator part has its own copy
  // of the link rules, minified in its own style); it is missing when it changed none of them.
  for (const [pattern, replacement, label] of edits) {
    let changed = false;
    const edit = (text) => {
      const next = text.replace(pattern, replacement);
      changed ||= next !== text;
      return next;
    };
    code = edit(code);
    for (const [part, text] of parts) parts.set(part, edit(text));
    if (!changed) missing.push(label ?? String(pattern));
  }
  mutantParts.clear();
  for (const [part, text] of parts) mutantParts.set(part, text);
  return { code, missing };
}

const PARTS = ['search', 'validate', 'es', 'local', 'api', 'list'].filter((part) => existsSync(resolve(root, `dist/resource-finder.${part}.js`)));
/** The latest mutant's sibling parts, by part name. */
const mutantParts = new Map();

/**
 * Starts a server over dist/, data/ and test/e2e/pages/ plus dynamic routes. `route(path, h)`
 * registers a handler `(req, res, url) => void` or a static answer `{ status, type, body, headers }`.
 * Every socket is tracked so stalled responses do not keep the process alive.
 */
export async function kitServer(extraMounts = {}) {
  const table = new Map();
  const { server, url } = await startServer({
    mounts: extraMounts,
    routes: async (u, req, res) => {
      const handler = table.get(u.pathname);
      if (!handler) {
        if (u.pathname === '/favicon.ico') {
          res.writeHead(204).end();
          return true;
        }
        // A routed copy of the script (a mutant at /mutants/x.js) loads its sibling parts next to
        // itself (/mutants/x.search.js …): serve the latest mutant's parts.
        const sibling = u.pathname.match(/^\/.+?\.([a-z]+)\.js$/); // any part: resource-finder.<part>.js
        const part = sibling && [...table.keys()].some((k) => u.pathname.startsWith(k.replace(/\.js$/, '.'))) && resolve(root, `dist/resource-finder.${sibling[1]}.js`);
        if (part && (mutantParts.has(sibling[1]) || existsSync(part))) {
          send(res, { type: 'text/javascript', body: mutantParts.get(sibling[1]) ?? readFileSync(part, 'utf8') });
          return true;
        }
        return false;
      }
      if (typeof handler === 'function') await handler(req, res, u);
      else send(res, handler);
      return true;
    },
  });
  return {
    server,
    base: url,
    origin: url.replace(/\/$/, ''),
    route(path, handler) {
      table.set(path, handler);
      return new URL(path, url).href;
    },
    close() {
      server.closeAllConnections?.();
      server.close();
    },
  };
}

export function send(res, { status = 200, type = 'application/json; charset=utf-8', body = '', headers = {} }) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}

export const json = (value, extra = {}) => ({ type: 'application/json; charset=utf-8', body: typeof value === 'string' ? value : JSON.stringify(value), ...extra });
export const htmlPage = (body, { head = '', lang = 'en', headers = {} } = {}) => ({
  type: 'text/html; charset=utf-8',
  headers,
  body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>hardening</title>${head}</head><body>${body}</body></html>`,
});

/** A valid bundle around `resources` (and optional facets). */
export function makeBundle(resources, { facets, title = 'Test list', synonyms } = {}) {
  const b = { format_version: 1, meta: { title, default_locale: 'en', locales: ['en', 'es'], updated: '2026-11-28' }, resources };
  if (facets) b.facets = facets;
  if (synonyms) b.synonyms = synonyms;
  return b;
}

/**
 * Installed before any page script (addInitScript is not subject to the page's CSP):
 * CSP violations, uncaught errors seen by the page, long tasks, and every rf-* event.
 */
function collectors() {
  window.__csp = [];
  window.__longtasks = [];
  window.__rf = [];
  window.__t0 = performance.now();
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__csp.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile, line: e.lineNumber }),
  );
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longtasks.push({ start: Math.round(e.startTime), duration: Math.round(e.duration) });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* no long-task API */
  }
  for (const type of ['rf-load', 'rf-load-error', 'rf-invalid-data', 'rf-search', 'rf-filter-change']) {
    document.addEventListener(
      type,
      (e) =>
        window.__rf.push({
          type,
          at: Math.round(performance.now()),
          host: e.target?.id || '',
          kind: e.kind,
          status: e.status,
          hasStatus: 'status' in e,
          message: e.message,
          total: e.total,
          invalid: e.invalid,
          problems: e.problems ? e.problems.map((p) => ({ code: p.code, path: p.path, resourceId: p.resourceId })) : undefined,
        }),
      true,
    );
  }
}

/** Opens `url` with collectors (and any `init` scripts, as functions or strings) installed first. */
export async function open(browser, url, { init = [], viewport = { width: 1280, height: 900 }, waitUntil = 'load' } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const log = { consoleErrors: [], warnings: [], pageErrors: [], requests: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') log.consoleErrors.push(m.text());
    if (m.type() === 'warning') log.warnings.push(m.text());
  });
  page.on('pageerror', (e) => log.pageErrors.push(String(e)));
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('dialog', (d) => {
    log.dialogs.push(d.message());
    void d.dismiss().catch(() => {});
  });
  await page.addInitScript(collectors);
  for (const script of init) await page.addInitScript(script);
  await page.goto(url, { waitUntil });
  return { page, context, log };
}

export const csp = (page) => page.evaluate(() => window.__csp);
export const rfEvents = (page, type) => page.evaluate((t) => window.__rf.filter((e) => !t || e.type === t), type);

/** Waits until the widget (`sel`) shows at least `min` result cards; returns their titles. */
export async function waitForResults(page, sel = 'resource-finder', min = 1, timeout = 10000) {
  await page.waitForFunction(
    ([s, n]) => (document.querySelector(s)?.shadowRoot?.querySelectorAll('[part~="result"]').length ?? 0) >= n,
    [sel, min],
    { timeout },
  );
  return titles(page, sel);
}

/**
 * Visible titles of the result cards (without the screen-reader-only "(opens in a new tab)"), once
 * every card is drawn: after typing, cards out of view are drawn just after the frame (the list is
 * aria-busy till then, and a card waiting to be drawn is hidden).
 */
export async function titles(page, sel = 'resource-finder') {
  await page.waitForFunction((s) => !document.querySelector(s)?.shadowRoot?.querySelector('[part~="result-list"][aria-busy="true"]'), sel, { timeout: 5000 });
  return page.evaluate(
    (s) =>
      [...(document.querySelector(s)?.shadowRoot?.querySelectorAll('[part~="result"] .title') ?? [])].map((t) => {
        const c = t.cloneNode(true);
        c.querySelectorAll('.visually-hidden').forEach((h) => h.remove());
        return c.textContent.trim();
      }),
    sel,
  );
}

/** The number in the widget's visible count ("72 resources"), or null. */
export const countShown = (page, sel = 'resource-finder') =>
  page.evaluate((s) => {
    const t = document.querySelector(s)?.shadowRoot?.querySelector('.results [part~="status"]')?.textContent ?? '';
    const m = /([\d,.]+)/.exec(t);
    return m ? Number(m[1].replace(/[,.]/g, '')) : null;
  }, sel);

/** Text of the load-error panel (role=alert), or ''. */
export const errorText = (page, sel = 'resource-finder') =>
  page.evaluate((s) => document.querySelector(s)?.shadowRoot?.querySelector('[part~="error"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '', sel);

export async function waitForError(page, sel = 'resource-finder', timeout = 10000) {
  await page.waitForFunction((s) => !!document.querySelector(s)?.shadowRoot?.querySelector('[part~="error"]'), sel, { timeout });
  return errorText(page, sel);
}

/** Types into the widget's search box (real key presses) and waits for the count to settle. */
export async function search(page, text, sel = 'resource-finder') {
  const input = page.locator(`${sel} [part~="search-input"]`);
  await input.fill('');
  await input.pressSequentially(text, { delay: 10 });
  await page.waitForTimeout(150);
}

/** Every href in the widget's shadow DOM. */
export const shadowHrefs = (page, sel = 'resource-finder') =>
  page.evaluate((s) => [...(document.querySelector(s)?.shadowRoot?.querySelectorAll('[href]') ?? [])].map((a) => a.getAttribute('href')), sel);

/** Tags of every element in the widget's shadow DOM (to find elements created from data). */
export const shadowTags = (page, sel = 'resource-finder') =>
  page.evaluate((s) => [...(document.querySelector(s)?.shadowRoot?.querySelectorAll('*') ?? [])].map((e) => e.localName), sel);

/**
 * Starts the kit server and a browser before a test file's tests and closes both after them.
 * Returns the object that holds them once started: `kit.srv`, `kit.browser`.
 */
export function useKit(extraMounts = {}) {
  const kit = {};
  before(async () => {
    kit.srv = await kitServer(typeof extraMounts == 'function' ? extraMounts() : extraMounts);
    kit.browser = await launch();
  });
  after(async () => {
    await kit.browser?.close();
    kit.srv?.close();
  });
  return kit;
}
