// The build's html`` white-space trim (scripts/collapse-html.mjs): line breaks and indentation in
// the text of html`` templates, nested ones included, become one space; other template literals,
// strings and comments are left exactly as they are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { collapseHtml } from '../../scripts/collapse-html.mjs';

test('collapses html`` text, also inside a nested html`` and after it', () => {
  const src = 'const t = html`<ul>\n    ${items.map((i) => html`<li>\n        ${i}\n      </li>`)}\n  </ul>`;';
  assert.equal(collapseHtml(src), 'const t = html`<ul> ${items.map((i) => html`<li> ${i} </li>`)} </ul>`;');
});

test('leaves other template literals, strings and comments alone, also inside an html`` expression', () => {
  const src = [
    "const a = `line one\n  line two`;",
    "const b = lines.join(`\n`);",
    "const c = 'has a ` backtick';",
    '// a comment with html` in it',
    'const d = html`<p>\n  ${msg(str`Count:\n  ${n}`)}\n</p>`;',
  ].join('\n');
  const out = collapseHtml(src);
  assert.ok(out.includes('`line one\n  line two`'));
  assert.ok(out.includes('join(`\n`)'));
  assert.ok(out.includes("'has a ` backtick'"));
  assert.ok(out.includes('// a comment with html` in it'));
  assert.ok(out.includes('html`<p> ${msg(str`Count:\n  ${n}`)} </p>`'), out);
});

test("every source file keeps its code: only white space in html`` text changes", () => {
  const dir = new URL('../../src/ui/', import.meta.url);
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const src = readFileSync(new URL(name, dir), 'utf8');
    const out = collapseHtml(src);
    assert.equal(out.replace(/\s+/g, ''), src.replace(/\s+/g, ''), name);
  }
});
