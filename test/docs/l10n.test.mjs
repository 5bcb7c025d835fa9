// Every UI message id used in src/ has a Spanish translation in xliff/es.xlf (the translators'
// source of truth), and the ids README tells hosts about exist.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const walk = (dir) => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));

const sourceIds = new Set(
  walk(join(root, 'src'))
    .filter((f) => f.endsWith('.ts') && !f.includes('/generated/') && !f.includes('/cli/'))
    .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\{\s*id:\s*'([a-zA-Z0-9.]+)'/g)].map((m) => m[1])),
);
const xliff = readFileSync(join(root, 'xliff/es.xlf'), 'utf8');
const units = new Map([...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map((m) => [m[1], m[2]]));

test('every message in src has a translator note and a Spanish target', () => {
  assert.ok(sourceIds.size > 50, `found only ${sourceIds.size} message ids`);
  const missing = [...sourceIds].filter((id) => !units.has(id));
  assert.deepEqual(missing, [], 'ids not extracted into xliff/es.xlf: run npm run localize:extract');
  const untranslated = [...units].filter(([, body]) => !/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(body)).map(([id]) => id);
  assert.deepEqual(untranslated, []);
  const noNote = [...units].filter(([, body]) => !body.includes('<note')).map(([id]) => id);
  assert.deepEqual(noNote, [], 'every msg() needs a desc for translators');
});

test('the placeholders of each Spanish target match its source', () => {
  for (const [id, body] of units) {
    const count = (part) => (body.match(new RegExp(`<${part}>([\\s\\S]*?)</${part}>`))?.[1].match(/<x id=/g) ?? []).length;
    assert.equal(count('target'), count('source'), `placeholders differ in ${id}`);
  }
});

test('the quick-exit text is the agreed Spanish', () => {
  assert.match(units.get('exit.button'), /<target>Salir de esta página<\/target>/);
});

test('every msg() has an explicit id (the one-file build carries no content-hash id generator)', () => {
  // lit-localize names a message without `id` by a hash of its text ("s" or "h" + 16 hex digits);
  // vite.config.ts replaces that hash function in the one-file build, so such a message would show in English only.
  const hashed = [...units.keys()].filter((id) => /^[sh][0-9a-f]{16}$/.test(id));
  assert.deepEqual(hashed, [], 'give these messages an id: msg(..., { id, desc })');
});

test('one text per message id (lit-localize extract refuses an id used for two texts)', () => {
  // msg('text', { id: 'x', … }): the same id with another text or note would make `npm run localize:extract` fail.
  const seen = new Map();
  const clashes = [];
  for (const f of walk(join(root, 'src')).filter((f) => f.endsWith('.ts') && !f.includes('/generated/') && !f.includes('/cli/'))) {
    for (const m of readFileSync(f, 'utf8').matchAll(/msg\(\s*((?:str)?(?:'(?:[^'\\]|\\.)*'|`[^`]*`))\s*,\s*\{\s*id:\s*'([a-zA-Z0-9.]+)'\s*,\s*desc:\s*('(?:[^'\\]|\\.)*')/g)) {
      const [, text, id, desc] = m;
      const was = seen.get(id);
      if (was && (was.text !== text || was.desc !== desc)) clashes.push(`${id}: ${was.where} and ${f.slice(root.length + 1)}`);
      else seen.set(id, { text, desc, where: f.slice(root.length + 1) });
    }
  }
  assert.ok(seen.size > 50, `found only ${seen.size} messages`);
  assert.deepEqual(clashes, []);
});
