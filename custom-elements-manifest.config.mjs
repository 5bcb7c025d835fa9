// Custom Elements Manifest from the element's JSDoc. The analyzer also guesses events from
// `dispatchEvent(new SomeEvent(...))` calls, naming them after constructor arguments; only the
// events documented with @fires are real, so the guesses (no description) are dropped. Private
// reactive state is not an attribute.
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
            // The element declares its reactive properties in a static map (no decorators); the analyzer
            // does not read `state: true` there, so internal state would show up as attributes.
            const internal = new Set((declaration.members ?? []).filter((m) => m.privacy === 'private').map((m) => m.name));
            if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !internal.has(a.fieldName));
          }
        }
      },
    },
  ],
};
