// The one-file bundle on hostile-but-legitimate host pages: a strict Content-Security-Policy, Trusted
// Types, another copy of Lit, the bundle loaded several times, and host code that patches globals.
// Each page is served from 127.0.0.1 by routes; collectors are installed with addInitScript.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { kitServer, launch, open, htmlPage, csp, distCode, mutant, makeBundle, json, root, waitForResults, countShown, search } from './hardening-kit.mjs';

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'";
const TT_LIT = `${STRICT}; require-trusted-types-for 'script'; trusted-types resource-finder`;
const TT_NONE = `${STRICT}; require-trusted-types-for 'script'; trusted-types 'none'`;

let srv;
let browser;
let otherLit; // an IIFE built now from node_modules/lit that defines <other-el>

const WIDGET = '<resource-finder src="/data/ccci-resources.json"><p class="fallback">Call 1-888-373-7888 for help.</p></resource-finder>';

before(async () => {
  srv = await kitServer();
  browser = await launch();
  // Another Lit (the host's own), bundled now from the installed package with the esbuild JS API.
  const out = await build({
    stdin: {
      resolveDir: root,
      loader: 'js',
      contents: `import { LitElement, html, css } from 'lit';
        class OtherEl extends LitElement {
          static properties = { n: { type: Number } };
          static styles = css\`:host { display: block; } button { font: inherit; }\`;
          constructor() { super(); this.n = 0; }
          render() { return html\`<button @click=\${() => this.n++}>clicked \${this.n}</button>\`; }
        }
        customElements.define('other-el', OtherEl);`,
    },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    conditions: ['production'],
    logLevel: 'silent',
  });
  otherLit = out.outputFiles[0].text;
  srv.route('/host/other-lit.js', { type: 'text/javascript', body: otherLit });
  srv.route('/host/after.js', { type: 'text/javascript', body: 'window.__after = true;' });
});
after(async () => {
  await browser?.close();
  srv?.close();
});

/** A page with `body`, served with the given CSP header. Returns its URL. */
function strictPage(path, body, policy = STRICT) {
  return srv.route(path, htmlPage(body, { headers: policy ? { 'Content-Security-Policy': policy } : {} }));
}

/** Uses the widget the way a visitor does; returns what happened. */
async function exercise(page, sel = 'resource-finder') {
  await waitForResults(page, sel);
  const all = await countShown(page, sel);
  await search(page, 'housing', sel);
  await page.waitForFunction(([s, n]) => {
    const t = document.querySelector(s).shadowRoot.querySelector('.results [part~="status"]')?.textContent ?? '';
    return Number(/\d+/.exec(t)?.[0]) !== n;
  }, [sel, all], { timeout: 5000 });
  const searched = await countShown(page, sel);
  await search(page, '', sel);
  await page.locator(`${sel} input[type="checkbox"]`).first().check();
  await page.waitForFunction((s) => !!document.querySelector(s).shadowRoot.querySelector('[part~="chips"]'), sel, { timeout: 5000 });
  const filtered = await countShown(page, sel);
  // More states: a detail, the safety note, show more (when there is more), Spanish.
  await page.locator(`${sel} [part~="result"] details.more summary`).first().click();
  await page.locator(`${sel} [part~="safety-note"] summary`).click();
  const more = page.locator(`${sel} [part~="more-button"]`);
  if (await more.count()) await more.click();
  await page.evaluate((s) => document.querySelector(s).setAttribute('lang', 'es'), sel);
  await page.waitForFunction((s) => /recurso/.test(document.querySelector(s).shadowRoot.querySelector('.results [part~="status"]')?.textContent ?? ''), sel, { timeout: 5000 });
  const styled = await page.evaluate((s) => document.querySelector(s).shadowRoot.querySelectorAll('[style], style').length, sel);
  const sheets = await page.evaluate((s) => document.querySelector(s).shadowRoot.adoptedStyleSheets.length, sel);
  return { all, searched, filtered, styled, sheets };
}

