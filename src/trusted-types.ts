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

/** The policy, once created: the workers' URLs go through it too (src/parts/sibling.ts). */
export let trustedPolicy: { createScriptURL(s: string): unknown } | undefined;

type Rules = { createHTML(s: string): string; createScriptURL(s: string): string };
export function createTrustedPolicy(factory: { createPolicy(name: string, rules: Rules): unknown }) {
  try {
    // Script URLs: only this script's workers (sibling files ending in .worker.js; a worker
    // script must be same-origin, which the Worker constructor enforces).
    const createScriptURL = (s: string) => {
      if (!/\.worker\.js\b/.test(s)) throw TypeError(s);
      return s;
    };
    return (trustedPolicy = factory.createPolicy(POLICY_NAME, { createHTML: (s: string) => s, createScriptURL }) as typeof trustedPolicy);
  } catch {
    trustedTypesRefused = true;
    return undefined;
  }
}
