// Fails when raw-HTML rendering appears in src/ or the built bundle: data must only ever reach
// the page as text through lit's escaping templates.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const SOURCE_PATTERNS = [/unsafeHTML/, /unsafeSVG/, /\.innerHTML\s*=/, /\.outerHTML\s*=/, /insertAdjacentHTML/, /document\.write/, /\beval\s*\(/, /new Function\s*\(/, /createContextualFragment/];
// Lit itself contains `innerHTML` on <template> elements it creates from its own static strings; in the
// built file we look only for the directives and calls that would render data as HTML.
const BUNDLE_PATTERNS = [/unsafeHTML/, /unsafe-html/, /insertAdjacentHTML/, /document\.write/, /\beval\s*\(/, /new Function\s*\(/, /createContextualFragment/];

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const problems = [];
for (const file of walk(join(root, 'src')).filter((f) => /\.(ts|js)$/.test(f))) {
  const text = readFileSync(file, 'utf8');
  for (const pattern of SOURCE_PATTERNS) if (pattern.test(text)) problems.push(`${file}: ${pattern}`);
}
const bundle = join(root, 'dist/resource-finder.js');
if (existsSync(bundle)) {
  const text = readFileSync(bundle, 'utf8');
  for (const pattern of BUNDLE_PATTERNS) if (pattern.test(text)) problems.push(`dist/resource-finder.js: ${pattern}`);
}
if (problems.length) {
  console.error(`Raw-HTML rendering found:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('No raw-HTML rendering in src/ or dist/resource-finder.js.');
