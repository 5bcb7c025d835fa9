// `npm run bench` (vite build, then this): what a visitor gets, measured in headless Chromium.
//
//   node scripts/bench.mjs [--quick | --all] [--warm N] [--sizes shipped,real4000,gen10000] [--rates 1,4]
//                          [--data built|whole|raw] [--no-pagefind] [--no-size] [--engine] [--keys FILE] [--loads N] [--phone]
//
// Per keystroke: 5 queries typed one real key at a time (46 keystrokes), each timed from the `input`
// event through `updateComplete` to the next rendered frame (requestAnimationFrame, then setTimeout 0);
// round 1 is cold (first time after load), then N warm rounds; at 1x and 4x CPU (CDP throttling). A
// floor element (a minimal Lit element showing the same cards with the same text, no search) is typed
// the same way in the same run, and the tables print widget ÷ floor; then each is typed the same rounds again
// alone (each with no other page open: a second throttled page slows the typed one), and widget ÷ floor alone. Load: first results painted, the
// longest main-thread task (and its floor: the same content as a page with no script), bytes, heap
// after GC, for the shipped list, 4,000 real-shaped services and 10,000 generated resources. Pagefind's default UI over the same data, side by side. Size of the
// one-file build. Every target of issue 16 is printed with PASS/FAIL; the exit code is 0 whatever
// they say (1 only when the bench itself fails). Cases: by default shipped and 10,000 at 1x and 4x,
// 4,000 at 1x (~6 min on a busy 2-core machine); --quick: shipped@1x, 4,000@1x, 10,000@4x (~3 min);
// --all adds 4,000@4x; --sizes / --rates pick others. --warm N: warm rounds after the cold one (1).
// --data: the widget is served `resource-finder build` output (default: split from 3,000 resources;
// needs dist/cli, which `npm run bench` builds), `whole` (build --no-split: one file) or `raw` (the JSON). --engine: also the engine-only bench (scripts/bench/engine.mjs).
// --keys FILE: writes every timed keystroke (widget and floor) as JSON. --loads N: load visits of each
// load target's case (10,000 at 4x, 4,000 at 1x; default 3): its targets read the median, with the range.
// Each 4x case also loads once on a slow network (150 ms round trip, 1.6 Mbit/s), printed without a target.
// 10,000 at 4x also loads N times as a hand-made JSON file (no `build`: the loading worker validates and indexes it), without a target.
// --phone: every page on a phone's screen (390×844, touch) instead of 1280×900.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireChrome, CHROME_ARGS } from './find-chrome.mjs';
import { dataset, dataDir } from './bench/datasets.mjs';
import { pagefindSite, pagefindPage } from './bench/pagefind-site.mjs';
import { serveBench } from './bench/server.mjs';
import { loadVisit, pages, runWidgetAndFloor, staticLoadVisit, runPagefind, warmUp, QUERIES, PREFIXES, KEYSTROKES } from './bench/visitor.mjs';
import { partSizes, scriptSizes, FIRST_SCRIPT_BUDGET } from './bench/size.mjs';
import { median, p95, fmt, kb, mb, printTable } from './bench/stats.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, def) => { const i = argv.indexOf(`--${name}`); return i < 0 ? def : argv[i + 1]; };
const started = Date.now();
const QUICK = flag('quick');
const WARM = Number(option('warm', 1));
// --loads N: visits of each load target's case (10,000 at 4x, 4,000 at 1x); their targets read the median.
const LOADS = Math.max(1, Number(option('loads', 3)));
const LOAD_TARGETS = new Set(['gen10000@4', 'real4000@1']);
// One more visit of the 4x cases on a slow connection (a phone on a poor mobile network); no target.
const SLOW_NETWORK = { rtt: 150, down: 1.6e6 };
const SIZES = option('sizes', 'shipped,real4000,gen10000').split(',');
const RATES = option('rates', '1,4').split(',').map(Number);
const FORM = option('data', 'built');
/**
 * Which (dataset, rate) pairs run: --quick, the three the targets need; by default also the shipped
 * list and 10,000 at the other rate (about 6 minutes here); --all, every size at every rate.
 */
