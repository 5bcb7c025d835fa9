/**
 * The search form: a visible label, type="search", results as you type, Escape clears
 * and Enter shows the results (except while an IME is composing), and the sort control.
 */
import { html } from 'lit';
import { msg, str } from '@lit/localize';
import type { SortOrder } from '../core/engine.js';
import { MAX_QUERY_LENGTH } from '../core/text.js';
import { formatNumber } from './format.js';

export interface SearchBoxHandlers {
  input(value: string): void;
  clear(): void;
  sort(order: SortOrder): void;
  /** Enter: brings the count and first result into view (a phone's keyboard hides them otherwise). */
  skipToResults(): void;
}

/** Handlers whose search box was just typed in: results.ts reads (and clears) the mark. */
export const typed = new WeakSet<object>();

export function renderSearchBox(uid: string, query: string, sort: SortOrder, locale: string, handlers: SearchBoxHandlers) {
  const onKeydown = (event: KeyboardEvent) => {
    // During IME composition Escape cancels the composition, not our search (keyCode 229 covers Safari).
    if (event.isComposing || event.keyCode === 229) return;
    if (event.key === 'Escape' && query) {
      event.preventDefault();
      handlers.clear();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      handlers.skipToResults();
    }
  };
  const sorts: [SortOrder, string][] = [
    ['relevance', msg('Best match', { id: 'sort.relevance', desc: 'Sort option: most relevant first.' })],
    ['name', msg('Name (A–Z)', { id: 'sort.name', desc: 'Sort option: alphabetical by name.' })],
    ['verified', msg('Recently checked', { id: 'sort.verified', desc: 'Sort option: resources whose link was checked most recently first.' })],
  ];
  return html`<form role="search" class="search" part="search" aria-label=${msg('Resources', { id: 'search.landmark', desc: 'Accessible name of the search landmark.' })} @submit=${(e: Event) => e.preventDefault()}>
    <div class="field grow">
      <label for="${uid}-q">${msg('Search resources', { id: 'search.label', desc: 'Visible label of the search box.' })}</label>
      <input
        id="${uid}-q"
        part="search-input"
        type="search"
        autocomplete="off"
        autocapitalize="off"
        spellcheck="false"
        enterkeyhint="search"
        maxlength=${MAX_QUERY_LENGTH}
        aria-describedby="${uid}-hint"
        .value=${query}
        @input=${(e: Event) => (typed.add(handlers), handlers.input((e.target as HTMLInputElement).value))}
        @keydown=${onKeydown}
      />
      <span class="hint" id="${uid}-hint"
        >${query.length >= MAX_QUERY_LENGTH
          ? msg(str`Searches are limited to ${formatNumber(MAX_QUERY_LENGTH, locale)} characters.`, { id: 'search.maxLength', desc: 'Shown under the search box when the text reached its maximum length; {0} is that length.' })
          : msg('For example: housing, screening, legal help', { id: 'search.hint', desc: 'Example searches under the search box.' })}</span
      >
    </div>
    <div class="field">
      <label for="${uid}-sort">${msg('Sort by', { id: 'sort.label', desc: 'Label of the sort menu.' })}</label>
      <select id="${uid}-sort" part="sort" @change=${(e: Event) => handlers.sort((e.target as HTMLSelectElement).value as SortOrder)}>
        ${sorts.map(([value, label]) => html`<option value=${value} ?selected=${value === sort}>${label}</option>`)}
      </select>
    </div>
  </form>`;
}
