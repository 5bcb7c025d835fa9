// Bundles the Node CLI (src/cli/index.ts) into dist/cli/resource-finder.mjs with esbuild.
// The schema JSON is bundled in (one file to ship); csv-parse stays external: it is a runtime dependency.
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
  external: ['csv-parse', 'csv-parse/*', 'pg'],
  loader: { '.json': 'json' },
  legalComments: 'none',
  logLevel: 'warning',
  banner: { js: '// resource-finder CLI, built by scripts/build-cli.mjs from src/cli/ — do not edit.' },
});
