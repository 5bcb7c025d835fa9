/**
 * Filters: one fieldset of checkboxes per facet with the engine's disjunctive counts, inside a
 * disclosure that starts closed on narrow screens (there, "Show N results" closes it and shows them); chips for active selections and "Clear all".
 */
import { html, nothing, render } from 'lit';
import { msg, str } from '@lit/localize';
import { countText } from './status.js';
import type { FacetView } from '../core/engine.js';
import type { BrowsedFacet as Panel } from '../core/facet-browse.js';
import { renderDrill, renderFacetMore, renderFacetTop, type BrowseHandler } from './facet-browse.js';
import { formatNumber } from './format.js';
import { element, keyed } from './keyed.js';
import { captureCatalogue } from '../i18n/localization.js';

export interface FilterHandlers {
  toggle(facetId: string, valueId: string, on: boolean): void;
  clearAll(): void;
  /** "Show N results": close the sheet on a phone and bring the results into view. */
  skipToResults(): void;
  /** Big facets: "Show all", the filter box, drilling down a tree. */
  browse: BrowseHandler;
  /** Typing paused: render again, so that the current search's counts are worked out (core/view-model.ts) and drawn. */
  recount(): void;
}

/** `typedAt`: the view is for new search text typed then (performance.now()), so counts changed by typing can wait (see `groups`). */
export function renderFilterPanel(uid: string, all: FacetView[], open: boolean, locale: string, handlers: FilterHandlers, onToggle: (open: boolean) => void, total: number, typedAt?: number) {
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
    ${groups(uid, all, facets, open, locale, handlers, typedAt)}
    <button type="button" class="button show-results" @click=${() => (onToggle(false), handlers.skipToResults())}>
      ${msg(str`Show ${countText(total, locale)}`, { id: 'filters.show', desc: 'Phone layout: closes the filter sheet and shows the results; {0} is a count such as "12 resources".' })}
    </button>
  </details>`;
}

/** Per element (its handlers): the groups' box, rendered into directly, and what it last showed. */
const boxes = new WeakMap<FilterHandlers, { box: HTMLElement; shape?: string; open?: boolean; drawn?: FacetView[]; timer?: ReturnType<typeof setTimeout> }>();

/** From this many values, the panel's first drawing follows the first results by one task. */
const BIG_PANEL = 40;

/**
 * While typing, counts settle this long after the last keystroke: the results come first. As long
 * as a search box's usual pause (Pagefind's 300 ms debounce), so the whole screen settles no later.
 */
export const COUNTS_DELAY_MS = 300;

/**
 * The filter groups, rendered into a box of their own. A keystroke changes only counts (and which
 * values have any): those wait until typing pauses (`COUNTS_DELAY_MS`; the view keeps the last
 * counts meanwhile, and `recount` asks for the new ones), so a keystroke, and the answer to it when
 * its data was on its way, pays for the results alone. Anything else renders at once: a checkbox,
 * "Show all", the filter box, the language, opening the panel, and counts that change without new
 * text (the place, a filter's answer from a search service).
 * While the panel is folded (phones, compact) nothing is rendered until it opens.
 */
function groups(uid: string, all: FacetView[], facets: FacetView[], open: boolean, locale: string, handlers: FilterHandlers, typedAt: number | undefined): HTMLElement {
  const k = boxes.get(handlers) ?? { box: element('div', { class: 'groups' }) };
  boxes.set(handlers, k);
  clearTimeout(k.timer);
  // After a keystroke the counts follow once typing pauses; the pause counts from the keystroke,
  // so an answer that came later than that gets its counts at once.
  const countAfterPause = () => (k.timer = setTimeout(handlers.recount, Math.max(0, typedAt! + COUNTS_DELAY_MS - performance.now())));
  // The very facets drawn already (typing keeps the last counts; a view still waiting for data; a
  // saved resource): nothing has changed but, after a keystroke, the pause.
  if (open && k.open && all === k.drawn) {
    if (typedAt !== undefined) countAfterPause();
    return k.box;
  }
  // Everything the groups show but the counts. A group's "Show all N" comes and goes with its
  // counts; "Show all" on, a filter text or a level of a tree is the visitor's doing.
  const shape = uid + locale + JSON.stringify(facets.map((f) => {
    const b = (f as Panel).browse;
    return [f.id, f.label, b && (b.all || b.filter || b.trail.length) ? [b.all, b.filter, b.trail] : 0, f.values.filter((v) => v.selected).map((v) => v.id)];
  }));
  // A drawing after a pause runs under this render's catalogue (the element's language).
  const inLanguage = captureCatalogue();
  const draw = () => inLanguage(() => {
    k.shape = shape;
    k.drawn = all;
    render(html`${facets.map(
      (facet) => html`<fieldset class="group"><legend><bdi>${facet.label}</bdi></legend>${renderFacetTop(uid, facet, handlers.browse)}${keyed(handlers, `facet:${facet.id}`, facet.values.filter((value) => value.count > 0 || value.selected), (value) => value.id,
          (value) => valueRow(uid, facet, value, locale, handlers), (value) => element('div', value ? { class: 'check' } : {}))}${renderFacetMore(facet, locale, handlers.browse)}</fieldset>`,
    )}`, k.box);
  });
  const typed = typedAt !== undefined;
  const values = facets.reduce((n, f) => n + f.values.length, 0);
  // A big panel's first drawing waits one task: the first results are painted without it (one long task less on a slow phone).
  if (k.shape === undefined && open && values > BIG_PANEL) {
    k.shape = '';
    k.timer = setTimeout(draw);
  }
  // First render, or opened, or more than counts changed, or not typing: now. Only counts, by typing: after the pause.
  else if (k.shape === undefined || (open && (!k.open || shape !== k.shape || !typed))) draw();
  else if (open) countAfterPause();
  k.open = open;
  return k.box;
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
