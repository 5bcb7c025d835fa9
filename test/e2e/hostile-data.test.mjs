// Hostile and broken data bundles, served by routes to the built one-file bundle: dangerous link
// schemes, markup in every text field, duplicate ids, huge strings, bidi controls, emoji, a BOM,
// malformed JSON, wrong shapes, and a 10,000-resource bundle with a long-task budget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, htmlPage, json, makeBundle, mutant, rfEvents, waitForResults, titles, countShown, search, shadowHrefs, shadowTags, errorText, useKit } from './hardening-kit.mjs';

const kit = useKit();

/** Serves `bundle` (object or raw text) and a page with one widget on it; returns the page URL. */
function widgetPage(name, bundle, { attrs = '', script = '/dist/resource-finder.js', extra = '' } = {}) {
  const data = kit.srv.route(`/hostile/${name}.json`, json(bundle));
  return kit.srv.route(
    `/hostile/${name}.html`,
    htmlPage(`<h1>Host</h1><script src="${script}"></script><resource-finder id="w" src="${data}" ${attrs}></resource-finder>${extra}`),
  );
}

// ---- link schemes -----------------------------------------------------------------------------

// The trap sets window.__pwned and also calls home: a javascript: link opened in a new tab runs in
// that tab (not this page), so the server counts /pwned hits too.
let pwnedHits = 0;
const TRAP = "window.__pwned=(window.__pwned||0)+1,fetch('BEACON').catch(()=>0)";
const badLinks = (beacon) => [
  `javascript:${TRAP}`,
  `JaVaScRiPt:${TRAP}`,
  ` javascript:${TRAP}`,
  `java\tscript:${TRAP}`,
  `java\nscript:${TRAP}`,
  `\u0001javascript:${TRAP}`,
  `javascript&colon;${TRAP}`,
  `data:text/html,<script>parent.${TRAP}</script>`,
  `data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZD0xPC9zY3JpcHQ+`,
  'vbscript:msgbox(1)',
  `jav&#x09;ascript:${TRAP}`,
  `//evil.example/${TRAP}`,
].map((h) => h.replaceAll('BEACON', beacon));

function linkBundle(beacon) {
  const resources = [
    { id: 'good', name: 'Good link', description: 'A normal resource.', url: 'https://example.org/help', phones: [{ number: '1-888-373-7888' }], email: 'help@example.org', pinned: false },
  ];
  const bad = badLinks(beacon);
  bad.forEach((href, i) => {
    resources.push({ id: `bad-url-${i}`, name: `Bad url ${i}`, description: 'Hostile link in url.', url: href });
    resources.push({ id: `bad-org-${i}`, name: `Bad org ${i}`, description: 'Hostile link in organization.', organization: { name: 'Org', url: href } });
  });
  resources.push({ id: 'bad-mail', name: 'Bad mail', description: 'Hostile e-mail.', email: `a@b.c?body=<script>${bad[0]}</script>` });
  resources.push({ id: 'bad-phone', name: 'Bad phone', description: 'Hostile phone.', phones: [{ number: bad[0] }] });
  return makeBundle(resources, { title: 'Links' });
}

const SAFE_HREF = /^(https?:\/\/|mailto:|tel:|sms:)/;

