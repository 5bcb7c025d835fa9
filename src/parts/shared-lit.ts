/**
 * In the one-file build's local and search parts (resource-finder.local.js, .search.js), this module stands in for `lit`
 * and `@lit/localize` (scripts/build-parts.mjs): the part then renders with the first script's Lit
 * and translates with its localize, whose catalogue is already loaded, instead of carrying copies.
 * sibling.ts puts them under SHARED_LIT before it imports the part.
 */
import type { html as litHtml, nothing as litNothing, render as litRender } from 'lit';
import type { msg as litMsg, str as litStr } from '@lit/localize';

/** Where the first script leaves its Lit and localize functions for the local part. */
export const SHARED_LIT = Symbol.for('resource-finder.lit');

export interface SharedLit {
  html: typeof litHtml;
  nothing: typeof litNothing;
  render: typeof litRender;
  msg: typeof litMsg;
  str: typeof litStr;
}

const shared = (globalThis as { [SHARED_LIT]?: SharedLit })[SHARED_LIT];
if (!shared) throw new Error("The parts of resource-finder.js are loaded by it, not on their own.");
export const { html, nothing, render, msg, str } = shared;