function assertWorked(r) {
  assert.ok(r.all >= 10, `resources render (count ${r.all})`);
  assert.ok(r.searched > 0 && r.searched < r.all, `typing a search narrows the list (${r.all} → ${r.searched})`);
  assert.ok(r.filtered > 0 && r.filtered <= r.all, `ticking a filter works (${r.filtered})`);
  assert.equal(r.styled, 0, 'no style attributes or <style> elements in the shadow root');
  assert.ok(r.sheets > 0, 'styles arrive as constructable stylesheets');
}

/** The whole strict-CSP check, reused by the proof test against a broken copy of the bundle. */
async function strictCspRun(path, script = '/dist/resource-finder.js', policy = STRICT) {
  const url = strictPage(path, `<h1>Partner</h1><script src="${script}"></script>${WIDGET}`, policy);
  const { page, context, log } = await open(browser, url);
  let r;
  let failure;
  try {
    r = await exercise(page);
  } catch (error) {
    failure = error;
  }
  const violations = await csp(page);
  await context.close();
  return { r, failure, violations, log };
}

test('strict CSP (self only, no inline, no eval): zero violations, renders, search and filters work', async () => {
  const { r, failure, violations, log } = await strictCspRun('/strict/csp.html');
  assert.deepEqual(violations, [], 'securitypolicyviolation events');
  if (failure) throw failure;
  assertWorked(r);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
});

test('proof: the strict-CSP test fails for a build that falls back to <style> elements or probes eval', async () => {
  const styleCopy = mutant([['`adoptedStyleSheets`in Document.prototype', '!1', "Lit's supportsAdoptingStyleSheets test"]]);
  const evalCopy = { code: 'try{new Function("return this")()}catch(e){}\n' + distCode(), missing: [] };
  assert.deepEqual(styleCopy.missing, [], 'mutation pattern not in this build (the build changed: update the patterns)');
  srv.route('/mutants/no-adopted.js', { type: 'text/javascript', body: styleCopy.code });
  srv.route('/mutants/eval.js', { type: 'text/javascript', body: evalCopy.code });
  const a = await strictCspRun('/strict/csp-proof-a.html', '/mutants/no-adopted.js');
  assert.ok(a.violations.some((v) => v.directive.startsWith('style-src')), `style-src violation expected: ${JSON.stringify(a.violations)}`);
  const b = await strictCspRun('/strict/csp-proof-b.html', '/mutants/eval.js');
  assert.ok(b.violations.some((v) => v.blocked === 'eval'), `eval violation expected: ${JSON.stringify(b.violations)}`);
});

test('Trusted Types enforced with the policy name the widget needs ("resource-finder"): zero violations, works', async () => {
  const { r, failure, violations, log } = await strictCspRun('/strict/tt-lit.html', '/dist/resource-finder.js', TT_LIT);
  assert.deepEqual(violations, []);
  if (failure) throw failure;
  assertWorked(r);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
});

test("trusted-types 'none': the widget cannot create its policy, and the failure is contained", async () => {
  // Lit needs a Trusted Types policy (the build names it "resource-finder") for its template HTML, so with no policy
  // allowed it cannot render. What a host can expect: no uncaught exception from our script, one
  // console error that names the policy to allow, the light-DOM fallback still visible, and host
  // scripts after ours still running.
  const url = strictPage('/strict/tt-none.html', `<script src="/dist/resource-finder.js"></script>${WIDGET}<script src="/host/after.js"></script>`, TT_NONE);
  const { page, context, log } = await open(browser, url);
  await page.waitForTimeout(500);
  const state = await page.evaluate(() => ({
    after: window.__after === true,
    fallbackVisible: !!document.querySelector('.fallback')?.checkVisibility(),
  }));
  const violations = await csp(page);
  await context.close();
  assert.ok(state.after, 'a host script after the widget still runs');
  assert.ok(state.fallbackVisible, 'the fallback children stay visible');
  assert.deepEqual(violations.filter((v) => v.directive !== 'trusted-types'), [], 'no violations other than the refused policy');
  assert.deepEqual(log.pageErrors, [], 'no uncaught exception escapes the widget script');
  assert.ok(
    log.consoleErrors.some((m) => /trusted-types/i.test(m) && /policy "resource-finder"/.test(m)),
    `one console error from the widget names the policy to allow; got: ${JSON.stringify(log.consoleErrors)}`,
  );
});

