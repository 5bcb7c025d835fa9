/**
 * The no-results panel: the message (or the host's `empty` slot), "did you mean" words, filters
 * whose removal gives results, clear buttons and the help's call buttons. Renders only once data is
 * there, so the one-file build ships it in the search part (ui/with-data.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Loosening } from '../core/no-results.js';
import { countText } from './status.js';

export interface NoResultsOptions {
  hasQuery: boolean;
  hasFilters: boolean;
  /** Selected filters whose removal gives results, with how many. */
  loosen: Loosening[];
  /** Words of the index close to the query ("did you mean"). */
  suggestions: string[];
  /** Call actions of the help on screen (the hotline, 911), repeated beside the message. */
  calls: TemplateResult | typeof nothing;
  locale: string;
}

export interface NoResultsActions {
  clearFilters(): void;
  clearSearch(): void;
  search(text: string): void;
  toggle(facetId: string, valueId: string, on: boolean): void;
}

export function renderNoResults(o: NoResultsOptions, actions: NoResultsActions) {
  return html`<div class="empty" part="empty">
    <slot name="empty">
      <p class="empty-title">${msg('No resources match.', { id: 'empty.title', desc: 'Heading when a search or filter finds nothing.' })}</p>
      <p>${msg('Try fewer or different words, or remove some filters.', { id: 'empty.hint', desc: 'Advice when nothing matched.' })}</p>
    </slot>
    ${o.suggestions.length
      ? html`<p>${msg('Did you mean:', { id: 'empty.didYouMean', desc: 'Before words from the directory that are close to what was typed.' })}
          ${o.suggestions.map((word) => html` <button type="button" class="link-button" @click=${() => actions.search(word)}><bdi>${word}</bdi></button>`)}</p>`
      : nothing}
    ${o.loosen.length
      ? html`<p>${msg('These filters would give results if removed:', { id: 'empty.loosen', desc: 'Before a list of selected filters; removing any one of them would give results.' })}</p>
          <ul class="empty-actions" role="list">
            ${o.loosen.map(
              (l) => html`<li><button type="button" class="chip" @click=${() => actions.toggle(l.facetId, l.valueId, false)}>
                <span class="visually-hidden">${msg('Remove filter:', { id: 'chip.remove', desc: 'Read before the name of an active filter on its remove button.' })} </span><bdi>${l.label}</bdi> (${countText(l.total, o.locale)})
              </button></li>`,
            )}
          </ul>`
      : nothing}
    <p class="empty-actions">
      ${o.hasFilters
        ? html`<button type="button" class="button" @click=${actions.clearFilters}>${msg('Clear filters', { id: 'empty.clearFilters', desc: 'Button on the no-results panel.' })}</button>`
        : nothing}
      ${o.hasQuery
        ? html`<button type="button" class="button secondary" @click=${actions.clearSearch}>${msg('Show all resources', { id: 'empty.searchAll', desc: 'Button on the no-results panel that clears the search text.' })}</button>`
        : nothing}
    </p>
    ${o.calls === nothing
      ? nothing
      : html`<div class="empty-help"><p>${msg('If you need help now:', { id: 'empty.helpNow', desc: 'Before the hotline and 911 call buttons on the no-results panel.' })}</p>${o.calls}</div>`}
  </div>`;
}
