/**
 * The whole widget's template: quick exit, language switch, heading, help (the bundle's pinned help,
 * the host's `help` slot or the built-in help),
 * load error or loading state, the shortlist, the results, the safety note and the live region.
 * Owns: that order. Does not own: what is shown (core/view-model.ts) or what actions do (the element).
 */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { LoadError } from '../core/load.js';
import { textDirection } from '../core/locale.js';
import type { FinderView } from '../core/view-model.js';
import { headingTag } from './heading.js';
import { builtinHelp, renderPinnedHelp } from './pinned-help.js';
import { renderLangSwitch } from './lang-switch.js';
import { NEW_TAB_NOTE_ID } from './result-card.js';
import { renderExitButton, renderExitOverlay, renderSafetyNote, type QuickExit } from './quick-exit.js';
import type { ResultsHandlers, ResultsOptions } from './results.js';
import { renderResults } from './with-data.js';
import type { ShortlistHandlers } from './shortlist.js';
// The list part: loaded on the first save, before the list has anything to show (shortlist-controller.ts).
import { listPart } from '../parts/index.js';
import { renderLoadError, renderLoading } from './status.js';

export interface FinderShell extends Omit<ResultsOptions, 'help'> {
  /** The view, once a bundle is loaded (and not while a newer one loads). */
  view?: FinderView;
  loading: boolean;
  error?: LoadError;
  /** The heading: the host's, else the bundle's title. */
  title: string;
  /** Quick exit, unless turned off (`no-exit`). */
  quickExit?: QuickExit;
  hasList: boolean;
  /** The host filled the `help` slot. */
  hasHelp: boolean;
  /** Show the built-in emergency help when the bundle has no pinned help (off with `no-builtin-help`). */
  builtinHelp: boolean;
  /** Locales offered by the language switch (those the UI and the data share). */
  locales: string[];
  newTab: boolean;
  copied: boolean;
  announcement: string;
  /** Searches go to a search service (`api`), which the privacy note must say. */
  remote: boolean;
}

export interface FinderHandlers extends ResultsHandlers {
  exit(): void;
  retry(): void;
  helpChanged(present: boolean): void;
  chooseLang(locale: string): void;
  list: Omit<ShortlistHandlers, 'copy'> & { copy(views: FinderView['shortlist']): void };
}

/**
 * The help box's content: the bundle's pinned help; else the host's `help` slot; else the built-in
 * emergency help, from the first paint and through every load error (help never waits for data).
 */
export function helpViews(s: Pick<FinderShell, 'view' | 'hasHelp' | 'builtinHelp' | 'locale'>) {
  if (s.view?.pinned.length) return s.view.pinned;
  return !s.hasHelp && s.builtinHelp ? builtinHelp(s.locale) : [];
}

export function renderFinder(s: FinderShell, on: FinderHandlers) {
  const { view, locale, level, quickExit } = s;
  const help = helpViews(s);
  return html`<div part="base" class="base ${s.hasList ? 'has-list' : ''}" lang=${locale} dir=${textDirection(locale)}>
      ${quickExit ? renderExitButton(quickExit, on.exit) : nothing}
      ${renderLangSwitch(s.locales, locale, on.chooseLang)}
      <header class="head">
        <slot name="heading">${s.title ? headingTag(level, s.title, 'main-title') : nothing}</slot>
        <slot name="intro"></slot>
      </header>
      ${renderPinnedHelp(help, locale, level + 1, on.card)}
      ${view?.pinned.length
        ? nothing
        : html`<div class="pinned" part="pinned-help" ?hidden=${!s.hasHelp}>
            <slot name="help" @slotchange=${(e: Event) => on.helpChanged((e.target as HTMLSlotElement).assignedNodes().length > 0)}></slot>
          </div>`}
      ${s.error ? renderLoadError(s.error.kind, s.error.status, help.length > 0 || s.hasHelp, on.retry) : nothing}
      ${s.loading
        ? html`<p class="status" part="status">${msg('Loading resources…', { id: 'status.loading', desc: 'Shown while the list loads.' })}</p>
            ${renderLoading()}`
        : nothing}
      ${view
        ? html`${listPart?.renderShortlist(view.shortlist, s.copied, { ...on.list, copy: () => on.list.copy(view.shortlist) })}
          ${renderResults(view, { ...s, help, level: level + 1 }, on)}`
        : nothing}
      ${quickExit ? renderSafetyNote(s.remote) : nothing}
      <slot name="footer"></slot>
      <p class="visually-hidden" role="status">${view ? s.announcement : ''}</p>
      ${s.newTab ? html`<span id=${NEW_TAB_NOTE_ID} hidden>${msg('Opens in a new tab', { id: 'link.newTab', desc: 'Read by screen readers as the description of a link that opens a new browser tab.' })}</span>` : nothing}
    </div>
    ${quickExit ? renderExitOverlay(quickExit) : nothing}`;
}