/** Loads the link page and clicks every link and button rendered from data; returns findings. */
async function linkRun(name, script) {
  const beacon = kit.srv.route(`/pwned/${name}`, (req, res) => {
    pwnedHits++;
    res.writeHead(204, { 'Access-Control-Allow-Origin': '*' }).end();
  });
  const hitsBefore = pwnedHits;
  const url = widgetPage(name, linkBundle(beacon), { script, attrs: `exit-url="javascript:${TRAP.replaceAll('BEACON', beacon)}"` });
  const { page, context, log } = await open(kit.browser, url);
  const popups = [];
  context.on('page', (p) => popups.push(p));
  // Leaving via rf-exit would end the page: record the target and cancel instead.
  await page.evaluate(() => document.addEventListener('rf-exit', (e) => { window.__exitUrl = e.url; e.preventDefault(); }, true));
  await waitForResults(page);
  // Everything expanded, so every link is in the DOM.
  let more = page.locator('resource-finder [part~="more-button"]');
  while (await more.count()) {
    await more.click();
    more = page.locator('resource-finder [part~="more-button"]');
  }
  const hrefs = await shadowHrefs(page);
  const invalid = await rfEvents(page, 'rf-invalid-data');
  const shown = await titles(page);
  // Links that are not http(s) first (in this page), then the exit button, then http(s) links last,
  // since one of those may replace this page.
  const links = page.locator('resource-finder a[href]');
  const order = [];
  for (let i = 0; i < (await links.count()); i++) order.push([i, /^https?:/.test((await links.nth(i).getAttribute('href')) ?? '')]);
  // A DOM click (not a pointer click): cards far down the list may be skipped by content-visibility
  // until scrolled to, and the point is what the link does, not where it is.
  for (const [i] of order.filter(([, web]) => !web)) await links.nth(i).evaluate((a) => a.click(), undefined, { timeout: 2000 }).catch(() => {});
  // A DOM click too: after the tel:/sms:/mailto: clicks above, headless Chromium sometimes drops the
  // next pointer click (the page is still handing those addresses to the system).
  await page.locator('resource-finder [part~="exit-button"]').evaluate((b) => b.click());
  // Wait for the exit (a busy machine may take longer than a fixed pause); a missing one still fails below.
  await page.waitForFunction(() => window.__exitUrl !== undefined, null, { timeout: 5000 }).catch(() => {});
  const after = await page.evaluate(() => ({ pwned: window.__pwned, exitUrl: window.__exitUrl, at: location.pathname }));
  for (const [i] of order.filter(([, web]) => web)) await links.nth(i).click({ timeout: 2000, noWaitAfter: true }).catch(() => {});
  await page.waitForTimeout(1000);
  after.beaconHits = pwnedHits - hitsBefore;
  after.popups = popups.map((p) => p.url());
  await context.close();
  return { hrefs, after, invalid, shown, log };
}

test('dangerous link schemes in url and organization url never become links or run script', async () => {
  const r = await linkRun('links');
  const unsafe = r.hrefs.filter((h) => !SAFE_HREF.test(h));
  assert.deepEqual(unsafe, [], 'only https, http, mailto, tel and sms hrefs in the shadow DOM');
  assert.equal(r.after.pwned, undefined, 'clicking never runs data script');
  assert.equal(r.after.beaconHits, 0, `no data script ran in any tab (popups: ${JSON.stringify(r.after.popups)})`);
  assert.ok(r.hrefs.includes('https://example.org/help'), 'the good link is still a link');
  assert.ok(r.shown.includes('Good link'));
  assert.equal(r.after.exitUrl?.startsWith('https://'), true, `a javascript: exit-url is not used (${r.after.exitUrl}; page ${r.after.at})`);
  assert.equal(r.invalid.length, 1, 'rf-invalid-data fired once');
  const flagged = new Set(r.invalid[0].problems.map((p) => p.resourceId));
  for (const id of ['bad-url-0', 'bad-url-2', 'bad-url-3', 'bad-org-7', 'bad-org-9', 'bad-mail', 'bad-phone']) assert.ok(flagged.has(id), `${id} is reported`);
  assert.deepEqual(r.log.pageErrors, []);
});

