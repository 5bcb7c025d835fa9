/**
 * Vite config for Storybook only (see main.ts: `builder.viteConfigPath`).
 *
 * The project's own vite.config.ts is a library build (IIFE / ESM, `build.lib`, the embed
 * minifier); Storybook needs a plain app build, so it does not read that file at all.
 */
import { readFileSync } from 'node:fs';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

const withoutModeCondition = (conditions: string[]) =>
  conditions.filter((c) => c !== 'development|production' && c !== 'development' && c !== 'production');

/**
 * lit's `production` export condition, in `storybook dev` too. Storybook's own config plugin adds
 * Vite's default conditions, whose `development|production` placeholder means `development` in dev:
 * lit would then run in dev mode (and load twice). This runs after it and puts `production` back.
 */
const litProduction: Plugin = {
  name: 'rf:lit-production',
  enforce: 'post',
  config(config) {
    config.resolve ??= {};
    config.resolve.conditions = ['production', ...new Set(withoutModeCondition(config.resolve.conditions ?? [...defaultClientConditions]))];
  },
};

/**
 * The shipped bundle as a module (`virtual:rf-shipped-bundle`). Importing `../data/ccci-resources.json`
 * directly works in `storybook build` but not in `storybook dev`: its module URL would be
 * /data/ccci-resources.json, which staticDirs answers with the raw file (application/json), so the
 * stories module fails to load.
 */
const shippedBundle: Plugin = {
  name: 'rf:shipped-bundle',
  resolveId: (id) => (id === 'virtual:rf-shipped-bundle' ? '\0virtual:rf-shipped-bundle' : undefined),
  load(id) {
    if (id !== '\0virtual:rf-shipped-bundle') return undefined;
    const file = new URL('../data/ccci-resources.json', import.meta.url);
    this.addWatchFile(file.pathname);
    return `export default ${readFileSync(file, 'utf8')};`;
  },
};

export default defineConfig({
  plugins: [litProduction, shippedBundle],
  resolve: { conditions: ['production', ...withoutModeCondition([...defaultClientConditions])] },
  server: { host: '127.0.0.1' },
  build: { target: 'es2022' },
});
