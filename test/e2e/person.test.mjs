// The person in front of it (issue 13), on phone sizes with the built one-file bundle and the
// shipped data: help with no data (HTTP 500, and a bundle still on its way after 1.5 s), a Spanish
// browser on an English page, Enter after typing shows the first result, links stay in this tab,
// no empty "More details", no empty filter group on zero results, and axe (WCAG 2.2 AA with
// target-size) in each of these states.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { axeViolations } from './helpers.mjs';
import { kitServer, launch, htmlPage, json, send, SHIPPED_DATA, waitForResults, waitForError, search } from './hardening-kit.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const DATA = readFileSync(SHIPPED_DATA, 'utf8');
const SIZES = [
  { width: 390, height: 844 },
  { width: 320, height: 640 },
];

let srv;
let browser;
const held = [];
before(async () => {
  srv = await kitServer();
  browser = await launch();
  srv.route('/p/data.json', json(DATA));
  srv.route('/p/500.json', (req, res) => send(res, { status: 500, type: 'text/plain', body: 'boom' }));
  // Never answers (until the test ends): the "slow phone" case.
  srv.route('/p/never.json', (req, res) => void held.push(res));
});
after(async () => {
  for (const res of held) res.destroy();
  await browser?.close();
  srv?.close();
});

const page = (name, src, { attrs = '', lang = 'en' } = {}) =>
  srv.route(`/p/${name}.html`, htmlPage(`<h1>A partner's page</h1><script src="/dist/resource-finder.js"></script><resource-finder src="${src}" ${attrs}></resource-finder>`, { lang }));

async function openAt(url, viewport, { locale = 'en-US' } = {}) {
  const context = await browser.newContext({ viewport, locale });
  const p = await context.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  await p.goto(url);
  return { p, context, errors };
}

