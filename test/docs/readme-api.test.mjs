// README's API tables must say exactly what custom-elements.json (from the element's JSDoc) says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { apiTables, readmeSection } from '../../scripts/api-docs.mjs';

const root = resolve(import.meta.dirname, '../..');

test('README API tables match custom-elements.json', () => {
  assert.ok(existsSync(resolve(root, 'custom-elements.json')), 'custom-elements.json is built by `npm run build`');
  const manifest = JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8'));
  const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
  assert.equal(readmeSection(readme), apiTables(manifest));
});

test('every --rf-* custom property the styles read is documented', () => {
  const manifest = JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8'));
  const documented = new Set(manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'resource-finder').cssProperties.map((p) => p.name));
  const styles = readFileSync(resolve(root, 'src/resource-finder.styles.ts'), 'utf8');
  const used = new Set(styles.match(/--rf-[a-z-]+/g));
  for (const name of used) assert.ok(documented.has(name), `${name} is used in styles but not documented with @cssprop`);
});

test('the embed snippet in README uses the real file and attribute names', () => {
  const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
  assert.match(readme, /<script src="[^"]*resource-finder\.js"><\/script>/);
  assert.match(readme, /<resource-finder src="[^"]+"/);
});
