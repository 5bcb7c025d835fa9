/** The shipped data/ccci-resources.json, provided by .storybook/vite.config.ts (see there why not a plain JSON import). */
declare module 'virtual:rf-shipped-bundle' {
  const bundle: unknown;
  export default bundle;
}
