// Runs inside Node or a browser page (bundled with the engine by scripts/bench.mjs):
// times index builds, per-keystroke search + facet counts, and the longest task while indexing.
import { createEngine } from '../../src/core/engine.ts';
import { makeBundle } from './gen.mjs';

const typed = (s) => Array.from(s, (_, i) => s.slice(0, i + 1)).filter((q, i, a) => a.indexOf(q.trim()) === i);
export const QUERIES = [
  ...['housing', 'screening', 'training', 'trafficking', 'legal help', 'youth shelter'].flatMap(typed),
  'houseing', 'traficking', 'scren',
];
const quantile = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };

let bundle, engine;
export function generate(n, seed) { bundle = makeBundle(n, seed); return bundle.resources.length; }
export function useBundle(b) { bundle = b; return b.resources.length; }

/** Build time until `ready` (synchronous for small bundles). */
export async function build(locale = 'en') {
  const t0 = performance.now();
  engine = createEngine(bundle, locale);
  await engine.ready;
  return performance.now() - t0;
}

export function release() { engine = undefined; }

export async function switchLocale(locale) {
  const t0 = performance.now();
  engine.setLocale(locale);
  await engine.ready;
  return performance.now() - t0;
}

/** Every query alone and with one category filter; median and p95 over `reps` passes. */
export function keystrokes(reps) {
  const cat = bundle.facets?.[0]?.values?.[0]?.id;
  const runs = [{}, cat ? { [bundle.facets[0].id]: [cat] } : {}];
  const times = [];
  for (let rep = -3; rep < reps; rep++) {
    for (const filters of runs) for (const text of QUERIES) {
      const t0 = performance.now();
      engine.search({ text, filters });
      if (rep >= 0) times.push(performance.now() - t0); // reps < 0 warm up the JIT
    }
  }
  const t0 = performance.now();
  engine.search({ text: '', filters: {}, sort: 'name' });
  return { median: quantile(times, 0.5), p95: quantile(times, 0.95), max: Math.max(...times), n: times.length, firstNameSort: performance.now() - t0 };
}

/**
 * Longest gap between setTimeout ticks (≈ longest task) while a fresh engine indexes asynchronously,
 * as the element would use it: create + browse in one task, then a keystroke every 30 ms.
 */
export async function longestTask() {
  const longtasks = [];
  let obs;
  if (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
    obs = new PerformanceObserver((l) => { for (const e of l.getEntries()) longtasks.push(e.duration); });
    obs.observe({ type: 'longtask' });
  }
  let last = performance.now(), maxGap = 0, done = false, ticks = 0;
  const tick = () => { const t = performance.now(); maxGap = Math.max(maxGap, t - last); last = t; ticks++; if (!done) setTimeout(tick, 0); };
  setTimeout(tick, 0);
  await new Promise((r) => setTimeout(r, 20));
  let createMs = 0;
  const e = await new Promise((r) => setTimeout(() => {
    const t0 = performance.now();
    const e = createEngine(bundle, 'en');
    e.search({ text: '', filters: {} });
    createMs = performance.now() - t0;
    r(e);
  }, 0));
  const word = 'housing shelter';
  let k = 0, stopGapMax = 0, stopGapIndexing = 0;
  const type = setInterval(() => {
    const t0 = performance.now();
    const res = e.search({ text: word.slice(0, (k++ % word.length) + 1), filters: {} });
    stopGapMax = Math.max(stopGapMax, performance.now() - t0);
    if (res && !e.indexed) stopGapIndexing++;
  }, 30);
  await e.ready;
  clearInterval(type);
  done = true;
  await new Promise((r) => setTimeout(r, 50));
  obs?.disconnect();
  return { maxGap, ticks, createMs, stopGapMax, stopGapIndexing, longtask: longtasks.length ? Math.max(...longtasks) : 0, observed: !!obs };
}
