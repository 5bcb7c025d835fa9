/**
 * The one-file build's Trusted Types policy. Lit needs one policy for its own template HTML (it
 * never passes data through it). The build renames Lit's policy from "lit-html" to
 * "resource-finder" (scripts/vite-embed-minify.ts) so it cannot clash with a host's own Lit, and
 * routes its creation here so a page whose CSP refuses the policy gets one clear console error and
 * an untouched page instead of an exception.
 */

export const POLICY_NAME = 'resource-finder';

/** True when the page's `trusted-types` directive refused our policy: the element is then not defined. */
export let trustedTypesRefused = false;

export function createTrustedPolicy(factory: { createPolicy(name: string, rules: { createHTML(s: string): string }): unknown }) {
  try {
    return factory.createPolicy(POLICY_NAME, { createHTML: (s: string) => s });
  } catch {
    trustedTypesRefused = true;
    return undefined;
  }
}