test('proof: the link test fails against a build whose scheme check is removed', async () => {
  const broken = mutant([
    ['[`http:`,`https:`,`mailto:`,`tel:`]', '[`http:`,`https:`,`mailto:`,`tel:`,`javascript:`,`data:`,`vbscript:`]', 'scheme allow-list'],
    ['["http:","https:","mailto:","tel:"]', '["http:","https:","mailto:","tel:","javascript:","data:","vbscript:"]', 'scheme allow-list (validator part)'],
    [/if\(typeof (\w+)!="string"\|\|\w+\.test\(\1\)\)return null/, 'if(typeof $1!="string")return null', 'hidden-character check (validator part)'],
    [/(\w+)&&!\/\^\(https\?\|mailto\|tel\)\$\/\.test\(\1\)\?/, 'false?', 'validator scheme rule'],
    [/(typeof (\w+)!=`string`)\|\|\w+\.test\(\2\)\)return null/, '$1)return null', 'hidden-character check'],
    [/href:(\w+)&&\/\^https\?:\/\.test\(\1\)\?\1:void 0/, 'href:$1||void 0', 'view https-only check'],
    // Chromium does not run a javascript: URL in a new noopener tab, so open links in this tab.
    [/target="_blank"/g, 'target="_self"', 'new-tab target'],
  ]);
  assert.deepEqual(broken.missing, [], 'mutation patterns not in this build (the build changed: update the patterns)');
  kit.srv.route('/mutants/links.js', { type: 'text/javascript', body: broken.code });
  const r = await linkRun('links-proof', '/mutants/links.js');
  assert.ok(r.hrefs.some((h) => !SAFE_HREF.test(h)), `an unsafe href appears: ${JSON.stringify(r.hrefs)}`);
  assert.ok(r.after.pwned >= 1 || r.after.beaconHits >= 1, `and clicking it runs the trap (popups: ${JSON.stringify(r.after.popups)})`);
});

// ---- markup as text -----------------------------------------------------------------------------

const FIELDS = ['title', 'name', 'description', 'organization', 'phone-note', 'facet-label', 'value-label', 'alert', 'eligibility'];
const payload = (f) => `<img src=x data-f=${f} onerror="window.__pwned='${f}'"></style><script>window.__pwned='${f}'</script>"><svg onload=window.__pwned=1>`;

test('markup in every text field is shown as text, never as elements', async () => {
  const bundle = makeBundle(
    [
      {
        id: 'markup',
        name: payload('name'),
        description: payload('description'),
        organization: { name: payload('organization') },
        phones: [{ number: '1-888-373-7888', description: payload('phone-note') }],
        alert: payload('alert'),
        eligibility_description: payload('eligibility'),
        categories: ['x'],
        url: 'https://example.org/',
      },
      { id: 'plain', name: 'Plain', description: 'Plain text.', categories: ['x'] },
    ],
    { title: payload('title'), facets: [{ id: 'category', field: 'categories', label: payload('facet-label'), values: [{ id: 'x', label: payload('value-label') }] }] },
  );
  const url = widgetPage('markup', bundle);
  const { page, context, log } = await open(kit.browser, url);
  const baseline = new Set(['div', 'button', 'span', 'p', 'header', 'slot', 'h2', 'h3', 'section', 'ul', 'li', 'a', 'form', 'label', 'input', 'select', 'option', 'details', 'summary', 'fieldset', 'legend', 'dl', 'dt', 'dd', 'mark', 'bdi']);
  await waitForResults(page, 'resource-finder', 2);
  await page.locator('resource-finder input[type="checkbox"]').first().check(); // chips show the value label too
  await page.locator('resource-finder details.more summary').first().click();
  await page.waitForTimeout(200);
  const text = await page.evaluate(() => document.querySelector('resource-finder').shadowRoot.textContent);
  const tags = await shadowTags(page);
  const handlers = await page.evaluate(() =>
    [...document.querySelector('resource-finder').shadowRoot.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name) || a.name === 'data-f').map((a) => a.name)),
  );
  const pwned = await page.evaluate(() => window.__pwned);
  await context.close();
  for (const f of FIELDS) assert.ok(text.includes(`<img src=x data-f=${f} onerror=`), `${f} is rendered as literal text`);
  assert.deepEqual([...new Set(tags.filter((t) => !baseline.has(t)))], [], 'no img, script, svg or other elements from data');
  assert.deepEqual(handlers, [], 'no event-handler attributes');
  assert.equal(pwned, undefined);
  assert.deepEqual(log.pageErrors, []);
});

// ---- ids, sizes, unicode ------------------------------------------------------------------------

