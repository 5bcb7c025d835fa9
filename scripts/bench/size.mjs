// Size of the one-file build: the first script's gzip -9 against the budget, and an estimate of each
// part's share. Method (an estimate, printed with the table): build the same one-file bundle again
// with source maps into a temp dir (same vite config and plugins, so the same minified code), give
// every byte of the minified output to the source module its source-map segment points at, group
// modules into parts, then gzip -9 each part's bytes on their own. Gzip of a part alone is larger
// than its share inside the whole file (no shared dictionary), so the table also scales the parts to
// the whole file's gzip size ("share of the file").
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { SourceMap } from 'node:module';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const FIRST_SCRIPT_BUDGET = 24000;
export const gzip9 = (buf) => gzipSync(buf, { level: 9 }).length;

/** Source path → part name (first match wins). */
const PARTS = [
  [/node_modules\/@lit\/localize\//, '@lit/localize'],
  [/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//, 'Lit runtime'],
  [/node_modules\/minisearch\//, 'MiniSearch'],
  [/(src\/core\/(validate|schema-check)\.ts|schema\/.*\.json)$/, 'validator (schema + interpreter + rules)'],
  [/src\/i18n\/generated\/es/, 'Spanish catalogue'],
  [/src\/i18n\//, 'i18n glue (src/i18n)'],
  [/(\.styles\.ts|src\/ui\/styles\/.*)$/, 'styles'],
  [/src\/parts\//, 'on-demand loader (src/parts)'],
  [/src\/core\/(stamp|problem-text)\.ts$/, 'stamped-bundle checks'],
  [/src\/ui\/quick-exit\.ts$/, 'quick exit'],
  [/src\/ui\/(result-card|contact-label|highlight|format)\.ts$/, 'card (src/ui)'],
  [/src\/core\/(resource-view|links)\.ts$/, 'card view (src/core)'],
  [/src\/core\//, 'engine + load (other src/core)'],
  [/src\/ui\//, 'other UI parts (filters, search box, shortlist, status…)'],
  [/src\//, 'element (src/*.ts)'],
];
const GLUE = '(unmapped: bundle glue)';
const partOf = (source) => PARTS.find(([re]) => re.test(source))?.[1] ?? `other: ${source.replace(/^.*node_modules\//, '')}`;

/** The first script and any sibling scripts it may load, with gzip -9 sizes. */
export function scriptSizes() {
  const dist = `${root}dist`;
  const first = `${dist}/resource-finder.js`;
  if (!existsSync(first)) return undefined;
  const siblings = readdirSync(dist).filter((f) => /\.js$/.test(f) && f !== 'resource-finder.js')
    .map((f) => ({ file: f, raw: readFileSync(`${dist}/${f}`).length, gzip: gzip9(readFileSync(`${dist}/${f}`)) }));
  const buf = readFileSync(first);
  return { file: 'dist/resource-finder.js', raw: buf.length, gzip: gzip9(buf), siblings };
}

/** Builds a source-mapped copy and returns { parts: [{ part, raw, gzip, share }], total, same }. */
export async function partSizes(byModule = false) {
  const group = byModule ? (source) => source.replace(/^.*?(node_modules\/|src\/)/, '$1') : partOf;
  const out = mkdtempSync(join(tmpdir(), 'rf-bench-size-'));
  try {
    const { build } = await import('vite');
    await build({ root, configFile: `${root}vite.config.ts`, logLevel: 'error', build: { outDir: out, emptyOutDir: true, sourcemap: true } });
    const code = readFileSync(join(out, 'resource-finder.js'), 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '');
    const map = new SourceMap(JSON.parse(readFileSync(join(out, 'resource-finder.js.map'), 'utf8')));
    const lines = code.split('\n');
    const bytes = new Map(); // part → array of code pieces
    const add = (part, text) => {
      if (!text) return;
      // Unmapped code the map does not name: the inlined JSON Schema and the decorator helper.
      if (part === GLUE && /\$defs:\{/.test(text)) part = 'validator (schema + interpreter + rules)';
      else if (part === GLUE && /Reflect\.decorate/.test(text)) part = 'decorator helper (__decorate)';
      (bytes.get(part) ?? bytes.set(part, []).get(part)).push(text);
    };
    // Walk the mappings in generated order; each segment owns the text up to the next one.
    const segs = [];
    for (const m of map.payload ? decode(map) : []) segs.push(m);
    segs.sort((a, b) => a.line - b.line || a.col - b.col);
    let cursor = { line: 0, col: 0 };
    let owner = GLUE;
    const take = (to) => {
      for (let l = cursor.line; l <= to.line && l < lines.length; l++) {
        const from = l === cursor.line ? cursor.col : 0;
        const end = l === to.line ? to.col : lines[l].length + 1;
        add(owner, lines[l].slice(from, end) + (l === to.line ? '' : '\n'));
      }
      cursor = to;
    };
    for (const s of segs) {
      take({ line: s.line, col: s.col });
      owner = s.source ? group(s.source) : GLUE;
    }
    take({ line: lines.length - 1, col: lines[lines.length - 1].length });
    const distCode = existsSync(`${root}dist/resource-finder.js`) ? readFileSync(`${root}dist/resource-finder.js`, 'utf8') : '';
    const total = gzip9(Buffer.from(code));
    const parts = [...bytes].map(([part, pieces]) => {
      const text = pieces.join('');
      return { part, raw: Buffer.byteLength(text), gzip: gzip9(Buffer.from(text)) };
    });
    const sum = parts.reduce((n, p) => n + p.gzip, 0);
    for (const p of parts) p.share = (total * p.gzip) / sum;
    parts.sort((a, b) => b.gzip - a.gzip);
    return { parts, total, raw: Buffer.byteLength(code), sameAsDist: distCode.replace(/\s+$/, '') === code.replace(/\s+$/, '') };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Every mapping segment of a source map as { line, col, source } (0-based generated positions). */
function decode(map) {
  const { mappings, sources } = map.payload;
  const out = [];
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let src = 0;
  mappings.split(';').forEach((line, li) => {
    let col = 0;
    if (!line) return;
    for (const seg of line.split(',')) {
      const v = [];
      let shift = 0, value = 0;
      for (const ch of seg) {
        const d = B64.indexOf(ch);
        value += (d & 31) << shift;
        if (d & 32) shift += 5;
        else { v.push(value & 1 ? -(value >>> 1) : value >>> 1); value = 0; shift = 0; }
      }
      col += v[0];
      if (v.length > 1) src += v[1];
      out.push({ line: li, col, source: v.length > 1 ? sources[src] : null });
    }
  });
  return out;
}

// `node scripts/bench/size.mjs`: prints the first script against the budget, its siblings and the
// per-part table (CI runs this after the build). `--modules`: one row per source module instead.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const first = scriptSizes();
  if (!first) throw new Error('dist/resource-finder.js is missing: run the build first.');
  console.log(`First script ${first.file}: ${first.gzip} B gzip -9 (budget ${FIRST_SCRIPT_BUDGET}).`);
  for (const s of first.siblings) console.log(`  loaded on demand: dist/${s.file} ${s.gzip} B gzip -9`);
  // What every visit with a bundle downloads before its first results (besides the data): the script
  // and the search part; a bundle `build` did not stamp (such as the shipped one) adds the validator.
  const part = (name) => first.siblings.find((s) => s.file === `resource-finder.${name}.js`)?.gzip ?? 0;
  const visit = first.gzip + part('search');
  console.log(`A visit with a stamped bundle: ${visit} B gzip -9 (script + search part) + the data; unstamped (the shipped list): ${visit + part('validate')} B + the data.`);
  const byModule = process.argv.includes('--modules');
  const { parts, total, sameAsDist } = await partSizes(byModule);
  console.log(`Per ${byModule ? 'module' : 'part'} (estimate from a source-mapped rebuild${sameAsDist ? ', byte-identical to dist' : ', NOT identical to dist'}; ${total} B gzip):`);
  for (const p of parts) console.log(`  ${p.part.padEnd(58)} ${String(p.raw).padStart(6)} B min  ${String(p.gzip).padStart(5)} B gzip alone  ${(p.share / 1000).toFixed(2)} KB share`);
}
