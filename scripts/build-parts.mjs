// Builds the one-file build's on-demand parts next to it: dist/resource-finder.search.js (MiniSearch,
// the index set-up, the engine and view model and the stamp checks, fetched in parallel with the data), dist/resource-finder.local.js (sites,
// distances and hours, only for bundles that have them), dist/resource-finder.api.js (the `api` search
// service source and the result templates, only for pages with `api`), dist/resource-finder.list.js (the visitor's list, fetched on
// the first save), dist/resource-finder.validate.js (the full
// validator, for bundles `resource-finder build` did not stamp) and dist/resource-finder.<locale>.js
// (each non-English UI catalogue). Each is one self-contained, minified ES module that
// src/parts/sibling.ts imports from the script's own URL. Run after `vite build`.
import { build } from 'esbuild';
import { collapseHtml } from './collapse-html.mjs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const parts = { search: 'src/parts/search-sibling.ts', local: 'src/parts/local.ts', api: 'src/parts/api-sibling.ts', list: 'src/ui/shortlist.ts', validate: 'src/core/validate.ts', es: 'src/i18n/generated/es.ts', split: 'src/core/split-source.ts' };
// The loading worker (src/core/worker-main.ts): a module worker that reads big bundles off the page
// and indexes them. It carries its own MiniSearch (the search part renders with the page's Lit, which
// a worker has not), so a big-directory visit fetches MiniSearch twice (~6 kB gzip) for no long task.
parts.worker = 'src/core/worker-main.ts';
// The Intl warm-up worker (src/parts/intl-worker.ts): a classic worker that loads ICU's locale data off the page.
parts['intl.worker'] = 'src/parts/intl-worker.ts';
// The fetch worker (src/parts/fetch-worker.ts): a classic worker that makes a split bundle's requests off the page.
parts['fetch.worker'] = 'src/parts/fetch-worker.ts';

// The local and search parts render templates and messages: they take Lit and localize from the first script
// (src/parts/shared-lit.ts), so its strings follow the loaded catalogue and no second Lit ships.
// Its sources get the first script's text trims (scripts/vite-embed-minify.ts): msg() translator
// notes removed, html`` line breaks with indentation collapsed to one space (scripts/collapse-html.mjs).
const sharedLit = {
  name: 'shared-lit',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => ({
      loader: 'ts',
      contents: collapseHtml(
        (await readFile(path, 'utf8')).replace(/,\s*desc:\s*'(?:[^'\\]|\\.)*'/g, '').replace(/,\s*desc:\s*"(?:[^"\\]|\\.)*"/g, ''),
      ),
    }));
    b.onResolve({ filter: /^(lit|@lit\/localize)$/ }, () => ({ path: `${root}src/parts/shared-lit.ts` }));
    // lit/directive.js is self-contained (the Directive base class and PartType, no Lit runtime): a part may carry it.
    b.onResolve({ filter: /^(lit|lit-html|@lit\/[^/]+)\// }, (a) => /^(lit|lit-html)\/directive\.js$/.test(a.path) ? undefined : ({ errors: [{ text: `${a.path}: a part shares only lit and @lit/localize (add it to src/parts/shared-lit.ts)` }] }));
  },
};

// The search and api parts take the first script's copies of the modules it shares with them
// (src/parts/shared-core.ts: load errors and requests, normalizing, the card view, load events, the
// validator's loader), so nothing ships twice and `instanceof` holds across files. In the search
// part, src/parts/index.ts (MiniSearch, the local part) is src/parts/in-search.ts: the part itself,
// and the local part as the first script hands it over.
const SHARED = /(^|\/)(load|normalize|resource-view|events|text|locale|format|heading|contact-label|language-name|status|memo|localization)\.js$/;
const shareCore = (index) => ({
  name: 'shared-core',
  setup(b) {
    // shared-core.ts itself may re-export what the first script does not share from the real module.
    b.onResolve({ filter: SHARED }, (a) => (/shared-core\.ts$/.test(a.importer) ? undefined : { path: `${root}src/parts/shared-core.ts` }));
    b.onResolve({ filter: /\/parts\/index\.js$/ }, () => ({ path: `${root}src/parts/${index}.ts` }));
  },
});

const results = await Promise.all(
  Object.entries(parts).map(([name, entry]) =>
    build({
      absWorkingDir: root,
      entryPoints: [entry],
      outfile: `dist/resource-finder.${name}.js`,
      bundle: true,
      format: 'esm',
      minify: !process.env.NO_MINIFY,
      target: 'es2022',
      conditions: ['production'],
      legalComments: 'none',
      logLevel: 'warning',
      metafile: !!process.env.PARTS_META,
      plugins: name === 'local' || name === 'list' ? [sharedLit] : name === 'search' || name === 'split' ? [sharedLit, shareCore('in-search')] : name === 'api' ? [sharedLit, shareCore('in-api')] : [],
    }),
  ),
);
// PARTS_META=1: each part's bytes by source module (minified, before gzip), to see what a part carries.
if (process.env.PARTS_META) {
  for (const [i, name] of Object.keys(parts).entries()) {
    const inputs = Object.values(results[i].metafile.outputs)[0].inputs;
    console.log(`resource-finder.${name}.js:`);
    for (const [file, { bytesInOutput }] of Object.entries(inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)) if (bytesInOutput) console.log(`  ${String(bytesInOutput).padStart(6)} ${file}`);
  }
}