const CASES = (QUICK
  ? [['shipped', 1], ['real4000', 1], ['gen10000', 4]]
  : SIZES.flatMap((d) => RATES.map((r) => [d, r])).filter(([d, r]) => flag('all') || option('sizes') || option('rates') || !(d === 'real4000' && r === 4))
).filter(([d, r]) => SIZES.includes(d) && RATES.includes(r));
const log = (...a) => console.error(`… ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s`, ...a);

if (flag('engine')) {
  const r = spawnSync(process.execPath, [`${root}scripts/bench/engine.mjs`], { stdio: 'inherit' });
  if (r.status) process.exit(r.status);
}

const dist = `${root}dist/resource-finder.js`;
if (!existsSync(dist)) {
  console.error('bench: dist/resource-finder.js is missing: run `npx vite build` first (`npm run bench` does).');
  process.exit(1);
}
const newest = (dir) => readdirSync(dir, { withFileTypes: true }).reduce((t, e) => Math.max(t, e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs), 0);

let failed = false;
const results = { widget: [], floor: [], pagefind: [] };
let server, browser;
try {
  // ---- prepare: data, Pagefind sites, the floor bundle --------------------------------------
  const datasets = [...new Set(CASES.map(([d]) => d))].map((id) => dataset(id, { form: FORM }));
  const byId = Object.fromEntries(datasets.map((d) => [d.id, d]));
  const pfPages = {};
  if (!flag('no-pagefind')) {
    for (const ds of datasets.filter((d) => d.id !== 'shipped')) {
      const site = await pagefindSite(ds);
      log(`Pagefind index for ${ds.label}: ${site.built ? `built in ${(site.ms / 1000).toFixed(1)} s` : 'cached'}, ${site.files} files`);
      pfPages[`/pf/${ds.id}/search.html`] = pagefindPage('pagefind/');
    }
  }
  mkdirSync(`${root}.bench`, { recursive: true });
  await build({ entryPoints: [`${root}scripts/bench/floor-element.mjs`], bundle: true, minify: true, format: 'iife', target: 'es2022', outfile: `${root}.bench/floor.js`, logLevel: 'warning' });

  let env;
  // The pages served (the static floor pages of the load are added while the bench runs).
  // The 10,000 as a site keeps it by hand (one JSON file, not `build` output): loads only, no target.
  const handMade = FORM !== 'raw' && byId.gen10000 ? { ...byId.gen10000, id: 'gen10000-hand-made', label: '10,000 generated, hand-made file', url: '/raw/gen10000.json' } : undefined;
  const served = { ...pages(handMade ? [...datasets, handMade] : datasets), ...pfPages };
  ({ server, ...env } = await serveBench({
    mounts: { '/element/': `${root}dist`, '/data/': dataDir(FORM), '/raw/': dataDir('raw'), '/bench/': `${root}.bench`, '/pf/': `${root}.bench/pagefind` },
    pages: served,
  }));
  browser = await (await import('playwright-core')).chromium.launch({ executablePath: requireChrome(), headless: true, args: CHROME_ARGS });
  env = { browser, base: env.url, bytes: env.bytes, phone: flag('phone'), pages: served };
  // Compress the big files now (a host serves them precompressed), not inside a measured load.
  for (const path of [...datasets.map((d) => d.url), ...(handMade ? [handMade.url] : []), '/element/resource-finder.js', '/bench/floor.js']) {
    const r = await fetch(`${env.base}${path}`, { headers: { 'accept-encoding': 'gzip' } });
    await r.arrayBuffer();
  }
  await warmUp(env, byId.shipped ?? datasets[0]);

  // ---- measure -------------------------------------------------------------------------------
  const load = loadavg()[0];
  for (const [id, rate] of CASES) {
    const ds = byId[id];
    const quietMs = 300 * rate + 200;
    log(`${ds.label} at ${rate}x: widget load, then ${1 + WARM} typed rounds into the widget and the floor`);
    const { widget, floor } = await runWidgetAndFloor(env, ds, { rate, rounds: 1 + WARM, quietMs });
    // The load targets' cases get more visits (load only): their figures are the median of LOADS.
    if (LOAD_TARGETS.has(`${id}@${rate}`)) {
      for (let i = 1; i < LOADS; i++) {
        log(`${ds.label} at ${rate}x: load ${i + 1} of ${LOADS}`);
        widget.loads.push(await loadVisit(env, ds, rate));
      }
      // The floor of the longest task: what the widget showed at its first results, as a page with no script.
      log(`${ds.label} at ${rate}x: ${LOADS} loads of the same content as a static page`);
      widget.staticLoads = [];
      for (let i = 0; i < LOADS; i++) widget.staticLoads.push(await staticLoadVisit(env, widget.staticPage, rate));
    }
    if (handMade && id === 'gen10000' && rate === 4) {
      log(`${handMade.label} at ${rate}x: ${LOADS} loads`);
      widget.handMadeLoads = [];
      for (let i = 0; i < LOADS; i++) widget.handMadeLoads.push(await loadVisit(env, handMade, rate));
    }
    if (rate === 4) {
      log(`${ds.label} at ${rate}x: load on a slow network`);
      widget.slowLoad = await loadVisit(env, ds, rate, SLOW_NETWORK);
    }
    results.widget.push(widget);
    results.floor.push(floor);
    if (pfPages[`/pf/${id}/search.html`]) {
      log(`${ds.label} at ${rate}x: Pagefind`);
      results.pagefind.push(await runPagefind(env, ds, { rate, quietMs }));
    }
  }
  // --keys FILE: every timed keystroke (widget and floor) as JSON, to see which ones make the p95.
  if (option('keys')) writeFileSync(option('keys'), JSON.stringify(['widget', 'floor'].flatMap((who) => results[who].map((r) => ({ who, ds: r.ds.id, rate: r.rate, keys: r.keys, aloneKeys: r.aloneKeys }))), null, 1));
  const size = flag('no-size') ? undefined : { first: scriptSizes(), parts: await partSizes() };
  report(results, size, { load, stale: existsSync(`${root}src`) && newest(`${root}src`) > statSync(dist).mtimeMs });
} catch (error) {
  failed = true;
  console.error(`bench: ${error?.stack ?? error}`);
} finally {
  await browser?.close();
  server?.close();
}
console.log(`\nBench took ${((Date.now() - started) / 1000).toFixed(0)} s${QUICK ? ' (--quick)' : ''}.`);
process.exit(failed ? 1 : 0);