/** axe on the element (shadow DOM included), WCAG 2.2 A/AA with target-size: violations as readable lines. */
async function axe(p) {
  await p.addScriptTag({ path: AXE });
  const violations = await axeViolations(p, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
}

/** Where the hotline's call button is: its number (as dialled) and its box. */
const hotline = (p) =>
  p.evaluate(() => {
    const a = document.querySelector('resource-finder').shadowRoot.querySelector('[part~="pinned-help"] a[href="tel:+18883737888"]');
    if (!a) return null;
    const r = a.getBoundingClientRect();
    return { text: a.textContent.replace(/\u2011/g, '-').trim(), top: r.top, bottom: r.bottom, visible: r.height > 0 && getComputedStyle(a).visibility === 'visible' };
  });

const shadow = (p, fn, arg) => p.evaluate(([f, a]) => new Function('root', 'arg', `return (${f})(root, arg)`)(document.querySelector('resource-finder').shadowRoot, a), [fn.toString(), arg]);

for (const size of SIZES) {
  const at = `${size.width}×${size.height}`;

  test(`${at}: the bundle answers 500: the hotline is on screen, the error does not point to missing contacts, axe clean`, async () => {
    const { p, context, errors } = await openAt(page(`500-${size.width}`, '/p/500.json'), size);
    const text = await waitForError(p);
    assert.match(text, /error 500/);
    const h = await hotline(p);
    assert.ok(h, 'the hotline call button is there');
    assert.equal(h.text, 'Call 1-888-373-7888');
    assert.ok(h.visible && h.bottom <= size.height * 1.5, `hotline near the top (bottom at ${h.bottom})`);
    assert.ok(await shadow(p, (root) => !!root.querySelector('a[href="sms:233733"]') && !!root.querySelector('a[href="tel:711"]')));
    assert.deepEqual(await axe(p), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`${at}: a bundle that has not arrived after 1.5 s: the hotline and 911 are already on screen`, async () => {
    const { p, context } = await openAt(page(`never-${size.width}`, '/p/never.json'), size);
    await p.waitForTimeout(1500);
    const h = await hotline(p);
    assert.ok(h?.visible, 'hotline visible while the bundle is still loading');
    assert.ok(await shadow(p, (root) => !!root.querySelector('[part~="pinned-help"] a[href="tel:911"]')));
    assert.equal(await shadow(p, (root) => !!root.querySelector('[part~="error"]')), false, 'no error yet');
    await context.close();
  });

  test(`${at}: an es-MX browser on <html lang="en"> gets Spanish and a language switch; axe clean`, async () => {
    const { p, context } = await openAt(page(`es-${size.width}`, '/p/data.json'), size, { locale: 'es-MX' });
    await waitForResults(p);
    const state = () =>
      shadow(p, (root) => ({
        status: root.querySelector('.results [part~="status"]').textContent.trim(),
        buttons: [...root.querySelectorAll('.lang-switch button')].map((b) => `${b.textContent.trim()}:${b.getAttribute('aria-pressed')}`),
      }));
    assert.deepEqual(await state(), { status: '71 recursos', buttons: ['English:false', 'Español:true'] });
    assert.deepEqual(await axe(p), []);
    await p.locator('resource-finder .lang-switch button[lang="en"]').click();
    assert.deepEqual(await state(), { status: '71 resources', buttons: ['English:true', 'Español:false'] });
    assert.equal(await p.evaluate(() => JSON.stringify(localStorage) + document.cookie), '{}', 'the choice is not stored');
    await context.close();
  });

  test(`${at}: after typing "housing" and Enter, the count and the first result's top are in the viewport`, async () => {
    const { p, context } = await openAt(page(`enter-${size.width}`, '/p/data.json'), size);
    await waitForResults(p);
    await search(p, 'housing');
    await p.keyboard.press('Enter');
    await p.waitForTimeout(400);
    const where = await shadow(p, (root) => ({
      count: root.querySelector('.results [part~="status"]').getBoundingClientRect().top,
      first: root.querySelector('[part~="result"]').getBoundingClientRect().top,
      focused: root.activeElement?.className,
    }));
    assert.ok(where.count >= 0 && where.count < size.height, `count top ${where.count}`);
    assert.ok(where.first >= 0 && where.first < size.height, `first result top ${where.first}`);
    assert.equal(where.focused, 'status', 'focus moved to the count');
    await context.close();
  });

  test(`${at}: links stay in this tab by default; no empty "More details"; new-tab opens new tabs`, async () => {
    const { p, context } = await openAt(page(`links-${size.width}`, '/p/data.json', { attrs: 'page-size="100"' }), size);
    await waitForResults(p, 'resource-finder', 71);
    assert.equal(await shadow(p, (root) => root.querySelectorAll('a[target="_blank"]').length), 0);
    // Open every "More details": each must show at least one non-empty row.
    await shadow(p, (root) => root.querySelectorAll('details.more').forEach((d) => (d.open = true)));
    await p.waitForTimeout(300);
    const details = await shadow(p, (root) =>
      [...root.querySelectorAll('[part~="result"]')].map((card) => {
        const d = card.querySelector('details.more');
        return d ? [...d.querySelectorAll('dd')].filter((dd) => dd.textContent.trim()).length : -1;
      }),
    );
    assert.equal(details.length, 71);
    assert.deepEqual(details.filter((n) => n === 0), [], 'no details open to nothing');
    assert.ok(details.filter((n) => n > 0).length > 0, 'some cards do have details');
    assert.deepEqual(await axe(p), []);
    await context.close();
    const nt = await openAt(page(`newtab-${size.width}`, '/p/data.json', { attrs: 'new-tab' }), size);
    await waitForResults(nt.p);
    const n = await shadow(nt.p, (root) => root.querySelectorAll('[part~="result"] a[target="_blank"][aria-describedby]').length);
    assert.ok(n > 0, 'new-tab: title links open a new tab, described as such');
    await nt.context.close();
  });

  test(`${at}: zero results: no empty filter group, the hotline beside the message; filter sheet "Show N results"; axe clean`, async () => {
    const { p, context } = await openAt(page(`zero-${size.width}`, '/p/data.json'), size);
    await waitForResults(p);
    await search(p, 'qqzzxxyy');
    await p.waitForFunction(() => !!document.querySelector('resource-finder').shadowRoot.querySelector('[part~="empty"]'));
    const zero = await shadow(p, (root) => ({
      groups: [...root.querySelectorAll('fieldset.group')].map((g) => g.querySelectorAll('input[type="checkbox"]').length),
      calls: [...root.querySelectorAll('[part~="empty"] a[href^="tel:"]')].map((a) => a.getAttribute('href')),
    }));
    assert.deepEqual(zero.groups.filter((n) => n === 0), []);
    assert.deepEqual(zero.calls, ['tel:911', 'tel:+18883737888']);
    assert.deepEqual(await axe(p), []);
    // A typo: "did you mean" offers the index's word; one tap searches it.
    await search(p, 'shleter');
    await p.waitForFunction(() => !!document.querySelector('resource-finder').shadowRoot.querySelector('[part~="empty"] .link-button'));
    const didYouMean = p.locator('resource-finder [part~="empty"] .link-button').first();
    assert.equal((await didYouMean.textContent()).trim(), 'shelter');
    await didYouMean.click();
    await waitForResults(p);
    assert.equal(await p.locator('resource-finder [part~="search-input"]').inputValue(), 'shelter');
    // Phone: the filter sheet starts closed; open it, tick one, "Show N results" closes it and shows them.
    await search(p, '');
    const summary = p.locator('resource-finder [part~="filters"] > summary');
    assert.equal(await shadow(p, (root) => root.querySelector('[part~="filters"]').open), false, 'filters start folded on a phone');
    await summary.click();
    await p.locator('resource-finder fieldset.group input[type="checkbox"]').first().check();
    const show = p.locator('resource-finder .show-results');
    assert.match(await show.textContent(), /Show \d+ resources?/);
    assert.deepEqual(await axe(p), []);
    await show.click();
    await p.waitForTimeout(400);
    const after = await shadow(p, (root) => ({ open: root.querySelector('[part~="filters"]').open, first: root.querySelector('[part~="result"]').getBoundingClientRect().top }));
    assert.equal(after.open, false);
    assert.ok(after.first >= 0 && after.first < size.height, `first result in view (${after.first})`);
    await context.close();
  });
}

test('390×844: the featured categories are large buttons before any search; one tap filters and shows results', async () => {
  const { p, context } = await openAt(page('featured', '/p/data.json'), { width: 390, height: 844 });
  await waitForResults(p);
  const taps = await shadow(p, (root) => [...root.querySelectorAll('.featured button')].map((b) => b.getBoundingClientRect().height));
  assert.ok(taps.length >= 5, `${taps.length} category buttons`);
  assert.ok(taps.every((h) => h >= 44), 'each at least 44 px tall');
  await p.locator('resource-finder .featured button').first().click();
  await p.waitForTimeout(400);
  const after = await shadow(p, (root) => ({ chips: root.querySelectorAll('.chips .chip').length, featured: !!root.querySelector('.featured'), first: root.querySelector('[part~="result"]').getBoundingClientRect().top }));
  assert.deepEqual([after.chips, after.featured], [1, false]);
  assert.ok(after.first >= 0 && after.first < 844);
  await context.close();
});

test('no-builtin-help turns the built-in help off: a 500 shows no hotline and no "contacts above"', async () => {
  const { p, context } = await openAt(page('nohelp', '/p/500.json', { attrs: 'no-builtin-help' }), { width: 390, height: 844 });
  const text = await waitForError(p);
  assert.equal(await hotline(p), null);
  assert.doesNotMatch(text, /contacts above/);
  await context.close();
});
