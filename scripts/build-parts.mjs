// Builds the one-file build's on-demand parts next to it: dist/resource-finder.search.js (MiniSearch
// and the index set-up, fetched in parallel with the data), dist/resource-finder.local.js (sites,
// distances and hours, only for bundles that have them), dist/resource-finder.validate.js (the full
// validator, for bundles `resource-finder build` did not stamp) and dist/resource-finder.<locale>.js
// (each non-English UI catalogue). Each is one self-contained, minified ES module that
// src/parts/sibling.ts imports from the script's own URL. Run after `vite build`.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const parts = { search: 'src/core/search-part.ts', local: 'src/parts/local.ts', validate: 'src/core/validate.ts', es: 'src/i18n/generated/es.ts' };
// The loading worker (src/core/worker-main.ts): a module worker that reads big bundles off the page;
// it imports the search part above from its URL, so MiniSearch ships once.
parts.worker = 'src/core/worker-main.ts';

// The local part renders templates and messages: it takes Lit and localize from the first script
// (src/parts/shared-lit.ts), so its strings follow the loaded catalogue and no second Lit ships.
// Its sources get the first script's text trims (scripts/vite-embed-minify.ts): msg() translator
// notes removed, html`` line breaks with indentation collapsed to one space.
const sharedLit = {
  name: 'shared-lit',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => ({
      loader: 'ts',
      contents: (await readFile(path, 'utf8'))
        .replace(/,\s*desc:\s*'(?:[^'\\]|\\.)*'/g, '')
        .replace(/,\s*desc:\s*"(?:[^"\\]|\\.)*"/g, '')
        .replace(/html`([\s\S]*?)`/g, (whole) => whole.replace(/\n\s*/g, ' ')),
    }));
    b.onResolve({ filter: /^(lit|@lit\/localize)$/ }, () => ({ path: `${root}src/parts/shared-lit.ts` }));
    b.onResolve({ filter: /^(lit|lit-html|@lit\/[^/]+)\// }, (a) => ({ errors: [{ text: `${a.path}: the local part shares only lit and @lit/localize (add it to src/parts/shared-lit.ts)` }] }));
  },
};

await Promise.all(
  Object.entries(parts).map(([name, entry]) =>
    build({
      absWorkingDir: root,
      entryPoints: [entry],
      outfile: `dist/resource-finder.${name}.js`,
      bundle: true,
      format: 'esm',
      minify: true,
      target: 'es2022',
      conditions: ['production'],
      legalComments: 'none',
      logLevel: 'warning',
      plugins: name === 'local' ? [sharedLit] : [],
    }),
  ),
);
