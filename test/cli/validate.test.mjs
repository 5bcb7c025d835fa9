// The built CLI (bin/resource-finder.mjs → dist/cli/) on real files: every error kind in
// test/fixtures/broken/ with its message, location, fix and exit code.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const broken = (name) => `test/fixtures/broken/${name}`;

export function cli(...args) {
  const r = spawnSync(process.execPath, ['bin/resource-finder.mjs', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr, all: r.stdout + r.stderr };
}

before(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root });
});

describe('validate: clean files', () => {
  it('a valid bundle exits 0', () => {
    const r = cli('validate', 'test/fixtures/valid/full.json');
    assert.equal(r.code, 0, r.all);
    assert.match(r.out, /OK: 0 errors, 0 warnings, 2 of 2 resources usable/);
  });

  it('the shipped data/ccci-resources.json passes', { skip: !existsSync(join(root, 'data/ccci-resources.json')) && 'not written yet' }, () => {
    const r = cli('validate', 'data/ccci-resources.json');
    assert.equal(r.code, 0, r.all);
  });

  it('--help and --version', () => {
    assert.match(cli('--help').out, /resource-finder validate FILE/);
    assert.equal(cli('--help').code, 0);
    assert.match(cli('--version').out, /^\d+\.\d+\.\d+/);
  });

  it('wrong command line exits 2', () => {
    assert.equal(cli('frobnicate').code, 2);
    assert.equal(cli('validate').code, 2);
    assert.equal(cli('validate', '--nope', 'x').code, 2);
  });
});

