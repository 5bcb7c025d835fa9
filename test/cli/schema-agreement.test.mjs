// The schema interpreter (src/core/schema-check.ts, bundled here with esbuild) must agree with
// a real JSON Schema 2020-12 validator (ajv): an error iff ajv reports one, and on the same resources.
// Samples: hand-written valid and invalid bundles, plus seeded random mutations of a valid one.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020').default;
const root = fileURLToPath(new URL('../..', import.meta.url));
const schema = JSON.parse(readFileSync(`${root}schema/resource-bundle.schema.json`, 'utf8'));
const valid = JSON.parse(readFileSync(`${root}test/fixtures/valid/full.json`, 'utf8'));

let checkAgainstSchema;
let ajvValidate;

before(async () => {
  const outfile = join(mkdtempSync(join(tmpdir(), 'rf-schema-')), 'schema-check.mjs');
  await build({ entryPoints: [`${root}src/core/schema-check.ts`], outfile, bundle: true, format: 'esm', platform: 'node', logLevel: 'warning' });
  ({ checkAgainstSchema } = await import(outfile));
  // strict: false lets ajv ignore our annotation keywords (x-fix, x-format) like any validator must.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajvValidate = ajv.compile(schema);
});

const clone = (v) => structuredClone(v);
const resourcesIn = (paths) => [...new Set(paths.filter((p) => p[0] === 'resources' && typeof p[1] === 'number').map((p) => p[1]))].sort();

function compare(sample, label) {
  const ok = ajvValidate(sample);
  const problems = checkAgainstSchema(sample, schema);
  assert.equal(problems.length === 0, ok, `${label}: ajv says ${ok ? 'valid' : 'invalid: ' + JSON.stringify(ajvValidate.errors?.slice(0, 3))}, interpreter found ${JSON.stringify(problems.slice(0, 3))}`);
  if (!ok) {
    // Same resources flagged (ajv paths are JSON pointers).
    const ajvPaths = ajvValidate.errors.map((e) => e.instancePath.split('/').slice(1).map((k) => (/^\d+$/.test(k) ? Number(k) : k)));
    assert.deepEqual(resourcesIn(problems.map((p) => p.path)), resourcesIn(ajvPaths), `${label}: different resources flagged`);
  }
  return ok;
}

