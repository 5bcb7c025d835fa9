// Where a keystroke's time goes, from a Chromium trace (the "traced split" of issue 16):
//   node scripts/bench/trace-split.mjs [--sizes shipped,gen10000] [--rates 1,4] [--data built|whole|raw]
// Serves dist/ and the visitor bench's data (scripts/bench/datasets.mjs; run `npm run bench` once, or
// `node scripts/build-cli.mjs`, for the built forms), opens the widget at 1280×900 under each CPU
// throttle, types the bench's queries one key at a time (a cold and a warm round, then a traced warm round; each
// key as soon as the last one's frame is drawn, as a visitor typing fast) and splits each keystroke's
// main-thread time, from its `input` event to the end of the frame that shows it (the first commit
// after it), into script, style, layout (read by script, or in the frame), paint (pre-paint, paint,
// layerize, commit) and GC, by self time; then the same for the work after that frame until the next
// keystroke (cards drawn later, counts). The floor element (the same cards for each prefix, taken from
// the widget's warm round, with no search) is traced the same way after it, so the two can be compared
// part by part. Tracing costs time itself: compare the rows with each other, not with the bench's ms.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { requireChrome, CHROME_ARGS } from '../find-chrome.mjs';
import { dataset, dataDir } from './datasets.mjs';
import { serveBench } from './server.mjs';
import { cardsNow, open, openFloor, pages, typeRounds, QUERIES, WIDGET_INPUT } from './visitor.mjs';
import { median, p95, fmt, printTable } from './stats.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const argv = process.argv.slice(2);
const option = (name, def) => { const i = argv.indexOf(`--${name}`); return i < 0 ? def : argv[i + 1]; };
const SIZES = option('sizes', 'shipped,gen10000').split(',');
const RATES = option('rates', '1,4').split(',').map(Number);
const FORM = option('data', 'built');
// TRACE_DIST=dir: another build's directory (e.g. a base commit's, for before/after).
const dist = process.env.TRACE_DIST ?? `${root}dist`;

/** Self time (µs) of each complete event on one thread, with its ancestors, from sorted spans. */
function withSelfTimes(spans) {
  spans.sort((a, b) => a.ts - b.ts || b.end - a.end);
  const open = [];
  for (const s of spans) {
    s.self = s.end - s.ts;
    while (open.length && open[open.length - 1].end <= s.ts) open.pop();
    s.parent = open[open.length - 1];
    if (s.parent) s.parent.self -= s.end - s.ts;
    open.push(s);
  }
  return spans;
}

const SCRIPT = /^(FunctionCall|EventDispatch|TimerFire|FireAnimationFrame|RunMicrotasks|FireIdleCallback|EvaluateScript|v8\.|V8\.(?!GC)|ParseHTML|XHRReadyStateChange|HandlePostMessage|ResourceReceivedData)/;
const PAINT = /^(PrePaint|Paint|PaintImage|Layerize|Commit|UpdateLayer|UpdateLayerTree|CompositeLayers)$/;
const GC = /^(MinorGC|MajorGC|V8\.GC|BlinkGC|ThreadState::|CppGC)/;
const inScript = (s) => { for (let p = s.parent; p; p = p.parent) if (SCRIPT.test(p.name)) return true; return false; };
function kind(s) {
  if (GC.test(s.name)) return 'gc';
  if (s.name === 'Layout') return inScript(s) ? 'layout read by script' : 'layout in frame';
  if (s.name === 'UpdateLayoutTree' || s.name === 'ParseAuthorStyleSheet') return 'style';
  if (PAINT.test(s.name)) return 'paint';
  if (SCRIPT.test(s.name)) return 'script';
  return 'other'; // task wrappers (scheduling), intersection observers, hit tests, …
}
const KINDS = ['script', 'style', 'layout read by script', 'layout in frame', 'paint', 'gc', 'other'];

/** Per keystroke: ms of each kind up to the end of its frame, and after it until the next keystroke. */
function split(trace, keyCount) {
  const events = trace.traceEvents ?? trace;
  const names = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  // The page's renderer main thread: the one that dispatched the input events.
  const isInput = (e) => e.name === 'EventDispatch' && e.args?.data?.type === 'input';
  const main = names.find((m) => events.some((e) => e.pid === m.pid && e.tid === m.tid && isInput(e)));
  if (!main) throw new Error('no renderer main thread with input events in the trace');
  const spans = [];
  const begun = [];
  for (const e of events) {
    if (e.pid !== main.pid || e.tid !== main.tid) continue;
    if (e.ph === 'X') spans.push({ name: e.name, ts: e.ts, end: e.ts + (e.dur ?? 0), args: e.args });
    else if (e.ph === 'B') begun.push(e);
    else if (e.ph === 'E') { const b = begun.pop(); if (b) spans.push({ name: b.name, ts: b.ts, end: e.ts, args: b.args }); }
  }
  withSelfTimes(spans);
  const inputs = spans.filter(isInput).map((s) => s.ts);
  // The clears between queries are input events too (dispatched by the bench's script): keep the
  // typed keys, whose input event is dispatched inside the key's own event (keypress).
  const typed = spans.filter((s) => isInput(s) && s.parent?.name === 'EventDispatch').map((s) => s.ts);
  if (typed.length !== keyCount) throw new Error(`expected ${keyCount} typed keystrokes in the trace, found ${typed.length}`);
  const commits = spans.filter((s) => s.name === 'Commit');
  return typed.map((t0) => {
    const next = inputs.find((t) => t > t0) ?? Infinity;
    const commit = commits.find((c) => c.ts > t0 && c.ts < next);
    const frameEnd = commit ? commit.end : next;
    const to = Object.fromEntries(KINDS.map((k) => [k, 0]));
    const after = Object.fromEntries(KINDS.map((k) => [k, 0]));
    for (const s of spans) {
      if (s.ts < t0 || s.ts >= next || s.self <= 0) continue;
      (s.ts < frameEnd ? to : after)[kind(s)] += s.self / 1000;
    }
    // The rest of the span to the frame: the main thread was free (waiting for the frame's turn, or for other threads).
    to.free = Math.max(0, (frameEnd - t0) / 1000 - KINDS.reduce((n, k) => n + to[k], 0));
    return { to, after, frame: (frameEnd - t0) / 1000 };
  });
}

