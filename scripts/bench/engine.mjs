// `node scripts/bench/engine.mjs`: the engine alone (no element, no paint). Bundles the engine with esbuild, then measures index build, heap, per-keystroke
// search + facet counts and the longest task while indexing, in Node and in headless Chromium,
// on synthetic bundles (100 … 50,000 resources) and the shipped bundle when present.
// Owns only measurement; the engine lives in src/core/.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findChrome, CHROME_ARGS } from '../find-chrome.mjs';

if (typeof globalThis.gc !== 'function') {
  // Heap figures need a forced GC: re-run ourselves with --expose-gc.
  const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = `${root}.bench`;
mkdirSync(out, { recursive: true });
const entry = `${root}scripts/bench/harness.mjs`;
const common = { entryPoints: [entry], bundle: true, minify: true, logLevel: 'warning', target: 'es2021' };
await build({ ...common, format: 'esm', platform: 'node', outfile: `${out}/harness.node.mjs` });
await build({ ...common, format: 'iife', platform: 'browser', globalName: 'RFBench', outfile: `${out}/harness.iife.js` });

const shippedPath = `${root}data/ccci-resources.json`;
const shipped = existsSync(shippedPath) ? JSON.parse(readFileSync(shippedPath, 'utf8')) : undefined;
const SIZES = [...(shipped ? ['shipped'] : []), 100, 1000, 10000, 50000];
const TARGETS = { small: [0.5, 2], 1000: [1, 4], 10000: [5, 20] };
const targetFor = (size) => (size === 'shipped' || size === 100 ? TARGETS.small : TARGETS[size] ?? []);
const SEED = 7;
const reps = (size) => (size === 50000 ? 2 : 5);
const mb = (b) => b / 1048576;

async function runNode() {
  const h = await import(`${out}/harness.node.mjs?${Date.now()}`);
  const rows = [];
  for (const size of SIZES) {
    const count = size === 'shipped' ? h.useBundle(shipped) : h.generate(size, SEED);
    gc(); const heap0 = process.memoryUsage().heapUsed;
    const buildMs = await h.build('en');
    gc(); const heap1 = process.memoryUsage().heapUsed;
    const ks = h.keystrokes(reps(size));
    const switchMs = await h.switchLocale('es');
    gc(); const heap2 = process.memoryUsage().heapUsed;
    // Drop the measured engine and collect first, so an old index's GC does not land in the figure.
    const lt = size === 10000 ? (h.release(), gc(), await h.longestTask()) : undefined;
    rows.push({ size, count, buildMs, heap: mb(heap1 - heap0), heapEs: mb(heap2 - heap1), switchMs, ...ks, lt });
  }
  return rows;
}

async function runChromium() {
  const executablePath = findChrome();
  if (!executablePath) { console.log('No Chromium found: skipping the browser run.'); return []; }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROME_ARGS });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>bench</title>');
    await page.addScriptTag({ content: readFileSync(`${out}/harness.iife.js`, 'utf8') });
    const cdp = await page.context().newCDPSession(page);
    const heap = async () => { await cdp.send('HeapProfiler.collectGarbage'); return (await cdp.send('Runtime.getHeapUsage')).usedSize; };
    const rows = [];
    for (const size of SIZES) {
      const count = size === 'shipped'
        ? await page.evaluate((b) => RFBench.useBundle(b), shipped)
        : await page.evaluate(([n, s]) => RFBench.generate(n, s), [size, SEED]);
      const heap0 = await heap();
      const buildMs = await page.evaluate(() => RFBench.build('en'));
      const heap1 = await heap();
      const ks = await page.evaluate((r) => RFBench.keystrokes(r), reps(size));
      const switchMs = await page.evaluate(() => RFBench.switchLocale('es'));
      const heap2 = await heap();
      const lt = size === 10000 ? (await page.evaluate(() => RFBench.release()), await heap(), await page.evaluate(() => RFBench.longestTask())) : undefined;
      rows.push({ size, count, buildMs, heap: mb(heap1 - heap0), heapEs: mb(heap2 - heap1), switchMs, ...ks, lt });
    }
    return rows;
  } finally {
    await browser.close();
  }
}

const f = (x, d = 1) => (x === undefined ? '–' : x.toFixed(d));
function table(title, rows) {
  console.log(`\n${title}`);
  const head = ['resources', 'build ms', 'heap MB', '+es heap MB', 'switch→es ms', 'median ms', 'p95 ms', 'max ms', 'target med/p95', 'ok'];
  const lines = rows.map((r) => {
    const [tm, tp] = targetFor(r.size);
    const label = r.size === 'shipped' ? `${r.count} (shipped)` : String(r.count);
    return [label, f(r.buildMs), f(r.heap), f(r.heapEs), f(r.switchMs), f(r.median, 3), f(r.p95, 3), f(r.max, 2),
      tm ? `≤ ${tm} / ${tp}` : '(none)', tm ? (r.median <= tm && r.p95 <= tp ? 'yes' : 'MISSED') : ''];
  });
  const w = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (l) => l.map((c, i) => (i ? c.padStart(w[i]) : c.padEnd(w[i]))).join('  ');
  console.log(fmt(head));
  console.log(w.map((n) => '-'.repeat(n)).join('  '));
  lines.forEach((l) => console.log(fmt(l)));
  for (const r of rows) {
    if (r.lt) {
      const lt = r.lt.observed ? `longtask observer max ${f(r.lt.longtask)} ms (0 = none over 50 ms); ` : '';
      console.log(`Indexing ${r.count} asynchronously: ${lt}longest gap between timer ticks ${f(r.lt.maxGap)} ms over ${r.lt.ticks} ticks ` +
        `(target ≤ 50 ms: ${Math.max(r.lt.maxGap, r.lt.longtask) <= 50 ? 'yes' : 'MISSED'});\n  createEngine + first browse ${f(r.lt.createMs)} ms; ` +
        `${r.lt.stopGapIndexing} keystrokes answered while indexing (engine.indexed: false), slowest ${f(r.lt.stopGapMax)} ms`);
    }
  }
  const big = rows.find((r) => r.size === 10000);
  if (big) console.log(`First "sort by name" at ${big.count} (builds the collation order once): ${f(big.firstNameSort)} ms`);
}

const t0 = Date.now();
console.log(`Per keystroke = engine.search() incl. facet counts and 20 hits; ${'queries typed letter by letter'}: housing, screening, training, trafficking, "legal help", "youth shelter", + typos houseing, traficking, scren; each alone and with one category filter.`);
const nodeRows = await runNode();
table('Node ' + process.version, nodeRows);
table('Chromium (headless)', await runChromium());
console.log(`\nBench took ${((Date.now() - t0) / 1000).toFixed(0)} s.`);
