// A 4,000-service HSDS 3.0 file with the quirks of a real 211 export (scripts/gen-hsds-fixture.mjs,
// written to a temporary folder at test time) imports with exit 0 and a grouped report of at most
// 50 lines; the result validates; drops cost only what is bad. Prints the import time.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '../../scripts/gen-hsds-fixture.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = (...args) => {
  const r = spawnSync(process.execPath, ['bin/resource-finder.mjs', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr, all: r.stdout + r.stderr };
};
let dir;
let input;
let fixture;

before(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root });
  dir = mkdtempSync(join(tmpdir(), 'rf-scale-'));
  fixture = generate(4000);
  input = join(dir, 'hsds-4000.json');
  writeFileSync(input, JSON.stringify(fixture));
});

describe('import --from hsds, 4,000 services with real-export quirks', () => {
  let bundle;
  let report;

  it('exits 0 with a grouped report of at most 50 lines', () => {
    const out = join(dir, 'out.json');
    const started = performance.now();
    const r = cli('import', '--from', 'hsds', input, '--timezone', 'America/New_York', '-o', out);
    const seconds = (performance.now() - started) / 1000;
    assert.equal(r.code, 0, r.all.slice(0, 3000));
    report = r.err.trimEnd().split('\n');
    assert.ok(report.length <= 50, `${report.length} lines:\n${r.err}`);
    console.log(`# import of 4,000 services: ${seconds.toFixed(2)} s wall clock (including Node start); last line: ${report.at(-1)}`);
    bundle = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(cli('validate', out).code, 0);
  });

  it('writes every service; the junk number costs only that phone; extensions are split out', () => {
    assert.equal(bundle.resources.length, 4000);
    assert.match(report.join('\n'), /error pattern \(dropped 1 phone\)/);
    assert.match(report.join('\n'), /resource 1235 \(id "svc-1235"\), field "phones\[1\]\.number": "000-000-\*347"/);
    const junk = bundle.resources.find((r) => r.id === 'svc-1235');
    assert.deepEqual(junk.phones ?? [], []);
    assert.ok(junk.locations.length > 0, 'the rest of the service is kept');
    const withExt = bundle.resources.filter((r) => r.phones?.some((p) => p.extension));
    assert.equal(withExt.length, 12);
    const source = fixture.contents.find((s) => / x\d+$/.test(s.phones[0].number));
    const imported = bundle.resources.find((r) => r.id === source.id).phones[0];
    assert.deepEqual([imported.number, imported.extension], source.phones[0].number.split(' x'));
  });

  it('groups the http:// warnings instead of printing each of them', () => {
    const http = report.filter((l) => /link-http/.test(l));
    assert.equal(http.length, 1);
    assert.match(http[0], /warning link-http \(8,000 warnings\)\. Fix, e\.g\.: Use "https:\/\//);
    for (const code of ['marker-junk', 'literal-escape', 'mojibake', 'all-caps']) assert.ok(report.some((l) => l.includes(`warning ${code} (`)), code);
    assert.ok(report.some((l) => /It probably reads "CASA’s"/.test(l)));
  });

  it('keeps locations, coordinates and compiled hours; confidential sites ship neither address nor point', () => {
    const locs = bundle.resources.flatMap((r) => r.locations ?? []);
    const srcSites = fixture.contents.flatMap((s) => s.service_at_locations);
    assert.equal(locs.length, srcSites.length);
    const confidential = locs.filter((l) => l.confidential);
    assert.ok(confidential.length > 0);
    for (const l of confidential) assert.deepEqual(Object.keys(l).filter((k) => ['address', 'latitude', 'longitude'].includes(k)), []);
    assert.ok(!JSON.stringify(bundle).includes('"Confidential"'), 'the "Confidential" address line is not shipped either');
    const bad = srcSites.filter((s) => s.location.latitude === 100).map((s) => s.id);
    assert.ok(bad.length > 0);
    for (const l of locs.filter((x) => bad.includes(x.id))) assert.equal(l.latitude, undefined);
    const first = bundle.resources[0];
    assert.deepEqual(
      { freq: first.schedules[0].freq, byday: first.schedules[0].byday, opens_at: first.schedules[0].opens_at },
      { freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: fixture.contents[0].schedules[0].opens_at.slice(0, 5) },
    );
    assert.equal(bundle.meta.timezone, 'America/New_York');
    assert.ok(bundle.resources.some((r) => r.schedules?.some((s) => s.freq === 'MONTHLY' && s.byday === '2TU')));
  });

  it('the category facet is a tree from the AIRS codes and parent_id links', () => {
    const categories = bundle.facets.find((f) => f.id === 'categories');
    assert.equal(categories.hierarchical, true);
    const ids = new Set(categories.values.map((v) => v.id));
    for (const v of categories.values) if (v.parent !== undefined) assert.ok(ids.has(v.parent), `${v.id} → ${v.parent}`);
    const roots = categories.values.filter((v) => v.parent === undefined);
    assert.ok(roots.length <= 20, `${roots.length} top-level values`);
    // A parent_id link in the data wins over the code prefix.
    const linked = fixture.contents.flatMap((s) => s.attributes.map((a) => a.taxonomy_term)).find((t) => t.parent_id);
    const parentName = fixture.contents.flatMap((s) => s.attributes.map((a) => a.taxonomy_term)).find((t) => t.id === linked.parent_id)?.name;
    if (parentName) assert.equal(categories.values.find((v) => v.id === linked.name).parent, parentName);
  });
});
