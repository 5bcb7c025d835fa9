// `import --from csv|hsds` with the built CLI on real files, then `validate` on the result.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = (...args) => {
  const r = spawnSync(process.execPath, ['bin/resource-finder.mjs', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr, all: r.stdout + r.stderr };
};
let dir;

before(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root });
  dir = mkdtempSync(join(tmpdir(), 'rf-import-'));
});

function importThenValidate(from, file) {
  const out = join(dir, `${from}-${file.split('/').pop()}.json`);
  const r = cli('import', '--from', from, file, '-o', out);
  assert.equal(r.code, 0, r.all);
  const v = cli('validate', out);
  assert.equal(v.code, 0, v.all);
  return JSON.parse(readFileSync(out, 'utf8'));
}

describe('import --from csv', () => {
  it('the template data/resources-template.csv imports and validates', () => {
    const b = importThenValidate('csv', 'data/resources-template.csv');
    assert.deepEqual(b.meta.locales, ['en', 'es']);
    const [hotline, example] = b.resources;
    assert.equal(hotline.id, 'national-human-trafficking-hotline');
    assert.deepEqual(hotline.phones, [
      { number: '1-888-373-7888', type: 'voice' },
      { number: '233733', type: 'text' },
    ]);
    assert.equal(hotline.pinned, true);
    assert.deepEqual(hotline.languages, ['en', 'es']);
    assert.equal(example.url, 'https://www.example.org/legal-help');
    assert.equal(example.pinned, undefined);
  });

  it('BOM, CRLF, quoted commas, doubled quotes and line breaks inside quotes', () => {
    const b = importThenValidate('csv', 'test/fixtures/csv/quoted-linebreaks-bom.csv');
    const [first, second] = b.resources;
    assert.equal(first.id, 'quoted-breaks', 'the BOM is not part of the first column name');
    assert.deepEqual(first.name, { en: 'Shelter, "Safe Place"', es: 'Refugio "Lugar Seguro"' });
    assert.equal(first.description.en, 'Line one of the description.\nLine two, with a comma.\n\nLine four after a blank line.');
    assert.deepEqual(first.categories, ['housing', 'safety']);
    assert.deepEqual(second.phones, [{ number: '555-010-9999', type: 'voice', extension: '12' }]);
  });

  it('errors are located by spreadsheet row and column; each costs only its part; --strict writes nothing', () => {
    const strictOut = join(dir, 'broken-strict.json');
    const strict = cli('import', '--strict', '--from', 'csv', 'test/fixtures/csv/broken-rows.csv', '-o', strictOut);
    assert.equal(strict.code, 1);
    assert.equal(existsSync(strictOut), false);
    assert.match(strict.err, /Nothing was written: --strict refuses any problem/);
    const out = join(dir, 'broken.json');
    const r = cli('import', '--from', 'csv', 'test/fixtures/csv/broken-rows.csv', '-o', out);
    assert.equal(r.code, 0, r.all);
    const written = JSON.parse(readFileSync(out, 'utf8'));
    // 6 rows: the second "good-row" is dropped; the bad link and the bad phone cost only themselves.
    assert.deepEqual(written.resources.map((x) => x.id), ['good-row', 'bad-url', 'bad-pinned', 'no-id-row', 'bad-phone']);
    assert.equal(written.resources.find((x) => x.id === 'bad-url').url, undefined);
    assert.deepEqual(written.resources.find((x) => x.id === 'bad-phone').phones ?? [], []);
    assert.match(r.err, /Wrote .*\(5 of 6 resources written; dropped 1 cell, 1 link, 1 phone, 1 resource; 4 errors, 2 warnings/);
    assert.equal(cli('validate', out).code, 0);
    assert.match(r.err, /error: row 3 \(id "bad-url"\), column "url": "www\.example\.org\/legal" has no https:\/\/ at the start\. Fix: Add https:\/\//);
    assert.match(r.err, /error: row 4, column "pinned": "maybe" is not yes or no\./);
    assert.match(r.err, /error: row 6 \(id "bad-phone"\), column "phone": "TBD" cannot be dialled\./);
    assert.match(r.err, /error: row 7 \(id "good-row"\), column "id": "good-row" is already used/);
    assert.match(r.err, /warning: row 1, column "phnoe": is not a known column.*Did you mean "phone"\?/);
    assert.match(r.err, /warning: row 5, column "id": was empty, so the id "no-id-row" was made from the name/);
  });

  it('a missing required column is an error', () => {
    const r = cli('import', '--from', 'csv', 'test/fixtures/csv/missing-name-column.csv', '-o', join(dir, 'x.json'));
    assert.equal(r.code, 1);
    assert.match(r.err, /row 1, column "name": is missing\. Fix: Add a column named "name"/);
  });

  it('an unclosed quote makes the file unreadable (exit 2)', () => {
    const r = cli('import', '--from', 'csv', 'test/fixtures/csv/unclosed-quote.csv');
    assert.equal(r.code, 2);
    assert.match(r.err, /not a readable CSV file \(near line 2\).*quote/);
  });

  it('without -o the bundle goes to stdout and messages to stderr', () => {
    const r = cli('import', '--from', 'csv', 'data/resources-template.csv');
    assert.equal(r.code, 0, r.all);
    assert.equal(JSON.parse(r.out).resources.length, 2);
  });
});

describe('import --from hsds (Open Referral examples, test/fixtures/hsds)', () => {
  it('a single service (service_full.json)', () => {
    const b = importThenValidate('hsds', 'test/fixtures/hsds/service_full.json');
    const [r] = b.resources;
    assert.equal(r.name, 'Community Counselling');
    assert.equal(r.description.endsWith(' '), false, 'text is trimmed');
    // The example wraps the number in quotes and gives the extension as a number: both are tolerated.
    assert.deepEqual(r.phones[0].number, '+44 1234 234567');
    assert.equal(r.phones[0].extension, '100');
    assert.deepEqual(r.languages, ['ur']);
    assert.deepEqual(r.categories, ['name']);
    assert.deepEqual(r.channels, ['call', 'email', 'web', 'in-person']);
    assert.equal(r.address.address_1, '1-30 Main Street');
    assert.equal(r.organization.name, 'Example Organization Inc.');
    assert.equal(r.schedules[0].description.startsWith('The service is available'), true);
    assert.ok(b.facets.some((f) => f.id === 'categories' && f.values.some((v) => v.id === 'name')));
  });

  it('an organization with services (organization_full.json)', () => {
    const b = importThenValidate('hsds', 'test/fixtures/hsds/organization_full.json');
    assert.equal(b.resources.length, 1);
    assert.equal(b.resources[0].organization.name, 'Example Organization Inc.');
    assert.equal(b.meta.title, 'Example Organization Inc.');
  });

  it('a paginated list (service_list.json)', () => {
    const b = importThenValidate('hsds', 'test/fixtures/hsds/service_list.json');
    assert.equal(b.resources.length, 1);
    assert.equal(b.resources[0].email, 'email@example.com');
  });

  it('a service_at_location record', () => {
    const b = importThenValidate('hsds', 'test/fixtures/hsds/service_at_location_full.json');
    assert.equal(b.resources[0].address.city, 'MyCity');
  });

  it('a list of taxonomy terms is refused with a clear message (exit 1)', () => {
    const r = cli('import', '--from', 'hsds', 'test/fixtures/hsds/taxonomy_term_list.json');
    assert.equal(r.code, 1);
    assert.match(r.err, /it is a list of taxonomy terms, not services/);
  });

  it('messy real-world data: no scheme, upper-case ids, missing description, language names', () => {
    const b = importThenValidate('hsds', 'test/fixtures/hsds/messy-list.json');
    const [a, c] = b.resources;
    assert.equal(a.id, 'abc-123');
    assert.equal(a.url, 'https://www.example.org/help');
    assert.deepEqual(a.languages, ['es', 'en']);
    assert.deepEqual(a.phones.map((p) => p.type), ['text', 'textphone']);
    assert.deepEqual(a.channels, ['text', 'tty', 'web']);
    assert.equal(c.id, 'second-service');
    assert.equal(c.description, 'Second service');
  });
});
