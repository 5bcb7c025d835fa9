// Builds the framework examples (React, Vue) with the Vite JS API into examples/<name>/dist/.
// `node examples/build.mjs` (after `npm run build`), or import { buildExamples } from a test.
//
// In the example sources `import 'resource-finder'` is what an app that installed the package
// writes; here it is aliased to ../dist/esm/index.js, the package's own ES module build (lit and
// minisearch stay bare imports and resolve from this repository's node_modules), so the examples
// exercise the artifact users install rather than the TypeScript sources.
import { build } from 'vite';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = import.meta.dirname;
const root = resolve(here, '..');
const esmEntry = resolve(root, 'dist/esm/index.js');

export const FRAMEWORK_EXAMPLES = ['react', 'vue'];

/** Builds each framework example; resolves with the output folders. */
export async function buildExamples(names = FRAMEWORK_EXAMPLES) {
  if (!existsSync(esmEntry)) {
    throw new Error(`${esmEntry} is missing: run \`npm run build\` first (the examples import the package's ES module build).`);
  }
  const outDirs = [];
  for (const name of names) {
    const exampleRoot = resolve(here, name);
    const outDir = resolve(exampleRoot, 'dist');
    await build({
      root: exampleRoot,
      base: './', // the built page works from any folder (the tests serve it at /examples/<name>/dist/)
      configFile: false,
      envDir: false, // no .env files
      logLevel: 'warn',
      mode: 'production',
      resolve: { alias: [{ find: /^resource-finder$/, replacement: esmEntry }] },
      // Vue's compile-time feature flags (esm-bundler build); harmless for React.
      define: {
        __VUE_OPTIONS_API__: 'true',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
      build: { outDir, emptyOutDir: true, target: 'es2022', reportCompressedSize: false },
    });
    outDirs.push(outDir);
  }
  return outDirs;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dirs = await buildExamples();
  console.log(`built: ${dirs.map((d) => d.slice(root.length + 1)).join(', ')}`);
}
