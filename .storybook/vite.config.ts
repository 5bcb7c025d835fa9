/**
 * Vite config for Storybook only (see main.ts: `builder.viteConfigPath`).
 *
 * The project's own vite.config.ts is a library build (IIFE / ESM, `build.lib`, the embed
 * minifier); Storybook needs a plain app build, so it does not read that file at all.
 */
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  resolve: {
    // lit's `production` export condition: no dev-mode warning, same code as the shipped bundle.
    conditions: ['production', ...defaultClientConditions.filter((c) => c !== 'development|production')],
  },
  server: { host: '127.0.0.1' },
  build: { target: 'es2022' },
});