// ---- report ------------------------------------------------------------------------------------

function report({ widget, floor, pagefind }, size, env) {
  const label = (r) => `${r.ds.id === 'shipped' ? `${r.ds.count} shipped` : r.ds.label}, ${r.rate}x`;
  console.log(`<resource-finder> as a visitor gets it: headless Chromium (${CHROME_ARGS.join(' ')}), ${flag('phone') ? '390×844 (phone, touch)' : '1280×900'}, fresh context per page, ` +
    `server gzips text (level 6) and allows caching; data served: ${widget[0]?.ds.form ?? '–'}.`);
  if (env.load > availableParallelism()) console.log(`Note: load average ${env.load.toFixed(1)} on ${availableParallelism()} CPUs: other work competes, times (p95 most) are inflated; ratios are from one run.`);
  if (env.stale) console.log('Note: src/ has files newer than dist/resource-finder.js: this measures the last build.');

  // Keystrokes: cold (round 1), warm (the rest) and all rounds pooled, widget against floor.
  const ks = widget.map((w) => {
    const f = floor.find((x) => x.ds.id === w.ds.id && x.rate === w.rate);
    const pick = (keys, which) => keys.filter((k) => which === 'all' || (which === 'cold') === (k.round === 0)).map((k) => k.ms);
    const stat = (xs) => ({ med: median(xs), p95: p95(xs), n: xs.length });
    const row = { w };
    for (const which of ['cold', 'warm', 'all']) {
      const a = stat(pick(w.keys, which)), b = stat(pick(f.keys, which));
      row[which] = { w: a, f: b, med: a.med / b.med, p95: a.p95 / b.p95 };
    }
    // Each typed alone, after the rounds in turn (so all warm): the rounds as typed, and pooled.
    for (const which of ['first', 'second', 'all']) {
      const by = (keys) => pick(keys.filter((k) => which === 'all' || k.round === (which === 'first' ? 0 : 1)), 'all');
      const a = stat(by(w.aloneKeys)), c = stat(by(f.aloneKeys));
      row.alone ??= {};
      row.alone[which] = { w: a, f: c, med: a.med / c.med, p95: a.p95 / c.p95 };
    }
    const slow = [...w.keys].sort((a, b) => b.ms - a.ms)[0];
    row.slowest = `${JSON.stringify(slow.q)} ${fmt(slow.ms, 0)}${slow.round === 0 ? ' (cold)' : ''}`;
    return row;
  });
  const mp = (s) => `${fmt(s.med)} / ${fmt(s.p95)}`;
  console.log(`\nPer keystroke, ms (median / p95): input event → updateComplete → next frame. ${KEYSTROKES} keystrokes a round: ` +
    `${QUERIES.map((q) => JSON.stringify(q)).join(', ')}, every prefix, typed as keys. Cold = round 1 after load; warm = ${WARM} more ` +
    'round(s); all = both pooled. Widget and floor are typed key by key in turn, so load on the machine falls on both.');
  printTable(['case', 'rounds', 'n', 'widget', 'floor', 'widget ÷ floor (median / p95)', 'slowest widget keystroke'],
    ks.flatMap((r) => ['cold', 'warm', 'all'].map((which, i) => [i ? '' : label(r.w), which, String(r[which].w.n), mp(r[which].w), mp(r[which].f),
      `${fmt(r[which].med, 2)}× / ${fmt(r[which].p95, 2)}×`, i ? '' : r.slowest])));
  console.log(`\nThen each typed alone, the same ${1 + WARM} round(s) again (so all warm): the widget with the floor's page closed, then the floor (opened again and warmed with one untimed round) once the widget's page is closed: no other page open, since a second page under the same CPU throttle, even an idle one, slows the typed page by about half here (the in-turn rows have both open, both throttled). ` +
    'Typed in turn, each page shares the 2 cores with the other\'s work (the widget\'s after each frame: cards drawn later, counts after a pause, raster), which slows the floor most:');
  printTable(['case', 'rounds', 'widget alone', 'floor alone', 'widget ÷ floor, alone (median / p95)', 'p95 in turn ÷ alone: widget, floor'],
    ks.flatMap((r) => ['first', 'second', 'all'].filter((which) => WARM > 0 || which !== 'second').map((which, i) => [i ? '' : label(r.w), which, mp(r.alone[which].w), mp(r.alone[which].f),
      `${fmt(r.alone[which].med, 2)}× / ${fmt(r.alone[which].p95, 2)}×`, which === 'all' ? `${fmt(r.all.w.p95 / r.alone.all.w.p95, 2)}×, ${fmt(r.all.f.p95 / r.alone.all.f.p95, 2)}×` : ''])));
  // Keystrokes that change the cards shown (a new result set on screen) against those that keep them.
  console.log('\nBy what a keystroke changes: the cards shown (each place shows another resource, or the list changes), or not (the same cards; marks and counts may change). ' +
    'Which keystrokes changed the cards is read from the widget\'s last round in turn (warm); ms median / p95, all rounds, in turn and alone:');
  printTable(['case', 'keystrokes', 'of ' + KEYSTROKES, 'widget in turn', 'floor in turn', 'widget alone', 'floor alone', 'widget ÷ floor alone (median / p95)'],
    ks.flatMap((r) => {
      const f = floor.find((x) => x.ds.id === r.w.ds.id && x.rate === r.w.rate);
      const replaced = new Set(r.w.replaced);
      return [true, false].map((changed, i) => {
        const pick = (keys) => keys.filter((k) => replaced.has(k.q) === changed).map((k) => k.ms);
        const a = pick(r.w.aloneKeys), b = pick(f.aloneKeys);
        return [i ? '' : label(r.w), changed ? 'change the cards' : 'keep the cards', String(PREFIXES.filter((x) => replaced.has(x) === changed).length),
          mp({ med: median(pick(r.w.keys)), p95: p95(pick(r.w.keys)) }), mp({ med: median(pick(f.keys)), p95: p95(pick(f.keys)) }),
          mp({ med: median(a), p95: p95(a) }), mp({ med: median(b), p95: p95(b) }), `${fmt(median(a) / median(b), 2)}× / ${fmt(p95(a) / p95(b), 2)}×`];
      });
    }));
  const upd = widget.map((w) => [label(w), `${fmt(median(w.keys.map((k) => k.update)))} / ${fmt(p95(w.keys.map((k) => k.update)))}`,
    `${fmt(median(w.keys.map((k) => k.ms - k.update)))} / ${fmt(p95(w.keys.map((k) => k.ms - k.update)))}`,
    `${fmt(median(w.keys.map((k) => k.all)))} / ${fmt(p95(w.keys.map((k) => k.all)))}`, `${w.keys.filter((k) => k.all > k.ms).length} of ${w.keys.length}`]);
  console.log('\nSplit of the widget\'s keystrokes (all rounds), ms median / p95. While the visitor types, cards out of view are drawn just after the frame (ui/keyed.ts); the last columns time the frame after every card is drawn, and how many keystrokes left some for later:');
  printTable(['case', 'input → updateComplete', 'updateComplete → next frame', 'input → all cards drawn', 'keystrokes with cards drawn later'], upd);

  // Load.
  console.log('\nLoad (fresh context, empty cache; first results = the frame after the first result card appeared; longest task from the longtask observer, load until index ready):');
  printTable(['case', 'first results ms', 'index ready ms', 'longest task ms', 'tasks > 200 ms', 'bytes to first results', 'data file served (uncompressed)', 'heap after GC', 'shadow DOM elements'],
    widget.map((w) => {
      const l = w.loads[0];
      return [label(w), fmt(l.firstResults, 0), fmt(l.readyMs, 0), l.longest ? fmt(l.longest, 0) : '0 (none > 50)',
        String(l.over200), kb(w.bytesFirst), mb(w.ds.bytes), mb(w.heap), String(w.nodes)];
    }));
  console.log(`Index readiness: ${[...new Set(widget.map((w) => w.readyHow))].join('; ')} (scripts/bench/ready.mjs).`);
  const slow = widget.filter((w) => w.slowLoad);
  if (slow.length) {
    console.log(`\nOn a slow network (${SLOW_NETWORK.rtt} ms round trip, ${SLOW_NETWORK.down / 1e6} Mbit/s down: a phone on a poor mobile connection), one visit each, no target:`);
    printTable(['case', 'first results ms', 'index ready ms', 'longest task ms', 'bytes to index ready'],
      slow.map((w) => [label(w), fmt(w.slowLoad.firstResults, 0), fmt(w.slowLoad.readyMs, 0), fmt(w.slowLoad.longest, 0), kb(w.slowLoad.bytes)]));
  }
  const several = widget.filter((w) => w.loads.length > 1);
  if (several.length) {
    console.log('\nThe load targets\' cases, over several visits (the first is the one above), median (min – max):');
    const spread = (xs) => `${fmt(median(xs), 0)} (${fmt(Math.min(...xs), 0)} – ${fmt(Math.max(...xs), 0)})`;
    printTable(['case', 'visits', 'first results ms', 'index ready ms', 'longest task ms', 'visits with a task > 200 ms', 'floor: longest task, same content static'],
      several.map((w) => [label(w), String(w.loads.length), spread(w.loads.map((l) => l.firstResults)), spread(w.loads.map((l) => l.readyMs)),
        spread(w.loads.map((l) => l.longest)), `${w.loads.filter((l) => l.over200).length} of ${w.loads.length}`, w.staticLoads ? spread(w.staticLoads.map((l) => l.longest)) : '–']));
    console.log('Floor: what the widget showed at its first results (its shadow DOM and styles, as a declarative shadow root) loaded as a page with no script, the same visits: ' +
      'the longest task the browser itself takes to parse, style, lay out and paint that content at this throttle on this machine. ' +
      'It does all of it at once; the widget draws it over several tasks (shell, first cards, cards out of view, filters), so its tasks can be shorter than this floor.');
  }
  const handMadeRows = widget.filter((w) => w.handMadeLoads);
  if (handMadeRows.length) {
    console.log('\nThe same 10,000 as a hand-made JSON file (what a site that does not run `resource-finder build` publishes: the loading worker fetches, validates and indexes it), median (min – max), no target:');
    const spread = (xs) => `${fmt(median(xs), 0)} (${fmt(Math.min(...xs), 0)} – ${fmt(Math.max(...xs), 0)})`;
    printTable(['case', 'visits', 'first results ms', 'index ready ms', 'longest task ms', 'visits with a task > 200 ms', 'bytes to index ready'],
      handMadeRows.map((w) => [`${label(w)}, hand-made file`, String(w.handMadeLoads.length), spread(w.handMadeLoads.map((l) => l.firstResults)), spread(w.handMadeLoads.map((l) => l.readyMs)),
        spread(w.handMadeLoads.map((l) => l.longest)), `${w.handMadeLoads.filter((l) => l.over200).length} of ${w.handMadeLoads.length}`, kb(median(w.handMadeLoads.map((l) => l.bytes)))]));
  }

  // Pagefind.
  if (pagefind.length) {
    console.log('\nSide by side with Pagefind\'s default UI over the same resources (one page each). Session = load, first results and the cold round of the typed queries;' +
      ' settled = last visible change after a query\'s last keystroke (quiet 300 ms × rate + 200 ms), median / max over the 5 queries:');
    printTable(['case', 'widget bytes (session)', 'Pagefind bytes (first results / session)', 'widget ÷ Pagefind bytes', 'widget settled ms', 'Pagefind settled ms', 'Pagefind results for last query'],
      pagefind.map((p) => {
        const w = widget.find((x) => x.ds.id === p.ds.id && x.rate === p.rate);
        const ws = w.settles.map((s) => s.ms), ps = p.settles.map((s) => s.ms);
        return [label(p), kb(w.sessionBytes), `${kb(p.bytesFirst)} / ${kb(p.sessionBytes)}`, `${fmt(w.sessionBytes / p.sessionBytes, 1)}×`,
          `${fmt(median(ws), 0)} / ${fmt(Math.max(...ws), 0)}`, `${fmt(median(ps), 0)} / ${fmt(Math.max(...ps), 0)}`, String(p.shown)];
      }));
  }

  // Size.
  if (size?.first) {
    console.log(`\nSize: first script ${size.first.file} ${size.first.raw} B, ${size.first.gzip} B gzip -9 (budget ${FIRST_SCRIPT_BUDGET}).` +
      (size.first.siblings.length ? ` Loaded on demand: ${size.first.siblings.map((s) => `${s.file} ${s.gzip} B`).join(', ')}.` : ' No sibling scripts.'));
    const pt = size.parts;
    console.log(`Per part (estimate: a source-mapped rebuild${pt.sameAsDist ? ', byte-identical to dist' : ''}, ${pt.raw} B, ${pt.total} B gzip; each minified byte given to the module its ` +
      'source-map segment names; "alone" = gzip -9 of the part by itself, "share" = the parts scaled to the whole file\'s gzip):');
    printTable(['part', 'minified B', 'gzip alone B', 'share of file'], pt.parts.map((p) => [p.part, String(p.raw), String(p.gzip), `${(p.share / 1000).toFixed(2)} KB`]));
  }

  // Targets.
  const find = (id, rate) => ks.find((r) => r.w.ds.id === id && r.w.rate === rate);
  const wl = (id, rate) => widget.find((w) => w.ds.id === id && w.rate === rate);
  const pf = (id, rate) => pagefind.find((p) => p.ds.id === id && p.rate === rate);
  const rows = [];
  const add = (name, target, measured, pass) => rows.push([name, target, measured ?? 'not measured', measured === undefined ? '–' : pass ? 'PASS' : 'FAIL']);
  const k73 = find('shipped', 1), k10 = find('gen10000', 4);
  const kRow = (k) => k && `${fmt(k.all.p95, 2)}× (${fmt(k.all.w.p95)} vs ${fmt(k.all.f.p95)} ms; cold ${fmt(k.cold.p95, 2)}×, warm ${fmt(k.warm.p95, 2)}×)`;
  add('Keystroke p95 ÷ floor, shipped, 1x (all rounds)', '≤ 1.3×', kRow(k73), k73 && k73.all.p95 <= 1.3);
  add('Keystroke p95 ÷ floor, 10,000, 4x (all rounds)', '≤ 1.5×', kRow(k10), k10 && k10.all.p95 <= 1.5);
  // The same two ratios with each page typed alone (see the table above; warm rounds only).
  const aRow = (k) => k && `${fmt(k.alone.all.p95, 2)}× (${fmt(k.alone.all.w.p95)} vs ${fmt(k.alone.all.f.p95)} ms)`;
  add('Keystroke p95 ÷ floor, each typed alone (warm), shipped, 1x', '≤ 1.3×', aRow(k73), k73 && k73.alone.all.p95 <= 1.3);
  add('Keystroke p95 ÷ floor, each typed alone (warm), 10,000, 4x', '≤ 1.5×', aRow(k10), k10 && k10.alone.all.p95 <= 1.5);
  // The issue's own reading of the two ratios on a quiet machine; this shared machine is seldom quiet.
  add('Keystroke p95, shipped, 1x (absolute; quiet machine)', '≤ 16 ms', k73 && `${fmt(k73.all.w.p95)} ms`, k73 && k73.all.w.p95 <= 16);
  add('Keystroke p95, 10,000, 4x (absolute; quiet machine)', '≤ 100 ms', k10 && `${fmt(k10.all.w.p95)} ms`, k10 && k10.all.w.p95 <= 100);
  const l10 = wl('gen10000', 4), l4 = wl('real4000', 1);
  // Median over the case's load visits, with the range (see the table above).
  const over = (w, key) => {
    const xs = w.loads.map((l) => l[key]);
    return { m: median(xs), text: `${fmt(median(xs), 0)} ms${xs.length > 1 ? ` (median of ${xs.length}: ${fmt(Math.min(...xs), 0)} – ${fmt(Math.max(...xs), 0)})` : ''}` };
  };
  const fr10 = l10 && over(l10, 'firstResults'), lt10 = l10 && over(l10, 'longest'), fr4 = l4 && over(l4, 'firstResults');
  add('10,000 at 4x: first results', '≤ 2,500 ms', fr10?.text, l10 && fr10.m <= 2500);
  const floor10 = l10?.staticLoads && median(l10.staticLoads.map((l) => l.longest));
  add('10,000 at 4x: longest main-thread task (load → index ready)', '≤ 200 ms', lt10 && `${lt10.text}${floor10 !== undefined ? `; floor (same content, no script) ${fmt(floor10, 0)} ms` : ''}`, l10 && lt10.m <= 200);
  const p10 = pf('gen10000', 4);
  add('10,000 at 4x: bytes, first results + search session', '≤ Pagefind', l10 && p10 && `${kb(l10.sessionBytes)} vs ${kb(p10.sessionBytes)}`, l10 && p10 && l10.sessionBytes <= p10.sessionBytes);
  add('4,000 real-shaped at 1x: first results', '≤ 1,500 ms', fr4?.text, l4 && fr4.m <= 1500);
  add('First script, gzip -9', `≤ ${FIRST_SCRIPT_BUDGET.toLocaleString('en')} B`, size?.first && `${size.first.gzip} B`, size?.first && size.first.gzip <= FIRST_SCRIPT_BUDGET);
  const h10 = wl('gen10000', 1) ?? l10;
  add(`Heap at 10,000 (after GC${h10 ? `, ${h10.rate}x run` : ''})`, '≤ 30 MB', h10 && mb(h10.heap), h10 && h10.heap <= 30e6);
  for (const id of ['real4000', 'gen10000']) {
    const p = pf(id, 4) ?? pf(id, 1);
    const w = p && wl(id, p.rate);
    const wm = w && median(w.settles.map((s) => s.ms)), pm = p && median(p.settles.map((s) => s.ms));
    add(`Lead over Pagefind, last keystroke → settled, ${id === 'real4000' ? '4,000' : '10,000'}${p ? ` at ${p.rate}x` : ''} (median)`, '< Pagefind',
      w && `${fmt(wm, 0)} vs ${fmt(pm, 0)} ms`, w && wm < pm);
  }
  console.log('\nTargets of issue 16 (the bench reports; it does not fail the build):');
  printTable(['target', 'goal', 'measured', 'result'], rows);
}
