#!/usr/bin/env node
// Entry point of the `resource-finder` command: runs the CLI bundled into dist/cli/.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli/resource-finder.mjs', import.meta.url);
if (!existsSync(built)) {
  console.error('resource-finder: the command is not built yet; run `npm run build` (or `npm run build:cli`) first.');
  process.exit(2);
}
const { main } = await import(built.href);
process.exitCode = await main(process.argv.slice(2));
