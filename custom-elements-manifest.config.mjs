// Custom Elements Manifest from the element's JSDoc. The analyzer also guesses events from
// `dispatchEvent(new SomeEvent(...))` calls, naming them after constructor arguments; only the
// events documented with @fires are real, so the guesses (no description) are dropped.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/cli/**', 'src/i18n/generated/**'],
  litelement: true,
  plugins: [
    {
      name: 'rf-documented-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((e) => e.name?.startsWith('rf-') && e.description);
          }
        }
      },
    },
  ],
};