test('duplicate ids: the first is kept and shown, the rest are reported', async () => {
  const bundle = makeBundle([
    { id: 'same', name: 'First same', description: 'One.' },
    { id: 'same', name: 'Second same', description: 'Two.' },
    { id: 'other', name: 'Other', description: 'Three.' },
    { id: 'same', name: 'Third same', description: 'Four.' },
  ]);
  const { page, context, log } = await open(kit.browser, widgetPage('dupes', bundle));
  const shown = await waitForResults(page, 'resource-finder', 2);
  await page.waitForTimeout(100);
  const invalid = await rfEvents(page, 'rf-invalid-data');
  const notice = await page.evaluate(() => document.querySelector('resource-finder').shadowRoot.querySelector('[part~="notice"]')?.textContent.trim() ?? '');
  const ids = await page.evaluate(() => [...document.querySelector('resource-finder').shadowRoot.querySelectorAll('[id]')].map((e) => e.id));
  await context.close();
  assert.deepEqual(shown, ['First same', 'Other']);
  assert.equal(invalid.length, 1);
  assert.deepEqual(invalid[0].problems.filter((p) => p.code === 'duplicate-id').map((p) => p.path[1]), [1, 3]);
  assert.match(notice, /2/, 'the visible notice counts the 2 entries left out');
  assert.equal(new Set(ids).size, ids.length, 'no duplicate DOM ids in the shadow root');
  assert.ok(log.warnings.some((w) => /duplicate|already used/i.test(w)), 'a console warning names the problem');
  assert.deepEqual(log.pageErrors, []);
});

test('a 1 MB description: reported as too long, left out, and the page stays responsive', async () => {
  const huge = ('Shelter and housing help for families. '.repeat(27000) + 'needle').slice(-1_000_000);
  const long = 'Legal help for survivors. '.repeat(300) + 'haystack'; // 7,808 characters: valid, but long
  const bundle = makeBundle([
    { id: 'huge', name: 'Huge description', description: huge },
    { id: 'small', name: 'Small', description: 'Short text.' },
    { id: 'long', name: 'Long description', description: long },
  ]);
  const url = widgetPage('huge', bundle);
  // The first frame callback runs before the new cards are laid out; the second one runs only once
  // that frame (layout and paint included) is done, so it measures the freeze.
  const frame = () => {
    document.addEventListener('rf-load', () => {
      const t = performance.now();
      requestAnimationFrame(() => requestAnimationFrame(() => (window.__rafAfterLoad = performance.now() - t)));
    });
  };
  const { page, context, log } = await open(kit.browser, url, { init: [frame] });
  await waitForResults(page, 'resource-finder', 2, 120000);
  await page.waitForFunction(() => window.__rafAfterLoad !== undefined, null, { timeout: 120000, polling: 100 });
  const raf = await page.evaluate(() => window.__rafAfterLoad);
  const [invalid] = await rfEvents(page, 'rf-invalid-data');
  assert.ok(invalid?.problems.some((p) => p.code === 'maxLength' && p.resourceId === 'huge'), 'the 1 MB text is reported as too long');
  const card = await page.evaluate(() =>
    [...document.querySelector('resource-finder').shadowRoot.querySelectorAll('[part~="result"]')].map((c) => c.querySelector('.summary').textContent.length),
  );
  assert.ok(Math.max(...card) <= 400, `card summaries are cut to 400 characters (${card})`);
  const t0 = Date.now();
  await search(page, 'haystack');
  await page.waitForFunction(() => document.querySelector('resource-finder').shadowRoot.querySelectorAll('[part~="result"]').length === 1, null, { timeout: 120000, polling: 100 });
  const searchMs = Date.now() - t0;
  const longest = await page.evaluate(() => Math.max(0, ...window.__longtasks.map((e) => e.duration)));
  await context.close();
  console.log(`# 1 MB description: first painted frame ${Math.round(raf)} ms after rf-load; longest task ${longest} ms; typing "haystack" to 1 result ${searchMs} ms`);
  assert.ok(raf < 1000, `a frame within 1 s of load (${Math.round(raf)} ms)`);
  assert.deepEqual(log.pageErrors, []);
});

