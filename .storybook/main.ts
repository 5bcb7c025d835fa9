import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: {
    name: '@storybook/web-components-vite',
    // Storybook's own Vite config: the project's vite.config.ts is a library build (build.lib, IIFE).
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  // The shipped bundle for stories that load over the network (src="data/ccci-resources.json").
  staticDirs: [{ from: '../data', to: '/data' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Autodocs: one "Docs" page per component (preview.ts tags every story file 'autodocs').
  docs: { defaultName: 'Docs' },
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
