/**
 * Messages for each state: loading placeholder, load errors with retry, the result count
 * (plural rules per locale). The no-results panel is no-results.ts.
 */
import { html, nothing } from 'lit';
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
