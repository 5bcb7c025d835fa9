/**
 * The extra controls of a big or hierarchical filter group: a box that filters its values, the way
 * back up a tree, "Show all N" / "Show fewer", and a "drill down" button beside a value with children.
 * Owns: that markup and wording. Does not own: which values show (core/facet-browse.ts).
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { TOP_VALUES, type BrowsedFacet, type BrowseValue } from '../core/facet-browse.js';
import { formatNumber } from './format.js';

export type BrowseHandler = (facetId: string, change: { all?: boolean; filter?: string; at?: string }) => void;

/** Above the values: the filter box, and for a tree the trail back to the top. */
export function renderFacetTop(uid: string, facet: BrowsedFacet, browse: BrowseHandler) {
  const b = facet.browse;
  if (!b) return nothing;
  const up = (at: string | undefined) => browse(facet.id, { at, all: false });
  return html`<input type="text" class="facet-filter" id="${uid}-ff-${facet.id}" autocomplete="off" .value=${b.filter}
      aria-label=${msg(str`Find in ${facet.label}`, { id: 'facet.filter', desc: 'Accessible name of the box that filters the values of one filter group; {0} is the group name.' })}
      placeholder=${msg('Type to find…', { id: 'facet.filterPlaceholder', desc: 'Placeholder of the box that filters the values of a filter group.' })}
      @input=${(e: Event) => browse(facet.id, { filter: (e.target as HTMLInputElement).value })} />
    ${facet.hierarchical && b.trail.length && !b.filter
      ? html`<nav class="trail" aria-label=${msg(str`${facet.label}: levels`, { id: 'facet.trail', desc: 'Accessible name of the path back up a category tree; {0} is the group name.' })}>
          <button type="button" class="link-button" @click=${() => up(undefined)}>${msg('All', { id: 'facet.top', desc: 'Button: back to the top level of a category tree.' })}</button>
          ${b.trail.map((t, i) => html` › ${i < b.trail.length - 1
            ? html`<button type="button" class="link-button" @click=${() => up(t.id)}><bdi>${t.label}</bdi></button>`
            : html`<bdi aria-current="location">${t.label}</bdi>`}`)}
        </nav>`
      : nothing}`;
}

/** Beside a value with children: go one level down. */
export function renderDrill(facet: BrowsedFacet, value: BrowseValue, locale: string, browse: BrowseHandler) {
  if (!value.children) return nothing;
  return html`<button type="button" class="drill link-button" @click=${() => browse(facet.id, { at: value.id, filter: '', all: false })}
    >${msg(str`${formatNumber(value.children, locale)} subcategories`, { id: 'facet.drill', desc: 'Button beside a category that shows its subcategories; {0} is how many.' })}<span class="visually-hidden"> ${msg(str`in ${value.label}`, { id: 'facet.drillIn', desc: 'Read after the subcategories button; {0} is the category.' })}</span></button>`;
}

/** Below the values: "Show all N" / "Show fewer". */
export function renderFacetMore(facet: BrowsedFacet, locale: string, browse: BrowseHandler) {
  const b = facet.browse;
  if (!b || b.filter || (b.total <= TOP_VALUES && !b.all)) return nothing;
  return html`<button type="button" class="link-button show-all" aria-expanded=${b.all ? 'true' : 'false'} @click=${() => browse(facet.id, { all: !b.all })}>
    ${b.all
      ? msg('Show fewer', { id: 'facet.fewer', desc: 'Button: back to the top values of a filter group.' })
      : msg(str`Show all ${formatNumber(b.total, locale)}`, { id: 'facet.all', desc: 'Button: show every value of a long filter group; {0} is how many.' })}<span class="visually-hidden">: ${facet.label}</span>
  </button>`;
}
