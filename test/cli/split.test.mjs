// `resource-finder build`'s split form (src/cli/split.ts, layout in src/core/split-format.ts), on real
// files: the shipped directory with --split, a generated one above the size where splitting is the
// default, and what build refuses. The page's side is tested in test/e2e/split.test.mjs.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { makeBundle } from '../../scripts/bench/gen.mjs';

const root = resolve(import.meta.dirname, '../..');
const cli = (...args) => {
  const r = spawnSync(process.execPath, ['bin/resource-finder.mjs', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: r.status, all: r.stdout + r.stderr };
};
const read = (...p) => JSON.parse(readFileSync(join(...p), 'utf8'));
let dir;
before(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root });
  dir = mkdtempSync(join(tmpdir(), 'rf-split-cli-'));
});

/** Every file under `d`, relative. */
const files = (d, base = d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(d, e.name), base) : [join(d, e.name).slice(base.length + 1)]));

test('--split on the shipped directory: the head and the folder hold exactly the one-file build', () => {
  const whole = join(dir, 'whole.json');
  const head = join(dir, 'ccci.json');
  assert.equal(cli('build', 'data/ccci-resources.json', '-o', whole).code, 0);
  const r = cli('build', 'data/ccci-resources.json', '-o', head, '--split');
  assert.equal(r.code, 0, r.all);
  assert.match(r.all, /Wrote .*ccci\.json .* files in .*ccci\.files .*split form of 73 resources/);
  const w = read(whole), h = read(head);
  const n = w.resources.length;
  // The head: the bundle's own fields, the stamp, the pinned resources and the first listed ones.
  assert.deepEqual(h.facets, w.facets);
  assert.deepEqual(h.meta.title, w.meta.title);
  assert.equal(h.split.count, n);
  assert.equal(h.meta.built.count, h.resources.length);
  assert.deepEqual(h.resources, h.split.at.map((i) => w.resources[i]));
  for (const [i, res] of w.resources.entries()) if (res.pinned) assert.ok(h.split.at.includes(i), `pinned resource ${i} is in the head`);
  // One file per resource, equal to the one-file build's resource.
  for (let i = 0; i < n; i++) assert.deepEqual(read(dir, 'ccci.files/r', `${i}.json`), w.resources[i]);
  for (const loc of w.meta.locales) {
    const lh = read(dir, 'ccci.files', `${loc}.json`);
    // Every indexed word is in exactly one term file, under its first two letters.
    const inFiles = readdirSync(join(dir, 'ccci.files', loc, 't')).flatMap((f) => read(dir, 'ccci.files', loc, 't', f).map((e) => e[0]));
    assert.deepEqual([...inFiles].sort(), lh.terms);
    assert.equal(new Set(inFiles).size, inFiles.length);
    // Field lengths for every resource, and postings that point at real resources.
    assert.equal(lh.lengths.length % n, 0);
    const some = read(dir, 'ccci.files', loc, 't', readdirSync(join(dir, 'ccci.files', loc, 't'))[0]);
    for (const [, ...d] of some) for (let k = 0; k < d.length;) { const c = d[k + 1]; let id = 0; for (let j = 0; j < c; j++) { id += d[k + 2 + j]; assert.ok(id < n); } k += 2 + 2 * c; }
    // Name order: a permutation of the resources.
    assert.deepEqual([...read(dir, 'ccci.files/o', `name-${loc}.json`)].sort((a, b) => a - b), [...Array(n).keys()]);
  }
});

test('a rebuild replaces the folder; a folder build did not write is left alone', () => {
  const head = join(dir, 'again.json');
  assert.equal(cli('build', 'data/ccci-resources.json', '-o', head, '--split').code, 0);
  writeFileSync(join(dir, 'again.files/r/stale.json'), '{}');
  assert.equal(cli('build', 'data/ccci-resources.json', '-o', head, '--split').code, 0);
  assert.ok(!existsSync(join(dir, 'again.files/r/stale.json')), 'the old folder was replaced');
  mkdirSync(join(dir, 'mine.files'));
  writeFileSync(join(dir, 'mine.files/notes.txt'), 'my own files');
  const r = cli('build', 'data/ccci-resources.json', '-o', join(dir, 'mine.json'), '--split');
  assert.equal(r.code, 2);
  assert.match(r.all, /mine\.files exists and was not written by resource-finder build/);
  assert.equal(readFileSync(join(dir, 'mine.files/notes.txt'), 'utf8'), 'my own files');
  // A one-file build over a split one says the folder is stale.
  assert.match(cli('build', 'data/ccci-resources.json', '-o', head).all, /again\.files is from an earlier split build/);
});

test('split is the default from 3,000 resources; --no-split writes one file', () => {
  writeFileSync(join(dir, 'big.json'), JSON.stringify(makeBundle(3000, 5)));
  let r = cli('build', join(dir, 'big.json'), '-o', join(dir, 'out/big.json'));
  assert.equal(r.code, 0, r.all);
  assert.equal(read(dir, 'out/big.json').split.count, 3000);
  assert.equal(files(join(dir, 'out/big.files/r')).length, 3000);
  r = cli('build', join(dir, 'big.json'), '-o', join(dir, 'one/big.json'), '--no-split');
  assert.equal(r.code, 0, r.all);
  const one = read(dir, 'one/big.json');
  assert.equal(one.split, undefined);
  assert.equal(one.resources.length, 3000);
  assert.ok(!existsSync(join(dir, 'one/big.files')));
});

test('--split refuses a directory with sites or hours (near and open-now need every resource), writing nothing', () => {
  const b = makeBundle(40, 3);
  b.resources[0].locations = [{ name: 'Main office', location_type: 'physical', latitude: 38.9, longitude: -77.0 }];
  writeFileSync(join(dir, 'local.json'), JSON.stringify(b));
  const r = cli('build', join(dir, 'local.json'), '-o', join(dir, 'local-out.json'), '--split');
  assert.equal(r.code, 1);
  assert.match(r.all, /cannot be split: it has sites or structured hours/);
  assert.ok(!existsSync(join(dir, 'local-out.json')) && !existsSync(join(dir, 'local-out.files')));
});
