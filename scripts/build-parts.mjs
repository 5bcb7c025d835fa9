// Builds the one-file build's on-demand parts next to it: dist/resource-finder.search.js (MiniSearch
// and the index set-up, fetched in parallel with the data), dist/resource-finder.validate.js (the full
// validator, for bundles `resource-finder build` did not stamp) and dist/resource-finder.<locale>.js
// (each non-English UI catalogue). Each is one self-contained, minified ES module that
// src/parts/sibling.ts imports from the script's own URL. Run after `vite build`.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const parts = { search: 'src/core/search-part.ts', validate: 'src/core/validate.ts', es: 'src/i18n/generated/es.ts' };

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
    }),
  ),
);