test('bidi controls in data (RLO, isolates, RLM) cannot flip neighbouring UI text', async () => {
  const RLO = '\u202E';
  const resources = Array.from({ length: 12 }, (_, i) => ({
    id: `r${i}`,
    name: i === 0 ? `Shelter ${RLO}evil` : `Resource ${i}`,
    description: i === 1 ? `\u2067مأوى 24/7 Shelter ${RLO}reversed\u200F` : 'Plain.',
    categories: ['spoof'],
    phones: i === 0 ? [{ number: '1-888-373-7888', description: `Note ${RLO}tail` }] : undefined,
  })).map((r) => (r.phones ? r : (delete r.phones, r)));
  const bundle = makeBundle(resources, { facets: [{ id: 'category', field: 'categories', label: `Topic ${RLO}`, values: [{ id: 'spoof', label: `Spoof ${RLO}` }] }] });
  const { page, context, log } = await open(kit.browser, widgetPage('bidi', bundle));
  await waitForResults(page, 'resource-finder', 12);
  // Visual order of the digits of "(12)" after a label that ends in an unterminated RLO: with the
  // data isolated, "1" is drawn left of "2".
  const order = await page.evaluate(() => {
    const root = document.querySelector('resource-finder').shadowRoot;
    const count = root.querySelector('.check label .n');
    const at = (ch) => {
      const walker = document.createTreeWalker(count, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.data.indexOf(ch);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 1);
        return r.getBoundingClientRect().left;
      }
      return NaN;
    };
    return { text: count.textContent, one: at('1'), two: at('2'), status: root.querySelector('.results [part~="status"]').textContent.trim() };
  });
  await context.close();
  assert.equal(order.text, '(12)');
  assert.ok(order.one < order.two, `the count "(12)" beside a label ending in RLO must not display as "(21)" (x of 1: ${order.one}, x of 2: ${order.two})`);
  assert.match(order.status, /^12\b/);
  assert.deepEqual(log.pageErrors, []);
});

test('emoji, ZWJ sequences, combining marks and lone surrogates render and search without errors', async () => {
  const zalgo = 'Z' + '\u0301\u0316\u0334'.repeat(50) + 'algo';
  const bundle = makeBundle([
    { id: 'emoji', name: '👩🏽‍⚕️ Clinic 🏳️‍🌈', description: 'Care 🏠 for everyone, niños y niñas.' },
    { id: 'zalgo', name: `${zalgo} help`, description: 'Stacked marks.' },
    { id: 'surrogate', name: 'Lone A\uD800B surrogate', description: 'Broken UTF-16 \uDC00 text.' },
    { id: 'devanagari', name: 'क्षत्रिय सहायता', description: 'Conjuncts.' },
  ]);
  const { page, context, log } = await open(kit.browser, widgetPage('emoji', bundle));
  const shown = await waitForResults(page, 'resource-finder', 4);
  assert.ok(shown.includes('👩🏽‍⚕️ Clinic 🏳️‍🌈'), 'the ZWJ sequence survives intact');
  for (const q of ['clinic', 'ninos', '🏠', '\uDC00', 'zalgo', '(', '.*', '$&', '\\']) {
    await search(page, q);
  }
  await search(page, 'clinic');
  await page.waitForFunction(() => document.querySelector('resource-finder').shadowRoot.querySelectorAll('[part~="result"]').length === 1, null, { timeout: 5000 });
  await context.close();
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
});

test('a byte-order mark at the start of the file is accepted', async () => {
  const text = '\uFEFF' + JSON.stringify(makeBundle([{ id: 'bom', name: 'After BOM', description: 'Loaded.' }]));
  const data = kit.srv.route('/hostile/bom.json', { type: 'application/json', body: Buffer.from(text, 'utf8') });
  const url = kit.srv.route('/hostile/bom.html', htmlPage(`<script src="/dist/resource-finder.js"></script><resource-finder src="${data}"></resource-finder>`));
  const { page, context, log } = await open(kit.browser, url);
  assert.deepEqual(await waitForResults(page), ['After BOM']);
  await context.close();
  assert.deepEqual(log.pageErrors, []);
});

// ---- broken files next to a good one --------------------------------------------------------

