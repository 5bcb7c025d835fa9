import { defineConfig } from 'vite';
import { embedMinify } from './scripts/vite-embed-minify.js';

// Two library builds from one entry:
//  - default mode: dist/resource-finder.js, ONE self-contained IIFE for a plain <script> tag
//    (lit, minisearch and the English UI inlined; no eval). Parts most visits never need — the full
//    validator, the Spanish UI — are same-origin sibling files it imports on demand (src/parts/sibling.ts,
//    built by scripts/build-parts.mjs);
//  - `--mode esm`: dist/esm/*.js with bare imports, for people who bundle.
export default defineConfig(({ mode }) => {
  const esm = mode === 'esm';
  return {
    plugins: esm ? [] : [embedMinify()],
    resolve: {
      conditions: ['production'],
      // The one-file build loads on-demand parts from sibling files instead of bundling them.
      alias: esm
        ? []
        : [
            { find: /^(.*)\/parts\/index\.js$/, replacement: '$1/parts/sibling.ts' },
            // Every msg() has an explicit id (test/docs/l10n.test.mjs checks), so @lit/localize's
            // content-hash id generator is dead weight here.
            { find: /^\.\/id-generation\.js$/, replacement: new URL('./src/parts/no-id-generation.ts', import.meta.url).pathname },
          ],
    },
    build: {
      target: 'es2022',
      outDir: esm ? 'dist/esm' : 'dist',
      emptyOutDir: esm,
      sourcemap: esm,
      minify: !esm && !process.env.NO_MINIFY,
      reportCompressedSize: false,
      lib: {
        entry: 'src/index.ts',
        formats: esm ? ['es'] : ['iife'],
        name: 'ResourceFinder',
        fileName: () => (esm ? 'index.js' : 'resource-finder.js'),
      },
      rolldownOptions: esm
        ? {
            external: [/^lit($|\/)/, /^@lit\//, /^minisearch($|\/)/, /^stemmer$/, /^@orama\/stemmers($|\/)/],
            output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
          }
        : {},
    },
    server: { host: '127.0.0.1' },
  };
});
