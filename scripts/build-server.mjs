// Bundles the search service (server/) for Node with esbuild: dist/server/api.mjs (the `npm run api`
// entry) and dist/server/index.mjs (createApp, loadBundle: for tests and the benchmark). pg stays external.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const common = { absWorkingDir: root, bundle: true, platform: 'node', format: 'esm', target: 'node20', external: ['pg'], loader: { '.json': 'json' }, legalComments: 'none', logLevel: 'warning' };
await build({ ...common, entryPoints: ['server/main.ts'], outfile: 'dist/server/api.mjs', banner: { js: '// resource-finder search service, built by scripts/build-server.mjs from server/ — do not edit.' } });
await build({ ...common, entryPoints: ['server/index.ts'], outfile: 'dist/server/index.mjs' });
