// DOM cost per keystroke, counted rather than timed (so it does not move with machine load):
//   node scripts/bench/dom-probe.mjs [data.json]
// Opens dist/resource-finder.js on the shipped list (or the given JSON) in headless Chromium at
// 1280×900, types the visitor bench's queries one prefix at a time, and prints the shadow root's
// nodes (all, comments, per card, in the filter panel) and the median / p95 nodes added and removed
// per keystroke (MutationObserver on the shadow root), plus how many result <li> elements were
// replaced although their resource stayed in the list; and CDP's script, style and layout time per
// keystroke (CPU time: it moves with load, unlike the counts).
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { requireChrome, CHROME_ARGS } from '../find-chrome.mjs';
import { QUERIES } from './visitor.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const data = process.argv[2] ?? `${root}data/ccci-resources.json`;
// PROBE_DIST=dir: another build's directory (e.g. a base commit's, for before/after).
const dist = process.env.PROBE_DIST ?? `${root}dist`;
const server = createServer(async (req, res) => {
  const path = req.url === '/' ? null : req.url === '/data.json' ? data : `${dist}${req.url}`;
  if (!path) {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    return res.end('<!doctype html><meta charset="utf-8"><script src="/resource-finder.js"></script><resource-finder src="/data.json"></resource-finder>');
  }
  try {
    const body = await readFile(path);
    res.writeHead(200, { 'Content-Type': path.endsWith('.js') ? 'text/javascript' : 'application/json' });
    res.end(body);
  } catch { res.writeHead(404); res.end(); }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch({ executablePath: requireChrome(), args: CHROME_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => document.querySelector('resource-finder')?.shadowRoot?.querySelector('[part~="result"]'));
  const count = () => page.evaluate(() => {
    const sr = document.querySelector('resource-finder').shadowRoot;
    const all = (n) => { let c = 0, k = 0; const w = document.createTreeWalker(n, NodeFilter.SHOW_ALL); while (w.nextNode()) { c++; if (w.currentNode.nodeType === 8) k++; } return [c, k]; };
    const cards = [...sr.querySelectorAll('[part~="result"]')];
    const [nodes, comments] = all(sr);
    const cardNodes = cards.reduce((n, c) => n + all(c)[0] + 1, 0);
    const cardComments = cards.reduce((n, c) => n + all(c)[1], 0);
    const panel = sr.querySelector('[part~="filters"]');
    return { nodes, comments, cards: cards.length, perCard: +(cardNodes / cards.length).toFixed(1), commentsPerCard: +(cardComments / cards.length).toFixed(1),
      filterPanel: panel ? all(panel)[0] : 0, checkboxes: sr.querySelectorAll('input[type=checkbox]').length };
  });
  // PROBE_CSS="…": extra CSS adopted by the shadow root, to try a layout idea before writing it.
  if (process.env.PROBE_CSS) await page.evaluate((css) => { const sr = document.querySelector('resource-finder').shadowRoot; const s = new CSSStyleSheet(); s.replaceSync(css); sr.adoptedStyleSheets = [...sr.adoptedStyleSheets, s]; }, process.env.PROBE_CSS);
  console.log('at load:', JSON.stringify(await count()));
  await page.evaluate(() => {
    const sr = document.querySelector('resource-finder').shadowRoot;
    window.__m = { added: 0, removed: 0 };
    window.__where = {};
    const region = (n) => { const e = n.nodeType === 1 ? n : n.parentElement; return e?.closest('[part~="filters"]') ? 'filters' : e?.closest('[part~="result"]') ? 'cards' : e?.closest('.results') ? 'results (not cards)' : 'other'; };
    new MutationObserver((list) => {
      for (const m of list) {
        window.__m.added += m.addedNodes.length; window.__m.removed += m.removedNodes.length;
        const k = `${region(m.target)} ${m.type}`;
        window.__where[k] = (window.__where[k] ?? 0) + (m.type === 'childList' ? m.addedNodes.length + m.removedNodes.length : 1);
      }
    }).observe(sr, { childList: true, subtree: true, characterData: true, attributes: true });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const m0 = await metrics();
  await browser.startTracing(page, { categories: ['devtools.timeline'] });
  const input = page.locator('resource-finder input[type="search"]');
  const added = [], removed = [], replaced = [];
  for (const q of QUERIES) {
    await input.fill('');
    await page.waitForTimeout(50);
    for (const ch of q) {
      await page.evaluate(() => {
        const sr = document.querySelector('resource-finder').shadowRoot;
        window.__before = new Map([...sr.querySelectorAll('[part~="result"]')].map((li) => [li.querySelector('[id^="r-"]')?.id, li]));
        window.__m.added = window.__m.removed = 0;
      });
      await input.press(ch === ' ' ? 'Space' : ch);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
      const m = await page.evaluate(async () => {
        const el = document.querySelector('resource-finder');
        await el.updateComplete;
        const after = [...el.shadowRoot.querySelectorAll('[part~="result"]')];
        const replaced = after.filter((li) => { const b = window.__before.get(li.querySelector('[id^="r-"]')?.id); return b && b !== li; }).length;
        return { ...window.__m, replaced };
      });
      added.push(m.added); removed.push(m.removed); replaced.push(m.replaced);
    }
  }
  const q = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
  const sum = (xs) => xs.reduce((a, b) => a + b, 0);
  console.log(`per keystroke (${added.length}): added med ${q(added, 0.5)} p95 ${q(added, 0.95)}; removed med ${q(removed, 0.5)} p95 ${q(removed, 0.95)}; ` +
    `cards replaced though they stayed: ${sum(replaced)} in all`);
  const m1 = await metrics();
  // Layout trace events say how many layout objects each layout had to lay out (dirty) of how many:
  // a count, so it compares builds even on a busy machine.
  const trace = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  const layouts = trace.filter((e) => e.name === 'Layout' && e.ph === 'B' || e.name === 'Layout' && e.ph === 'X');
  const dirty = layouts.reduce((n, e) => n + (e.args?.beginData?.dirtyObjects ?? 0), 0);
  const total = layouts.reduce((n, e) => n + (e.args?.beginData?.totalObjects ?? 0), 0);
  if (process.env.PROBE_SPLIT) {
    // Main-thread time by trace event (complete events only, nested ones included in their parents).
    const by = {};
    for (const e of trace) if (e.ph === 'X' && e.dur && ['FunctionCall', 'EventDispatch', 'RunMicrotasks', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'Commit', 'HitTest', 'ParseHTML', 'TimerFire', 'FireAnimationFrame', 'IntersectionObserverController::computeIntersections', 'UpdateLayer', 'CompositeLayers'].includes(e.name)) by[e.name] = (by[e.name] ?? 0) + e.dur / 1000;
    console.log('trace ms per keystroke:', Object.entries(by).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${(v / added.length).toFixed(2)}`).join(', '));
  }
  const forced = layouts.filter((e) => e.args?.beginData?.stackTrace).map((e) => e.args.beginData.stackTrace[0]?.functionName || '?');
  if (process.env.PROBE_FORCED) console.log('forced layouts (top frame):', JSON.stringify(Object.entries(forced.reduce((m, f) => ((m[f] = (m[f] ?? 0) + 1), m), {}))));
  console.log(`layout objects per keystroke: dirty ${(dirty / added.length).toFixed(0)} of ${(total / added.length).toFixed(0)} (${layouts.length} layouts)`);
  const ms = (k) => ((m1[k] - m0[k]) * 1000 / added.length).toFixed(2);
  console.log(`CDP metrics per keystroke (CPU ms, moves with load): script ${ms('ScriptDuration')}, style ${ms('RecalcStyleDuration')}, layout ${ms('LayoutDuration')}; layouts ${((m1.LayoutCount - m0.LayoutCount) / added.length).toFixed(1)}`);
  const where = await page.evaluate(() => window.__where);
  console.log('mutations per keystroke by region and kind:', Object.entries(where).map(([k, v]) => `${k} ${(v / added.length).toFixed(1)}`).join(', '));
  console.log('after typing:', JSON.stringify(await count()));
} finally {
  await browser.close();
  server.close();
}
