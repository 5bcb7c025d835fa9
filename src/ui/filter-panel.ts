/**
 * Filters: one fieldset of checkboxes per facet with the engine's disjunctive counts, inside a
 * disclosure that starts closed on narrow screens (there, "Show N results" closes it and shows them); chips for active selections and "Clear all".
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { countText } from './status.js';
import type { FacetView } from '../core/engine.js';
import { renderDrill, renderFacetMore, renderFacetTop, type BrowseHandler } from './facet-browse.js';
import { formatNumber } from './format.js';
import { element, keyed } from './keyed.js';

export interface FilterHandlers {
  toggle(facetId: string, valueId: string, on: boolean): void;
  clearAll(): void;
  /** "Show N results": close the sheet on a phone and bring the results into view. */
  skipToResults(): void;
  /** Big facets: "Show all", the filter box, drilling down a tree. */
  browse: BrowseHandler;
}

export function renderFilterPanel(uid: string, all: FacetView[], open: boolean, locale: string, handlers: FilterHandlers, onToggle: (open: boolean) => void, total: number) {
  // A group with no value to offer is only a heading: leave it out.
  const facets = all.filter((f) => f.values.some((v) => v.count > 0 || v.selected));
  if (!facets.length) return nothing;
  const active = facets.reduce((n, f) => n + f.values.filter((v) => v.selected).length, 0);
  return html`<details class="filters" part="filters" ?open=${open} @toggle=${(e: Event) => onToggle((e.target as HTMLDetailsElement).open)}>
    <summary>
      ${msg('Filters', { id: 'filters.heading', desc: 'Disclosure that shows the filter checkboxes.' })}${active
        ? html` <span class="count-pill">${formatNumber(active, locale)}</span>`
        : nothing}
    </summary>
    ${groups(uid, facets, open, locale, handlers)}
    <button type="button" class="button show-results" @click=${() => (onToggle(false), handlers.skipToResults())}>
      ${msg(str`Show ${countText(total, locale)}`, { id: 'filters.show', desc: 'Phone layout: closes the filter sheet and shows the results; {0} is a count such as "12 resources".' })}
    </button>
  </details>`;
}

/** The groups last rendered per element (its handlers): a folded panel (phones, compact) keeps them. */
const folded = new WeakMap<FilterHandlers, TemplateResult>();

/**
 * The filter groups. While the panel is folded a keystroke changes only the counts nobody sees, so
 * the last groups are kept as they are (no work per keystroke); opening the panel renders them anew.
 */
function groups(uid: string, facets: FacetView[], open: boolean, locale: string, handlers: FilterHandlers): TemplateResult {
  const kept = folded.get(handlers);
  if (!open && kept) return kept;
  const now = html`<div class="groups">
    ${facets.map(
      (facet) => html`<fieldset class="group"><legend><bdi>${facet.label}</bdi></legend>${renderFacetTop(uid, facet, handlers.browse)}${keyed(handlers, `facet:${facet.id}`, facet.values.filter((value) => value.count > 0 || value.selected), (value) => value.id,
          (value) => valueRow(uid, facet, value, locale, handlers), (value) => element('div', value ? { class: 'check' } : {}))}${renderFacetMore(facet, locale, handlers.browse)}</fieldset>`,
    )}
  </div>`;
  folded.set(handlers, now);
  return now;
}

/** One value's checkbox, name and count, inside its keyed row (a value that stays keeps its row; only its count changes). */
function valueRow(uid: string, facet: FacetView, value: FacetView['values'][number], locale: string, handlers: FilterHandlers) {
  // From the value itself, so it stays while others come and go (encoded: an id has no spaces).
  const id = `${uid}-f-${facet.id}-${encodeURIComponent(value.id)}`;
  return html`<input type="checkbox" id=${id} .checked=${value.selected} @change=${(e: Event) => handlers.toggle(facet.id, value.id, (e.target as HTMLInputElement).checked)}
    /><label for=${id}><bdi>${value.label}</bdi> <span class="n">(${formatNumber(value.count, locale)})</span></label
    >${renderDrill(facet, value, locale, handlers.browse)}`;
}

export function renderChips(facets: FacetView[], handlers: FilterHandlers) {
  const chips = facets.flatMap((facet) => facet.values.filter((v) => v.selected).map((value) => ({ facet, value })));
  if (!chips.length) return nothing;
  return html`<div class="chips" part="chips">
    <ul role="list">
      ${chips.map(
        ({ facet, value }) => html`<li>
          <button type="button" class="chip" @click=${() => handlers.toggle(facet.id, value.id, false)}>
            <span class="visually-hidden">${msg('Remove filter:', { id: 'chip.remove', desc: 'Read before the name of an active filter on its remove button.' })} </span><bdi>${value.label}</bdi>
            <span aria-hidden="true">×</span>
          </button>
        </li>`,
      )}
    </ul>
    <button type="button" class="link-button" @click=${handlers.clearAll}>${msg('Clear all filters', { id: 'filters.clearAll', desc: 'Button that removes every active filter.' })}</button>
  </div>`;
}
