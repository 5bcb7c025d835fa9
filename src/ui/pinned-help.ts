/**
 * Pinned help (the hotline, 911): always above the results, whatever the search, filters or
 * load state, with one-tap contact actions.
 */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { ResourceView } from '../core/resource-view.js';
import { renderContacts, renderTitleLink, type CardHandlers } from './result-card.js';
import { allDayText } from './messages.js';
import { headingTag } from './heading.js';
import { builtinHelpViews } from '../core/builtin-help.js';
import { memoize } from '../core/memo.js';

/** The built-in emergency help (911, the national hotline) as card views, per locale. */
export const builtinHelp = memoize((locale: string) => builtinHelpViews(locale));

export function renderPinnedHelp(views: ResourceView[], locale: string, level: number, handlers: CardHandlers) {
  if (!views.length) return nothing;
  return html`<section class="pinned" part="pinned-help" aria-label=${msg('Get help now', { id: 'pinned.label', desc: 'Accessible name of the always-visible emergency and hotline box.' })}>
    <ul role="list">
      ${views.map(
        (view) => html`<li class="pin">
          ${headingTag(level, html`<span lang=${view.name.lang !== locale ? view.name.lang : nothing}>${renderTitleLink(view, handlers, view.name.text)}</span>`, 'pin-title')}
          ${view.allDay ? html`<span class="badge strong">${allDayText()}</span>` : nothing}
          ${renderContacts(view, handlers)}
        </li>`,
      )}
    </ul>
  </section>`;
}
