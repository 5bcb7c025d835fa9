import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: {
    name: '@storybook/web-components-vite',
    // Storybook's own Vite config: the project's vite.config.ts is a library build (build.lib, IIFE).
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  stories: ['../stories/**/*.stories.ts'],
  // The shipped bundle for stories that load over the network (src="data/ccci-resources.json").
  staticDirs: [{ from: '../data', to: '/data' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  async viteFinal(config) {
    // Belt and braces, should the config above ever be dropped: never build Storybook as a library.
    if (config.build) delete config.build.lib;
    return config;
  },
};

export default config;