/** [fixture, exit code, ...patterns that must all appear in the output]. */
const CASES = [
  ['bad-enum.json', 1, /resource 1 \(id "national-human-trafficking-hotline"\), field "status": "open" is not allowed\. Fix: Use one of: active, inactive, defunct, temporarily closed\./],
  ['bad-meta.json', 1, /field "meta\.locales": is missing\. Fix: Add "locales"\./, /field "meta\.default_locale": "English" is not in the expected form\. Fix: Use a language code such as "en"/, /2 of 2 resources usable/],
  ['bidi-in-link.json', 1, /resource 2 \(id "example-legal-clinic"\), field "url": .* is not a full, safe link/, /error: .*U\+202E RIGHT-TO-LEFT OVERRIDE at character 25\. Fix: Delete it/],
  ['bom.json', 0, /warning: the file: starts with an invisible byte-order mark \(BOM\)/, /OK: 0 errors, 1 warning/],
  ['confusable.json', 0, /warning: resource 2 \(id "example-legal-clinic"\), field "name\.en": the word "H.using" mixes Latin letters with look-alike Cyrillic or Greek letters \("о" U\+043E\)\. Fix: Retype/],
  ['duplicate-ids.json', 1, /resource 2 \(id "national-human-trafficking-hotline"\), field "id": "national-human-trafficking-hotline" is already used by an earlier resource\. Fix: Give each resource its own id\./, /1 of 2 resources usable/],
  ['empty-string.json', 0, /warning: resource 2 \(id "example-legal-clinic"\), field "address\.city": is empty\. Fix: Fill it in, or remove the field\./],
  ['format-version-2.json', 1, /field "format_version": must be at most 1\. Fix: Set "format_version": 1\./],
  ['javascript-link.json', 1, /resource 2 \(id "example-legal-clinic"\), field "url": "javascript:" links are not allowed\. Fix: Use a full web address starting with https:\/\//],
  ['link-no-scheme.json', 1, /field "url": "www\.example\.org\/legal" has no https:\/\/ at the start\. Fix: Add https:\/\/ at the start: "https:\/\/www\.example\.org\/legal"\./],
  ['malformed.json', 2, /malformed\.json:4:3: not valid JSON at line 4, column 3\. A comma "," is missing before this point\./],
  ['trailing-comma.json', 2, /line 6, column 3\. Remove the comma before this bracket/],
  ['truncated.json', 2, /line 1, column 37\. The file ends too early/],
  ['missing-required.json', 1, /resource 2 \(id "example-legal-clinic"\), field "description": is missing\. Fix: Add "description"\./],
  ['missing-translation.json', 0, /warning: resource 2 \(id "example-legal-clinic"\), field "description": has no "es" text/],
  ['no-resources.json', 1, /field "resources": is missing\. Fix: Put the resources in a list/, /nothing usable/],
  ['numeric-phone.json', 1, /field "phones\[1\]\.number": must be text, not a whole number\. Fix: Write the number with digits/],
  ['short-code-as-call.json', 1, /field "phones\[2\]\.number": "233733" is a text short code\. Fix: Set "type": "text" for this number\./],
  ['undiallable-phone.json', 1, /field "phones\[1\]\.number": "TBD" cannot be dialled\. Fix: Write the whole number with its area code\./],
  ['unknown-facet-value.json', 1, /resource 2 \(id "example-legal-clinic"\), field "categories\[2\]": "legal-aid" is not a value of the "categories" filter\. Fix: Use one of: hotline, legal/],
  ['wrong-shape.json', 1, /the file: is not a bundle\. Fix: The file must be one object/],
  ['wrong-type.json', 1, /field "categories": must be a list \[ \], not text/],
  ['zero-width.json', 0, /warning: resource 2 \(id "example-legal-clinic"\), field "description\.en": contains the invisible character U\+200B ZERO WIDTH SPACE at character 11/],
];

describe('validate: broken fixtures', () => {
  for (const [file, code, ...patterns] of CASES) {
    it(`${file} → exit ${code}`, () => {
      const r = cli('validate', broken(file));
      assert.equal(r.code, code, r.all);
      for (const p of patterns) assert.match(r.all, p);
    });
  }

  it('every fixture in test/fixtures/broken is covered', () => {
    const listed = new Set(CASES.map((c) => c[0]));
    const files = execFileSync('ls', [join(root, 'test/fixtures/broken')], { encoding: 'utf8' }).split('\n').filter((f) => f.endsWith('.json'));
    assert.deepEqual(files.filter((f) => !listed.has(f)), []);
  });

  it('a missing file exits 2 and says so', () => {
    const r = cli('validate', 'test/fixtures/nope.json');
    assert.equal(r.code, 2);
    assert.match(r.err, /cannot read test\/fixtures\/nope\.json: there is no such file/);
  });

  it('several files: every problem at once, worst exit code', () => {
    const r = cli('validate', broken('javascript-link.json'), broken('zero-width.json'), 'test/fixtures/valid/full.json');
    assert.equal(r.code, 1);
    assert.match(r.out, /javascript-link\.json[\s\S]*FAILED[\s\S]*zero-width\.json[\s\S]*OK[\s\S]*full\.json[\s\S]*OK/);
    assert.equal(cli('validate', broken('javascript-link.json'), broken('malformed.json')).code, 2);
  });

  it('--strict turns warnings into exit 1', () => {
    assert.equal(cli('validate', '--strict', broken('zero-width.json')).code, 1);
  });

  it('--json gives stable machine output', () => {
    const r = cli('validate', '--json', broken('link-no-scheme.json'));
    assert.equal(r.code, 1);
    const [report] = JSON.parse(r.out);
    assert.equal(report.ok, false);
    assert.equal(report.usable, 2); // the resource stays, without its broken link
    const [p] = report.problems;
    assert.deepEqual(
      { code: p.code, path: p.path, resourceIndex: p.resourceIndex, resourceId: p.resourceId, where: p.where },
      { code: 'link-no-scheme', path: ['resources', 1, 'url'], resourceIndex: 1, resourceId: 'example-legal-clinic', where: 'resource 2 (id "example-legal-clinic"), field "url"' },
    );
  });
});

describe('build', () => {
  it('writes a minified, normalized bundle and keeps $schema', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rf-')), 'site', 'resources.json');
    const r = cli('build', 'test/fixtures/broken/bom.json', '-o', out);
    assert.equal(r.code, 0, r.all);
    const text = readFileSync(out, 'utf8');
    assert.ok(!text.includes('\n') && text.charCodeAt(0) === 0x7b, 'minified, no BOM');
    const b = JSON.parse(text);
    assert.equal(b.resources.length, 2);
    assert.equal(b.$schema, '../../../schema/resource-bundle.schema.json');
    assert.equal(cli('validate', out).code, 0);
  });

  it('stamps its output (meta.built: tool, version, resource count), and the stamped file still validates', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rf-')), 'resources.json');
    assert.equal(cli('build', 'test/fixtures/broken/bom.json', '-o', out).code, 0);
    const b = JSON.parse(readFileSync(out, 'utf8'));
    const version = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')).version;
    assert.deepEqual(b.meta.built, { by: 'resource-finder', version, count: b.resources.length });
    const v = cli('validate', out);
    assert.equal(v.code, 0, v.all);
    assert.doesNotMatch(v.all, /built/, 'the stamp is a known field: no warning about it');
  });

  it('names the languages its resources use, in each UI language (meta.language_names), keeping a name the file gives', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rf-'));
    const src = JSON.parse(readFileSync(join(root, 'data/ccci-resources.json'), 'utf8'));
    // A code Intl cannot name, named by the file; and a given name that differs from Intl's.
    src.resources[0].languages = [...(src.resources[0].languages ?? []), 'qaa'];
    src.meta.language_names = { en: { qaa: 'Local sign language', vi: 'Vietnamese (Tiếng Việt)' } };
    writeFileSync(join(dir, 'in.json'), JSON.stringify(src));
    const r = cli('build', join(dir, 'in.json'), '-o', join(dir, 'out.json'));
    assert.equal(r.code, 0, r.all);
    const names = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).meta.language_names;
    const codes = [...new Set(src.resources.flatMap((x) => x.languages ?? []))];
    assert.ok(codes.length > 5);
    for (const locale of ['en', 'es']) {
      for (const code of codes.filter((c) => c !== 'qaa')) {
        assert.equal(typeof names[locale][code], 'string', `${locale} ${code}`);
        assert.notEqual(names[locale][code], code, `${locale} ${code} is named`);
      }
    }
    assert.equal(names.es.vi, 'vietnamita');
    assert.equal(names.en.es, 'Spanish');
    assert.equal(names.en.vi, 'Vietnamese (Tiếng Việt)', 'a given name is kept');
    assert.equal(names.en.qaa, 'Local sign language');
    assert.equal('qaa' in names.es, false, 'a code Intl cannot name is left to the page');
    assert.equal(cli('validate', join(dir, 'out.json')).code, 0);
  });

  it('refuses to write when there are errors (exit 1)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rf-')), 'resources.json');
    const r = cli('build', broken('duplicate-ids.json'), '-o', out);
    assert.equal(r.code, 1);
    assert.match(r.err, /Nothing was written/);
    assert.equal(existsSync(out), false);
  });

  it('needs -o', () => {
    assert.equal(cli('build', 'test/fixtures/valid/full.json').code, 2);
  });
});

