/**
 * The whole widget's template: quick exit, heading, pinned help (or the host's `help` slot),
 * load error or loading state, the shortlist, the results, the safety note and the live region.
 * Owns: that order. Does not own: what is shown (core/view-model.ts) or what actions do (the element).
 */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { LoadError } from '../core/load.js';
import { textDirection } from '../core/locale.js';
import type { FinderView } from '../core/view-model.js';
import { headingTag } from './heading.js';
import { renderPinnedHelp } from './pinned-help.js';
import { renderExitButton, renderExitOverlay, renderSafetyNote, type QuickExit } from './quick-exit.js';
import { renderResults, type ResultsHandlers, type ResultsOptions } from './results.js';
import { renderShortlist, type ShortlistHandlers } from './shortlist.js';
import { renderLoadError, renderLoading } from './status.js';

export interface FinderShell extends ResultsOptions {
  /** The view, once a bundle is loaded (and not while a newer one loads). */
  view?: FinderView;
  loading: boolean;
  error?: LoadError;
  /** The heading: the host's, else the bundle's title. */
  title: string;
  /** Quick exit, unless turned off (`no-exit`). */
  quickExit?: QuickExit;
  hasList: boolean;
  hasHelp: boolean;
  copied: boolean;
  announcement: string;
  /** Searches go to a search service (`api`), which the privacy note must say. */
  remote: boolean;
}

export interface FinderHandlers extends ResultsHandlers {
  exit(): void;
  retry(): void;
  helpChanged(present: boolean): void;
  list: Omit<ShortlistHandlers, 'copy'> & { copy(views: FinderView['shortlist']): void };
}

export function renderFinder(s: FinderShell, on: FinderHandlers) {
  const { view, locale, level, quickExit } = s;
  return html`<div part="base" class="base ${s.hasList ? 'has-list' : ''}" lang=${locale} dir=${textDirection(locale)}>
      ${quickExit ? renderExitButton(quickExit, on.exit) : nothing}
      <header class="head">
        <slot name="heading">${s.title ? headingTag(level, s.title, 'main-title') : nothing}</slot>
        <slot name="intro"></slot>
      </header>
      ${view?.pinned.length
        ? renderPinnedHelp(view.pinned, locale, level + 1, on.card)
        : html`<div class="pinned" part="pinned-help" ?hidden=${!s.hasHelp}>
            <slot name="help" @slotchange=${(e: Event) => on.helpChanged((e.target as HTMLSlotElement).assignedNodes().length > 0)}></slot>
          </div>`}
      ${s.error ? renderLoadError(s.error.kind, s.error.status, on.retry) : nothing}
      ${s.loading
        ? html`<p class="status" part="status">${msg('Loading resources…', { id: 'status.loading', desc: 'Shown while the list loads.' })}</p>
            ${renderLoading()}`
        : nothing}
      ${view
        ? html`${renderShortlist(view.shortlist, s.copied, { ...on.list, copy: () => on.list.copy(view.shortlist) })}
          ${renderResults(view, { ...s, level: level + 1 }, on)}`
        : nothing}
      ${quickExit ? renderSafetyNote(s.remote) : nothing}
      <slot name="footer"></slot>
      <p class="visually-hidden" role="status">${view ? s.announcement : ''}</p>
    </div>
    ${quickExit ? renderExitOverlay(quickExit) : nothing}`;
}