test('malformed JSON and wrong shapes: a clear error or the valid part, the right events, no page errors, a good neighbour unaffected', async () => {
  const good = makeBundle([{ id: 'ok', name: 'Good neighbour', description: 'Works.' }, { id: 'ok2', name: 'Second', description: 'Works too.' }]);
  const partial = makeBundle([{ id: 'fine', name: 'Fine one', description: 'Valid.' }, { id: 'broken', name: 'No description' }, { id: 'BAD ID', name: 'x', description: 'y' }]);
  const cases = {
    truncated: { raw: '{"format_version":1,"meta":{"title":"x"', expect: 'not-json' },
    trailingComma: { raw: '{"format_version":1,"resources":[],}', expect: 'not-json' },
    singleQuotes: { raw: "{'format_version':1}", expect: 'not-json' },
    nan: { raw: '{"format_version":NaN}', expect: 'not-json' },
    empty: { raw: '', expect: 'not-json' },
    oneByte: { raw: '{', expect: 'not-json' },
    array: { raw: '[]', expect: 'shape' },
    number: { raw: '5', expect: 'shape' },
    nul: { raw: 'null', expect: 'shape' },
    resources5: { raw: '{"resources": 5}', expect: 'shape' },
    noResources: { raw: '{"format_version":1,"meta":{"title":"x","default_locale":"en","locales":["en"],"updated":"2026-01-01"}}', expect: 'shape' },
    deep: { raw: '['.repeat(100000) + ']'.repeat(100000), expect: 'not-json|shape' },
    partial: { raw: JSON.stringify(partial), expect: 'partial' },
    good: { raw: JSON.stringify(good), expect: 'ok' },
  };
  let body = '<script src="/dist/resource-finder.js"></script>';
  for (const [name, c] of Object.entries(cases)) {
    const src = kit.srv.route(`/broken/${name}.json`, { type: 'application/json', body: c.raw });
    body += `<section><h2>${name}</h2><resource-finder id="${name}" src="${src}"></resource-finder></section>`;
  }
  const { page, context, log } = await open(kit.browser, kit.srv.route('/broken/page.html', htmlPage(body)));
  await waitForResults(page, '#good', 2);
  await waitForResults(page, '#partial', 1);
  await page.waitForFunction((n) => window.__rf.filter((e) => e.type === 'rf-load' || e.type === 'rf-load-error').length >= n, Object.keys(cases).length, { timeout: 10000 });
  const events = await rfEvents(page);
  const report = {};
  for (const [name, c] of Object.entries(cases)) {
    const mine = events.filter((e) => e.host === name);
    report[name] = { events: mine.map((e) => e.type + (e.kind ? `:${e.kind}` : '')), error: await errorText(page, `#${name}`), count: await countShown(page, `#${name}`), expect: c.expect };
  }
  // The good neighbour still searches.
  await search(page, 'second', '#good');
  await page.waitForFunction(() => document.querySelector('#good').shadowRoot.querySelectorAll('[part~="result"]').length === 1, null, { timeout: 5000 });
  await context.close();
  for (const [name, r] of Object.entries(report)) {
    if (r.expect === 'ok') {
      assert.deepEqual(r.events, ['rf-load'], name);
      assert.equal(r.count, 2);
    } else if (r.expect === 'partial') {
      assert.deepEqual(r.events.sort(), ['rf-invalid-data', 'rf-load'], name);
      assert.equal(r.count, 1, 'the valid resource is shown');
    } else {
      assert.equal(r.events.length, 1, `${name}: exactly one event, got ${r.events}`);
      assert.match(r.events[0], new RegExp(`^rf-load-error:(${r.expect})$`), name);
      assert.match(r.error, /could not be (read|loaded)/, `${name}: a clear message (${r.error})`);
      assert.match(r.error, /Try again/, `${name}: a retry button`);
    }
  }
  assert.deepEqual(log.pageErrors, [], 'no uncaught errors');
  assert.deepEqual(log.consoleErrors.filter((m) => !/Failed to load resource/.test(m) && !m.startsWith('<resource-finder>: could not load')), []);
});

// ---- 10,000 resources ------------------------------------------------------------------------------

