/**
 * The featured facet (the bundle's `meta.featured_facet`, e.g. categories) as large buttons on the
 * first screen, before any search: on a phone one tap starts, with no typing and no filter sheet.
 */
import { html, nothing } from 'lit';
import type { FacetView } from '../core/engine.js';
import { formatNumber } from './format.js';

export function renderFeatured(facet: FacetView, locale: string, pick: (valueId: string) => void) {
  const values = facet.values.filter((v) => v.count > 0);
  if (!values.length) return nothing;
  return html`<nav class="featured" aria-label=${facet.label}>
    <ul role="list">
      ${values.map(
        (v) => html`<li><button type="button" class="tap" @click=${() => pick(v.id)}><bdi>${v.label}</bdi> <span class="n">${formatNumber(v.count, locale)}</span></button></li>`,
      )}
    </ul>
  </nav>`;
}