/** Hand-written cases: [label, mutate(bundle)]. */
const CASES = [
  ['valid as is', () => {}],
  ['minimal valid', (b) => { delete b.facets; delete b.synonyms; b.resources = [{ id: 'a', name: 'A', description: 'D' }]; }],
  ['no resources', (b) => { b.resources = []; }],
  ['unknown properties are allowed', (b) => { b.extra = 1; b.resources[0].later_field = { x: 1 }; }],
  ['format_version 2', (b) => { b.format_version = 2; }],
  ['format_version 1.5', (b) => { b.format_version = 1.5; }],
  ['format_version "1"', (b) => { b.format_version = '1'; }],
  ['meta missing', (b) => { delete b.meta; }],
  ['meta.locales empty', (b) => { b.meta.locales = []; }],
  ['meta.locales repeated', (b) => { b.meta.locales = ['en', 'en']; }],
  ['meta.updated bad date', (b) => { b.meta.updated = '2026-13-01'; }],
  ['meta.title empty map', (b) => { b.meta.title = {}; }],
  ['meta.title bad locale key', (b) => { b.meta.title = { en_US: 'x' }; }],
  ['meta.title number', (b) => { b.meta.title = 5; }],
  ['translations status bad', (b) => { b.meta.translations.es.status = 'great'; }],
  ['translations missing status', (b) => { b.meta.translations.es = {}; }],
  ['resource missing name', (b) => { delete b.resources[1].name; }],
  ['resource name blank', (b) => { b.resources[0].name = '   '; }],
  ['resource name empty', (b) => { b.resources[0].name = ''; }],
  ['resource name map with empty', (b) => { b.resources[0].name.es = ''; }],
  ['resource id upper case', (b) => { b.resources[1].id = 'Legal'; }],
  ['resource id too long', (b) => { b.resources[1].id = 'a'.repeat(101); }],
  ['resource not an object', (b) => { b.resources[1] = 'x'; }],
  ['resource null', (b) => { b.resources[0] = null; }],
  ['categories a string', (b) => { b.resources[0].categories = 'hotline'; }],
  ['categories repeated', (b) => { b.resources[0].categories = ['hotline', 'hotline']; }],
  ['channels unknown', (b) => { b.resources[0].channels = ['pigeon']; }],
  ['phone number a number', (b) => { b.resources[0].phones[0].number = 5550100; }],
  ['phone number too long', (b) => { b.resources[0].phones[0].number = '1'.repeat(41); }],
  ['phone number with <', (b) => { b.resources[0].phones[0].number = '555<script>'; }],
  ['phone type unknown', (b) => { b.resources[0].phones[0].type = 'carrier-pigeon'; }],
  ['phone extension letters', (b) => { b.resources[0].phones[0].extension = 'x12'; }],
  ['email invalid', (b) => { b.resources[1].email = 'help at example.org'; }],
  ['url too long', (b) => { b.resources[1].url = 'https://example.org/' + 'a'.repeat(2100); }],
  ['url empty', (b) => { b.resources[1].url = ''; }],
  ['javascript url (schema-valid: a semantic check catches it)', (b) => { b.resources[1].url = 'javascript:alert(1)'; }],
  ['link_check status bad', (b) => { b.resources[0].link_check.status = 'ok'; }],
  ['address missing address_1', (b) => { b.resources[1].address = { city: 'X' }; }],
  ['address confidential string', (b) => { b.resources[1].address.confidential = 'yes'; }],
  ['pinned string', (b) => { b.resources[0].pinned = 'true'; }],
  ['keywords number', (b) => { b.resources[0].keywords = 3; }],
  ['keywords map with bad locale', (b) => { b.resources[0].keywords = { 'english!': ['a'] }; }],
  ['keywords empty word', (b) => { b.resources[1].keywords = ['']; }],
  ['schedules missing description', (b) => { b.resources[1].schedules = [{}]; }],
  ['languages upper case', (b) => { b.resources[0].languages = ['EN']; }],
  ['status bad', (b) => { b.resources[0].status = 'open'; }],
  ['facet missing label', (b) => { delete b.facets[0].label; }],
  ['facet field bad', (b) => { b.facets[0].field = 'colour'; }],
  ['facet values item missing id', (b) => { delete b.facets[0].values[0].id; }],
  ['facets not a list', (b) => { b.facets = {}; }],
  ['synonyms group of one', (b) => { b.synonyms.en = [['shelter']]; }],
  ['synonyms bad locale', (b) => { b.synonyms['en us'] = [['a', 'b']]; }],
  ['synonyms not groups', (b) => { b.synonyms.en = ['shelter', 'housing']; }],
  ['$schema number', (b) => { b.$schema = 1; }],
  ['__proto__ key in a resource', (b) => { Object.defineProperty(b.resources[0], '__proto__', { value: { polluted: true }, enumerable: true, configurable: true, writable: true }); }],
  ['two resources broken', (b) => { delete b.resources[0].description; b.resources[1].url = 5; }],
  ['top-level array', () => [1, 2]],
  ['top-level null', () => null],
  ['top-level string', () => 'resources'],
  ['resources an object', (b) => { b.resources = {}; }],
  // Local fields (locations, hours, places, timezone, tree facets).
  ['locations valid', (b) => { b.resources[0].locations = [{ location_type: 'physical', latitude: 25.6, longitude: -80.3, address: { address_1: '1 Main St' }, schedules: [{ description: 'x', freq: 'WEEKLY', byday: 'MO,TU', opens_at: '09:00', closes_at: '17:00' }] }]; }],
  ['location latitude 100', (b) => { b.resources[0].locations = [{ location_type: 'physical', latitude: 100, longitude: 1 }]; }],
  ['location longitude string', (b) => { b.resources[0].locations = [{ location_type: 'physical', latitude: 1, longitude: '1' }]; }],
  ['location type unknown', (b) => { b.resources[0].locations = [{ location_type: 'mobile' }]; }],
  ['location type missing', (b) => { b.resources[0].locations = [{ name: 'x' }]; }],
  ['location confidential string', (b) => { b.resources[0].locations = [{ location_type: 'physical', confidential: 'yes' }]; }],
  ['schedule freq DAILY', (b) => { b.resources[0].schedules = [{ description: 'x', freq: 'DAILY' }]; }],
  ['schedule byday monthly valid', (b) => { b.resources[0].schedules = [{ description: 'x', freq: 'MONTHLY', byday: '2MO,-1FR', bymonthday: '1,-1' }]; }],
  ['schedule byday words', (b) => { b.resources[0].schedules = [{ description: 'x', byday: 'Monday' }]; }],
  ['schedule opens_at seconds', (b) => { b.resources[0].schedules = [{ description: 'x', opens_at: '09:00:00' }]; }],
  ['schedule closes_at 24:00', (b) => { b.resources[0].schedules = [{ description: 'x', closes_at: '24:00' }]; }],
  ['schedule interval 0', (b) => { b.resources[0].schedules = [{ description: 'x', interval: 0 }]; }],
  ['schedule valid_to month only', (b) => { b.resources[0].schedules = [{ description: 'x', valid_to: '2026-12' }]; }],
  ['schedule without description', (b) => { b.resources[0].schedules = [{ freq: 'WEEKLY' }]; }],
  ['meta.timezone number', (b) => { b.meta.timezone = -5; }],
  ['places valid', (b) => { b.places = { source: 's', zip: { '33157': [25.6, -80.3] }, zip3: { '331': [25.7, -80.3] } }; }],
  ['places zip key 4 digits', (b) => { b.places = { zip: { '3315': [25.6, -80.3] } }; }],
  ['places point one number', (b) => { b.places = { zip: { '33157': [25.6] } }; }],
  ['places point text', (b) => { b.places = { zip3: { '331': ['25', '-80'] } }; }],
  ['facet hierarchical string', (b) => { b.facets[0].hierarchical = 'yes'; }],
  ['facet value parent empty', (b) => { b.facets[0].values[0].parent = ''; }],
];