test('another copy of Lit loaded first, defining <other-el>: both work, no errors', async () => {
  const url = strictPage(
    '/host/two-lits.html',
    `<script src="/host/other-lit.js"></script><other-el></other-el><script src="/dist/resource-finder.js"></script>${WIDGET}`,
    STRICT,
  );
  const { page, context, log } = await open(browser, url);
  const r = await exercise(page);
  assertWorked(r);
  await page.locator('other-el button').click();
  await page.locator('other-el button').click();
  const other = await page.evaluate(() => ({ text: document.querySelector('other-el').shadowRoot.textContent.trim(), versions: window.litHtmlVersions?.length }));
  assert.equal(other.text, 'clicked 2', "the host's own Lit element keeps working");
  assert.equal(other.versions, 2, 'two Lit copies are on the page');
  assert.deepEqual(await csp(page), []);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
  await context.close();
});

test('another copy of Lit under Trusted Types, each with its own policy name: both work', async () => {
  const url = strictPage(
    '/host/two-lits-tt.html',
    `<script src="/host/other-lit.js"></script><other-el></other-el><script src="/dist/resource-finder.js"></script>${WIDGET}`,
    `${STRICT}; require-trusted-types-for 'script'; trusted-types lit-html resource-finder`,
  );
  const { page, context, log } = await open(browser, url);
  const r = await exercise(page);
  assertWorked(r);
  await page.locator('other-el button').click();
  assert.equal(await page.evaluate(() => document.querySelector('other-el').shadowRoot.textContent.trim()), 'clicked 1');
  assert.deepEqual(await csp(page), []);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('another copy of Lit under Trusted Types without allow-duplicates: the policy clash is contained', async () => {
  // The host allows exactly the policy name its own Lit needs ("lit-html") and not the widget's
  // ("resource-finder"), so the widget cannot create its policy. Expected: the
  // host's element keeps working, and the widget does not throw an uncaught exception into the
  // host page but says in one console error what to allow (a policy of its own, or allow-duplicates).
  const url = strictPage(
    '/host/two-lits-tt-clash.html',
    `<script src="/host/other-lit.js"></script><other-el></other-el><script src="/dist/resource-finder.js"></script>${WIDGET}<script src="/host/after.js"></script>`,
    `${STRICT}; require-trusted-types-for 'script'; trusted-types lit-html`,
  );
  const { page, context, log } = await open(browser, url);
  await page.waitForTimeout(500);
  await page.locator('other-el button').click();
  const state = await page.evaluate(() => ({ other: document.querySelector('other-el').shadowRoot.textContent.trim(), after: window.__after === true }));
  await context.close();
  assert.equal(state.other, 'clicked 1', "the host's element keeps working");
  assert.ok(state.after);
  assert.deepEqual(log.pageErrors, [], 'no uncaught exception from the widget script');
  assert.ok(log.consoleErrors.some((m) => /resource-finder/i.test(m) && /trusted-types/i.test(m)), `a console error names the Trusted Types fix; got ${JSON.stringify(log.consoleErrors)}`);
});

test('the bundle loaded twice plus a modified second build: the first definition wins, one working element, no errors', async () => {
  // A "v2" build: same file with a changed button text and version, served under another URL.
  const v2 = mutant([['`Exit this page`', '`EXIT-V2`', 'exit button text']]);
  assert.deepEqual(v2.missing, [], 'the modified build differs from the first');
  srv.route('/cdn/v2/resource-finder.js', { type: 'text/javascript', body: v2.code });
  const url = strictPage(
    '/host/thrice.html',
    `<script src="/dist/resource-finder.js"></script><script src="/dist/resource-finder.js?again"></script><script src="/cdn/v2/resource-finder.js"></script>${WIDGET}`,
    STRICT,
  );
  const { page, context, log } = await open(browser, url);
  const r = await exercise(page);
  assertWorked(r);
  const state = await page.evaluate(() => ({
    elements: document.querySelectorAll('resource-finder').length,
    lists: document.querySelector('resource-finder').shadowRoot.querySelectorAll('[part~="result-list"]').length,
    exit: document.querySelector('resource-finder').shadowRoot.querySelector('[part~="exit-button"]').textContent.trim(),
  }));
  assert.equal(state.elements, 1);
  assert.equal(state.lists, 1);
  assert.notEqual(state.exit, 'EXIT-V2', 'the first loaded build defines the element');
  assert.deepEqual(await csp(page), []);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
  await context.close();
});

test('host code that patches globals first (includes, fetch, Object.prototype, customElements.define): still works', async () => {
  // A small bundle with the word "foo" in it: an enumerable Object.prototype.foo must not leak into
  // what the widget treats as data (e.g. highlighted words).
  const data = makeBundle(
    [
      { id: 'housing-help', name: 'Housing help', description: 'Emergency housing and shelter. Not foo related.', categories: ['housing'] },
      { id: 'legal-aid', name: 'Legal aid', description: 'Free legal advice, foo and bar.', categories: ['legal'] },
      { id: 'food-bank', name: 'Food bank', description: 'Groceries every week.', categories: ['food'] },
    ],
    { facets: [{ id: 'category', field: 'categories', label: 'Topic', values: [{ id: 'housing', label: 'Housing' }, { id: 'legal', label: 'Legal' }, { id: 'food', label: 'Food' }] }] },
  );
  srv.route('/host/patched.json', json(data));
  srv.route(
    '/host/patches.js',
    {
      type: 'text/javascript',
      body: `
      window.__fetchLog = []; window.__defined = []; window.__includesCalls = 0;
      const realIncludes = Array.prototype.includes;
      Array.prototype.includes = function (...a) { window.__includesCalls++; return realIncludes.apply(this, a); };
      const realFetch = window.fetch;
      window.fetch = function (input, init) { window.__fetchLog.push(String(input && input.url || input)); console.log('analytics saw fetch', String(input)); return realFetch.call(this, input, init); };
      Object.prototype.foo = 1;
      const realDefine = customElements.define;
      customElements.define = function (name, ...rest) { window.__defined.push(name); return realDefine.call(this, name, ...rest); };`,
    },
  );
  const url = strictPage(
    '/host/patched.html',
    `<script src="/host/patches.js"></script><script src="/dist/resource-finder.js"></script><resource-finder src="/host/patched.json"></resource-finder>`,
    STRICT,
  );
  const { page, context, log } = await open(browser, url);
  const shown = await waitForResults(page, 'resource-finder', 3);
  assert.deepEqual(shown.sort(), ['Food bank', 'Housing help', 'Legal aid']);
  await search(page, 'housing');
  await page.waitForFunction(() => document.querySelector('resource-finder').shadowRoot.querySelectorAll('[part~="result"]').length === 1, null, { timeout: 5000 });
  const marks = await page.evaluate(() => [...document.querySelector('resource-finder').shadowRoot.querySelectorAll('mark')].map((m) => m.textContent.toLowerCase()));
  await search(page, '');
  await page.locator('resource-finder input[type="checkbox"]').first().check();
  await page.waitForFunction(() => document.querySelector('resource-finder').shadowRoot.querySelectorAll('[part~="result"]').length === 1, null, { timeout: 5000 });
  const state = await page.evaluate(() => ({ fetches: window.__fetchLog, defined: window.__defined }));
  assert.ok(state.fetches.some((u) => u.includes('/host/patched.json')), 'the host fetch wrapper sees the request');
  assert.deepEqual(state.defined, ['resource-finder'], 'the define wrapper is used once');
  assert.ok(marks.length > 0 && marks.every((m) => m === 'housing'), `only the searched word is highlighted, got ${JSON.stringify(marks)}`);
  assert.deepEqual(await csp(page), []);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
  await context.close();
});