describe('validate: synonym groups', () => {
  it('checks groups as the search reads them: no words, the same word twice, a word in two groups', () => {
    const doc = JSON.parse(readFileSync(join(root, 'test/fixtures/valid/full.json'), 'utf8'));
    doc.synonyms = {
      en: [['shelter', 'Shelters', 'housing'], ['job', '—'], ['housing', 'home']],
      es: [['refugio', 'albergue'], ['niños', 'NINOS']],
    };
    const file = join(mkdtempSync(join(tmpdir(), 'rf-')), 'syn.json');
    writeFileSync(file, JSON.stringify(doc));
    const r = cli('validate', file);
    assert.equal(r.code, 1, r.all);
    // Paths are shown counting from 1.
    assert.match(r.all, /synonyms\.en\[1\]\[2\].*"Shelters" is the same word as "shelter"/);
    assert.match(r.all, /error: field "synonyms\.en\[2\]\[2\]": "—" has no letters or digits/);
    assert.match(r.all, /synonyms\.en\[3\]\[1\].*"housing" is also in group 1 of "en".*Merge groups 1 and 3/);
    assert.match(r.all, /synonyms\.es\[2\]\[2\].*"NINOS" is the same word as "niños"/);
    assert.match(r.all, /1 error/);
  });

  it('the shipped synonyms have no problems', () => {
    const r = cli('validate', 'data/ccci-resources.json');
    assert.equal(r.code, 0, r.all);
    assert.doesNotMatch(r.all, /synonym/);
  });
});