describe('schema interpreter agrees with ajv 2020', () => {
  for (const [label, mutate] of CASES) {
    it(label, () => {
      const b = clone(valid);
      const replaced = mutate(b);
      compare(replaced === undefined ? b : replaced, label);
    });
  }

  it('agrees on 400 seeded random mutations of a valid bundle', () => {
    let seed = 20261128;
    const rand = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const VALUES = ['', ' ', 'x', 'X Y', 'en', 'es-MX', 'https://example.org', 'www.example.org', '2026-11-28', '2026-1-1', 0, 1, 2, -1, 1.5, true, false, null, [], ['x'], ['x', 'x'], {}, { en: 'x' }, { en: '' }, { 'e n': 'x' }, 'a'.repeat(300), '1-888-373-7888', 'voice', 'pager', 'active', 'verified'];
    let invalid = 0;
    for (let n = 0; n < 400; n++) {
      const b = clone(valid);
      // Walk to a random node and replace, delete or add something there.
      let node = b;
      const path = [];
      for (let depth = 0; depth < 5; depth++) {
        const keys = node && typeof node === 'object' ? Object.keys(node) : [];
        if (!keys.length || (depth > 0 && rand(4) === 0)) break;
        const k = keys[rand(keys.length)];
        const key = Array.isArray(node) ? Number(k) : k;
        if (!node[key] || typeof node[key] !== 'object') {
          path.push(key);
          break;
        }
        path.push(key);
        node = node[key];
      }
      const parentPath = path.slice(0, -1);
      let parent = b;
      for (const k of parentPath) parent = parent[k];
      const last = path[path.length - 1];
      const op = rand(3);
      if (last === undefined) continue;
      if (op === 0 && !Array.isArray(parent)) delete parent[last];
      else if (op === 1 && parent[last] && typeof parent[last] === 'object' && !Array.isArray(parent[last])) parent[last]['x' + rand(3)] = VALUES[rand(VALUES.length)];
      else parent[last] = clone(VALUES[rand(VALUES.length)]);
      if (!compare(b, `mutation ${n} at ${path.join('/')}`)) invalid++;
    }
    assert.ok(invalid > 100, `only ${invalid} of the mutations were invalid: the test is too weak`);
  });

  it('the shipped data files agree too', () => {
    for (const file of ['data/ccci-resources.json']) {
      let doc;
      try {
        doc = JSON.parse(readFileSync(`${root}${file}`, 'utf8').replace(/^\uFEFF/, ''));
      } catch {
        continue; // not there yet: the CLI test reports it
      }
      compare(doc, file);
    }
  });
});
