/**
 * The finder once data is there: search box, "Skip to results", the filter panel beside the
 * results (chips, status line, partial-data notice, cards or the no-results panel, "Show more").
 * Owns: that arrangement. Does not own: what is shown (core/view-model.ts) or what actions do.
 */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { SortOrder } from '../core/engine.js';
import type { FinderView } from '../core/view-model.js';
import type { FilterHandlers } from './filter-panel.js';
import { relaxedText } from './messages.js';
import type { ResourceView } from '../core/resource-view.js';
// In the one-file build this module ships in the search and api parts, with the templates it uses.
import { renderChips, renderFilterPanel } from './filter-panel.js';
import { renderContacts, renderResultCard, type CardHandlers, type CardInput } from './result-card.js';
import { renderResultList } from './result-list.js';
import { renderFeatured } from './featured.js';
import { renderNoResults } from './no-results.js';
import { renderSearchBox, typed, type SearchBoxHandlers } from './search-box.js';
import { countText, renderPartialNotice } from './status.js';
import type { PlaceHandlers, PlaceState } from './place-state.js';
// The place row and the "available anywhere" list: the local part, loaded when the bundle has sites or hours.
import { localPart } from '../parts/index.js';
import type { DistanceUnit } from '../core/geo.js';

export interface ResultsOptions {
  uid: string;
  /** The UI locale (numbers, dates, language names). */
  locale: string;
  /** Heading level of each card's title. */
  level: number;
  query: string;
  sort: SortOrder;
  filtersOpen: boolean;
  hasFilters: boolean;
  invalidCount: number;
  /** The help on screen (bundle's pinned or built-in); its call buttons repeat on the no-results panel. */
  help: ResourceView[];
  /** The place and time row, when the bundle has places or hours. */
  place?: { near: boolean; state: PlaceState; unit: DistanceUnit; on: PlaceHandlers };
  /** Searches go to a service (`api`). */
  remote?: boolean;
}

export interface ResultsHandlers extends SearchBoxHandlers, FilterHandlers {
  card: CardHandlers;
  toggleSaved(id: string): void;
  filtersToggled(open: boolean): void;
  /** Brings the count and first result into view and focus (Enter in the search box, "Show N results"). */
  skipToResults(): void;
  showMore(): void;
}

/** Per element (its handlers): the text and time of a keystroke whose view was still waiting for data. */
const waiting = new WeakMap<object, { query: string; at: number }>();
/** Per element: the text of the last view that was not waiting. */
const answered = new WeakMap<object, string>();

export function renderResults(view: FinderView, o: ResultsOptions, on: ResultsHandlers) {
  const { status } = view;
  // Whether this render follows a keystroke in the search box, or answers one whose data was on its
  // way (a split bundle's files, a search service): then cards out of view may wait.
  const now = performance.now();
  const keystroke = typed.delete(on);
  const asked = waiting.get(on);
  const answer = !view.pending && asked?.query === o.query;
  if (!view.pending) waiting.delete(on);
  else if (keystroke) waiting.set(on, { query: o.query, at: now });
  const typing = keystroke || answer;
  // New text since the last answered view: its filter counts wait for a pause after it was typed
  // (the view model keeps the last ones meanwhile, core/view-model.ts). A view still waiting has none
  // new. An emptied box is not typing: the view counts the whole directory at once, and so does the panel.
  const countsSince = !view.pending && o.query.trim() && answered.get(on) !== o.query ? (answer ? asked!.at : now) : undefined;
  if (!view.pending) answered.set(on, o.query);
  const card = (hit: FinderView['hits'][number], level: number): CardInput => ({
    view: hit.view, matches: hit.matches, locale: o.locale, level, handlers: on.card, saved: view.saved.has(hit.view.id), toggleSaved: on.toggleSaved, place: hit.place,
  });
  return html`${renderSearchBox(o.uid, o.query, o.sort, o.locale, on)}
    ${o.place && localPart ? localPart.renderPlaceControls(o.uid, o.place.state, o.place.unit, o.locale, o.place.on, o.place.near, o.remote) : nothing}
    <button type="button" class="skip" @click=${on.skipToResults}>
      ${msg('Skip to results', { id: 'results.skip', desc: 'Keyboard shortcut link that jumps over the filters to the results.' })}
    </button>
    ${!o.query && !o.hasFilters && view.featured ? renderFeatured(view.featured, o.locale, (valueId) => {
      on.toggle(view.featured!.id, valueId, true);
      on.skipToResults();
    }) : nothing}
    <div class="layout">
      ${renderFilterPanel(o.uid, view.facets, o.filtersOpen, o.locale, on, on.filtersToggled, status.total, countsSince)}
      <section class="results" aria-busy=${view.pending ? 'true' : 'false'} aria-label=${msg('Results', { id: 'results.label', desc: 'Accessible name of the results region.' })}>
        ${renderChips(view.facets, on)}
        <p class="status" part="status" tabindex="-1">${countText(status.total, o.locale)}${status.relaxed ? html` <span class="relaxed">${relaxedText()}</span>` : nothing}${view.pending
          ? html` <span class="pending">${msg('Searching…', { id: 'results.pending', desc: 'After the count while the data a new search needs is still arriving (shown only if that takes a moment).' })}</span>`
          : nothing}</p>
        ${renderPartialNotice(o.invalidCount, o.locale)}
        ${status.total === 0
          ? renderNoResults(
              { hasQuery: o.query.trim() !== '', hasFilters: o.hasFilters, loosen: view.loosen, suggestions: view.suggestions, locale: o.locale, calls: callButtons(o.help, on.card) },
              { clearFilters: on.clearAll, clearSearch: on.clear, search: on.input, toggle: on.toggle },
            )
          : renderResultList(on, view.hits, (hit) => card(hit, o.level), typing)}
        ${localPart?.renderAnywhere(view, o.level, o.locale, (hit) => renderResultCard(card(hit, o.level + 1)))}
        ${view.hasMore
          ? html`<button type="button" class="button more" part="more-button" @click=${on.showMore}>
              ${msg('Show more', { id: 'results.more', desc: 'Button that shows the next page of results.' })}
            </button>`
          : nothing}
      </section>
    </div>`;
}

/** The help's call buttons (hotline, 911) beside the no-results message; only asked for then. */
function callButtons(help: ResourceView[], handlers: CardHandlers) {
  const calls = help.map((v) => ({ ...v, contacts: v.contacts.filter((c) => c.channel === 'call') }));
  return calls.length ? html`${calls.map((v) => renderContacts(v, handlers))}` : nothing;
}