function bigBundle(n = 10000) {
  // Deterministic: a linear congruential generator with a fixed seed.
  let seed = 20261128;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pickOne = (a) => a[Math.floor(rnd() * a.length)];
  const WORDS = 'housing shelter legal aid counseling food clinic youth family employment training hotline screening transport childcare health dental mental recovery advocacy immigration interpreter survivor safety court benefits'.split(' ');
  const CATS = ['housing', 'legal', 'health', 'food', 'employment', 'youth', 'safety', 'education'];
  const resources = [];
  for (let i = 0; i < n; i++) {
    const w = Array.from({ length: 25 }, () => pickOne(WORDS)).join(' ');
    resources.push({
      id: `r-${String(i).padStart(5, '0')}`,
      name: { en: `${pickOne(WORDS)} ${pickOne(WORDS)} service ${i}`, es: `servicio ${i} de ${pickOne(WORDS)}` },
      description: { en: `Offers ${w}.`, es: `Ofrece ${w.slice(0, 100)}.` },
      organization: { name: `Organization ${i % 500}` },
      url: `https://example.org/r/${i}`,
      phones: [{ number: `1-800-555-${String(1000 + (i % 9000)).padStart(4, '0')}` }],
      categories: [pickOne(CATS), pickOne(CATS)].filter((c, k, a) => a.indexOf(c) === k),
      languages: ['en', 'es'],
      keywords: [pickOne(WORDS), pickOne(WORDS)].filter((c, k, a) => a.indexOf(c) === k),
      link_check: { status: 'verified', checked: `2026-${String(1 + (i % 12)).padStart(2, '0')}` },
    });
  }
  resources[7777].name = { en: 'Quokka outreach', es: 'Alcance quokka' };
  return makeBundle(resources, { facets: [{ id: 'category', field: 'categories', label: 'Topic', values: CATS.map((c) => ({ id: c, label: c[0].toUpperCase() + c.slice(1) })) }] });
}

test('10,000 resources: no main-thread task over 200 ms while loading, the list shows, search works once indexed', async () => {
  const text = JSON.stringify(bigBundle());
  const data = kit.srv.route('/big/10k.json', { type: 'application/json', body: text });
  const url = kit.srv.route('/big/page.html', htmlPage(`<script src="/dist/resource-finder.js"></script><resource-finder src="${data}"></resource-finder>`));
  const { page, context, log } = await open(kit.browser, url);
  await waitForResults(page, 'resource-finder', 12, 60000);
  const total = await countShown(page);
  // The documented `ready` promise: the bundle loaded and its search index is complete.
  await page.evaluate(() => document.querySelector('resource-finder').ready);
  const loaded = await page.evaluate(() => {
    const load = window.__rf.find((e) => e.type === 'rf-load');
    return { loadAt: load?.at, readyAt: Math.round(performance.now()), tasks: window.__longtasks.slice() };
  });
  const t0 = Date.now();
  await search(page, 'quokka');
  await page.waitForFunction(() => document.querySelector('resource-finder').shadowRoot.querySelectorAll('[part~="result"]').length === 1, null, { timeout: 10000 });
  const searchMs = Date.now() - t0;
  const found = await titles(page);
  const typingTasks = await page.evaluate((n) => window.__longtasks.slice(n), loaded.tasks.length);
  await context.close();
  const longest = Math.max(0, ...loaded.tasks.map((e) => e.duration));
  const top = [...loaded.tasks].sort((a, b) => b.duration - a.duration).slice(0, 5);
  console.log(
    `# 10,000 resources (${(text.length / 1e6).toFixed(1)} MB): rf-load at ${loaded.loadAt} ms, index ready by ${loaded.readyAt} ms; ` +
      `longest load task ${longest} ms; top tasks ${JSON.stringify(top)}; typing "quokka" → 1 result in ${searchMs} ms; ` +
      `long tasks while typing ${JSON.stringify(typingTasks)}`,
  );
  assert.equal(total, 10000);
  assert.deepEqual(found, ['Quokka outreach']);
  assert.deepEqual(log.pageErrors, []);
  assert.ok(longest <= 200, `longest main-thread task during load ${longest} ms (budget 200 ms)`);
});
