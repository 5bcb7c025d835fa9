import { defineConfig } from 'vite';
import { embedMinify } from './scripts/vite-embed-minify.js';

// Two library builds from one entry:
//  - default mode: dist/resource-finder.js, ONE self-contained IIFE for a plain <script> tag
//    (lit, minisearch and every UI locale inlined; no dynamic imports, no eval);
//  - `--mode esm`: dist/esm/*.js with bare imports, for people who bundle.
export default defineConfig(({ mode }) => {
  const esm = mode === 'esm';
  return {
    plugins: esm ? [] : [embedMinify()],
    resolve: { conditions: ['production'] },
    build: {
      target: 'es2022',
      outDir: esm ? 'dist/esm' : 'dist',
      emptyOutDir: esm,
      sourcemap: esm,
      minify: !esm,
      reportCompressedSize: false,
      lib: {
        entry: 'src/index.ts',
        formats: esm ? ['es'] : ['iife'],
        name: 'ResourceFinder',
        fileName: () => (esm ? 'index.js' : 'resource-finder.js'),
      },
      rolldownOptions: esm
        ? {
            external: [/^lit($|\/)/, /^@lit\//, /^minisearch($|\/)/],
            output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
          }
        : {},
    },
    server: { host: '127.0.0.1' },
  };
});
