import { createRequire } from 'node:module';
import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Docs pages need `@storybook/addon-docs` (a separate package since Storybook 9). It is not a
 * devDependency yet: when it is installed it is used; until then preview.ts renders the autodocs
 * page with the small fallback in docs-fallback.ts (component description, API tables, stories).
 */
const hasDocsAddon = (() => {
  try {
    createRequire(import.meta.url).resolve('@storybook/addon-docs/package.json');
    return true;
  } catch {
    return false;
  }
})();

const config: StorybookConfig = {
  framework: {
    name: '@storybook/web-components-vite',
    // Storybook's own Vite config: the project's vite.config.ts is a library build (build.lib, IIFE).
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  stories: ['../stories/**/*.stories.ts'],
  addons: hasDocsAddon ? ['@storybook/addon-docs'] : [],
  // The shipped bundle for stories that load over the network (src="data/ccci-resources.json").
  staticDirs: [{ from: '../data', to: '/data' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Autodocs: one "Docs" page per component (preview.ts tags every story file 'autodocs').
  docs: { defaultName: 'Docs' },
  env: (env) => ({ ...env, STORYBOOK_DOCS_ADDON: hasDocsAddon ? 'true' : 'false' }),
  async viteFinal(viteConfig) {
    // Belt and braces, should the config above ever be dropped: never build Storybook as a library.
    const build = (viteConfig.build ??= {});
    delete build.lib;
    // Storybook's own preview chunk is ~1 MB: the size warning is about Storybook, not the element.
    build.chunkSizeWarningLimit = 1500;
    return viteConfig;
  },
};

export default config;
