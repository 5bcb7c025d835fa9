/**
 * The shortlist: resources a visitor or caseworker collects while the page is open, to print or
 * copy as plain text. Held in memory only (never stored), and it says so next to it.
 * The one-file build ships it as the list part (resource-finder.list.js), fetched on the first save
 * (ui/shortlist-controller.ts); each card's save button is shortlist-toggle.ts.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { ResourceView } from '../core/resource-view.js';
import { contactText } from './contact-label.js';
import { listTitle } from './messages.js';

export interface ShortlistHandlers {
  remove(id: string): void;
  clear(): void;
  print(): void;
  copy(): void;
}

/** Every link and number written out, so the list works on paper and in a message. */
export function shortlistText(title: string, views: ResourceView[]): string {
  const lines = [title, ''];
  views.forEach((view, i) => {
    lines.push(`${i + 1}. ${view.name.text}${view.organization ? ` (${view.organization.text})` : ''}`);
    if (view.href) lines.push(`   ${view.href}`);
    for (const action of view.contacts) lines.push(`   ${contactText(action)}`);
  });
  return lines.join('\n');
}

/** Copies the list as plain text (headed by the list's title); undefined when the page has no clipboard access. */
export function copyShortlist(views: ResourceView[]): Promise<void> | undefined {
  return navigator.clipboard?.writeText(shortlistText(listTitle(), views));
}

export function renderShortlist(views: ResourceView[], copied: boolean, handlers: ShortlistHandlers) {
  if (!views.length) return nothing;
  return html`<section class="shortlist" part="shortlist" aria-label=${listTitle()}>
    <p class="shortlist-title">
      ${msg(str`My list (${views.length})`, { id: 'list.count', desc: 'Shortlist heading with how many resources it holds; {0} is the number.' })}
    </p>
    <ul role="list">
      ${views.map(
        (view) => html`<li>
          <span class="shortlist-name">${view.name.text}</span>
          ${view.href ? html`<span class="print-only">${view.href}</span>` : nothing}
          ${view.contacts.map((a) => html`<span class="print-only">${contactText(a)}</span>`)}
          <button type="button" class="link-button no-print" @click=${() => handlers.remove(view.id)}>
            ${msg('Remove', { id: 'list.remove', desc: 'Removes one resource from the shortlist.' })}<span class="visually-hidden">: ${view.name.text}</span>
          </button>
        </li>`,
      )}
    </ul>
    <p class="shortlist-actions no-print">
      <button type="button" class="button secondary" @click=${handlers.print}>${msg('Print my list', { id: 'list.print', desc: 'Prints the shortlist.' })}</button>
      <button type="button" class="button secondary" @click=${handlers.copy}>${copied ? msg('Copied', { id: 'list.copied', desc: 'Shown after the shortlist was copied to the clipboard.' }) : msg('Copy as text', { id: 'list.copy', desc: 'Copies the shortlist as plain text.' })}</button>
      <button type="button" class="link-button" @click=${handlers.clear}>${msg('Clear list', { id: 'list.clear', desc: 'Empties the shortlist.' })}</button>
    </p>
    <p class="note no-print">${msg('Your list is kept only while this page is open. Nothing is saved on this device.', { id: 'list.privacy', desc: 'Privacy note next to the shortlist.' })}</p>
  </section>`;
}
