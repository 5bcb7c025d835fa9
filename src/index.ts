/**
 * Public entry: registers <resource-finder> once and re-exports the API.
 * The guard makes a page that loads the script twice (or two builds) harmless: the first
 * definition wins and the second load does nothing.
 */
import { ResourceFinder } from './resource-finder.js';
import { POLICY_NAME, trustedTypesRefused } from './trusted-types.js';

export { ResourceFinder };
export * from './events.js';
export type * from './core/types.js';
export type { Translations } from './i18n/localization.js';

if (trustedTypesRefused) {
  console.error(
    `<resource-finder> cannot run on this page: its Content-Security-Policy refuses the Trusted Types policy "${POLICY_NAME}". Add ${POLICY_NAME} to the trusted-types directive.`,
  );
} else if (!customElements.get('resource-finder')) {
  customElements.define('resource-finder', ResourceFinder);
}

declare global {
  interface HTMLElementTagNameMap {
    'resource-finder': ResourceFinder;
  }
}