const datasets = SIZES.map((id) => dataset(id, { form: FORM }));
mkdirSync(`${root}.bench`, { recursive: true });
await build({ entryPoints: [`${root}scripts/bench/floor-element.mjs`], bundle: true, minify: true, format: 'iife', target: 'es2022', outfile: `${root}.bench/floor.js`, logLevel: 'warning' });
const { server, ...served } = await serveBench({ mounts: { '/element/': dist, '/data/': dataDir(FORM), '/bench/': `${root}.bench` }, pages: pages(datasets) });
const { chromium } = await import('playwright-core');
const browser = await chromium.launch({ executablePath: requireChrome(), headless: true, args: CHROME_ARGS });
const env = { browser, base: served.url, bytes: served.bytes };
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'disabled-by-default-v8.gc'];
const rows = [];
/**
 * A cold round and a warm one, then a traced warm round (visitor.mjs typeRounds: the bench's
 * typing): the probe's ms and the trace's split per keystroke. `onKey` runs in the untraced rounds;
 * the warm one leaves what a warm round shows (the cold one may show a keystroke's results only
 * after its frame, while a split bundle's part is on its way).
 */
async function traced(p, input, onKey) {
  await typeRounds([{ page: p.page, input, onKey }], { rounds: 2, quietMs: 0 });
  await browser.startTracing(p.page, { categories: CATEGORIES });
  const [{ keys }] = await typeRounds([{ page: p.page, input }], { rounds: 1, quietMs: 0 });
  const trace = JSON.parse((await browser.stopTracing()).toString());
  if (process.env.TRACE_FILE) writeFileSync(`${process.env.TRACE_FILE}.${++traces}.json`, JSON.stringify(trace));
  return { keys: keys.map((k) => k.ms), per: split(trace, keys.length) };
}
let traces = 0;

const cell = (xs) => `${fmt(median(xs))} / ${fmt(p95(xs))}`;
const addRows = (label, { keys, per }) => {
  rows.push([label, 'to frame', cell(keys), cell(per.map((p) => p.frame)), ...KINDS.map((k) => cell(per.map((p) => p.to[k]))), cell(per.map((p) => p.to.free))]);
  rows.push(['', 'after frame', '', '', ...KINDS.map((k) => cell(per.map((p) => p.after[k]))), '']);
};

try {
  for (const ds of datasets) for (const rate of RATES) {
    console.error(`… ${ds.label} at ${rate}x: the widget`);
    const w = await open(env, { host: 'resource-finder', result: '[part~="result"]' }, rate);
    await w.page.goto(w.url(`/widget/${ds.id}.html`));
    await w.page.evaluate(() => window.__rfReady(document.querySelector('resource-finder'), 180000));
    // The cards the widget shows for each prefix (in a warm round), for the floor to show the same.
    const cards = { '': await w.page.evaluate(cardsNow) };
    const widget = await traced(w, WIDGET_INPUT, async (prefix) => { cards[prefix] = await w.page.evaluate(cardsNow); });
    await w.close();
    console.error(`… ${ds.label} at ${rate}x: the floor`);
    const f = await openFloor(env, rate, cards, { watch: false });
    const floor = await traced(f, 'bench-floor input');
    await f.close();
    addRows(`${ds.label}, ${rate}x: widget`, widget);
    addRows(`${ds.label}, ${rate}x: floor`, floor);
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`Traced warm round (${QUERIES.join(', ')}; every prefix), widget and floor (the same cards, no search; scripts/bench/floor-element.mjs), ms median / p95 per keystroke. "to frame": from the input event to the end of the`);
console.log('commit of the frame that shows it; "after frame": from then to the next keystroke. Self times; tracing itself slows the page. "other": task');
console.log('wrappers, intersection observers, hit tests; "main thread free": the rest of the span (the frame waiting its turn, other threads).');
printTable(['case', 'span', 'input → frame (probe)', 'input → commit (trace)', ...KINDS, 'main thread free'], rows);
