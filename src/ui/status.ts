/**
 * Messages for each state: loading placeholder, load errors with retry, the result count
 * (plural rules per locale) and the no-results panel.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Loosening } from '../core/no-results.js';
import { msg, str } from '@lit/localize';
import type { LoadErrorKind } from '../core/load.js';
import { formatNumber, pluralCategory } from './format.js';

export function countText(count: number, locale: string): string {
  const n = formatNumber(count, locale);
  return pluralCategory(count, locale) === 'one'
    ? msg(str`${n} resource`, { id: 'count.one', desc: 'Result count, singular form; {0} is the number.' })
    : msg(str`${n} resources`, { id: 'count.other', desc: 'Result count, plural form (also used for 0); {0} is the number.' });
}

export function loadErrorText(kind: LoadErrorKind, status: number | undefined): string {
  switch (kind) {
    case 'http':
      return msg(str`The list of resources could not be loaded: the server answered with error ${status ?? ''}.`, {
        id: 'error.http',
        desc: 'Load error; {0} is an HTTP status code such as 404.',
      });
    case 'not-json':
      return msg('The list of resources could not be read: the file is not valid JSON.', { id: 'error.notJson', desc: 'Load error: the data file is broken.' });
    case 'shape':
      return msg('The list of resources could not be read: the file is not in the expected format.', { id: 'error.shape', desc: 'Load error: the data is JSON but not a resource list.' });
    case 'timeout':
      return msg('The list of resources took too long to load.', { id: 'error.timeout', desc: 'Load error: timeout.' });
    default:
      return msg('The list of resources could not be reached: a network problem, or the server refused the request.', { id: 'error.network', desc: 'Load error: network failure or a refused (e.g. CORS) request.' });
  }
}

export function renderLoading() {
  return html`<div class="placeholder" aria-hidden="true">
    <div class="ghost"></div>
    <div class="ghost"></div>
    <div class="ghost"></div>
  </div>`;
}

/** `helpAbove`: help is on screen above (built-in, the bundle's or the host's), so the error may point to it. */
export function renderLoadError(kind: LoadErrorKind, status: number | undefined, helpAbove: boolean, retry: () => void) {
  return html`<div class="error" part="error" role="alert">
    <p>${loadErrorText(kind, status)}</p>
    ${helpAbove ? html`<p>${msg('If you need help now, use the contacts above.', { id: 'error.helpAbove', desc: 'Shown under a load error, pointing to the pinned hotline.' })}</p>` : nothing}
    <button type="button" class="button" @click=${retry}>${msg('Try again', { id: 'error.retry', desc: 'Retry loading button.' })}</button>
  </div>`;
}

export function renderPartialNotice(invalid: number, locale: string) {
  if (!invalid) return nothing;
  return html`<p class="notice" part="notice">
    ${msg(str`${formatNumber(invalid, locale)} entries could not be shown because of mistakes in the data.`, {
      id: 'notice.invalid',
      desc: 'Shown when some resources in the data file are invalid; {0} is how many.',
    })}
  </p>`;
}

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
