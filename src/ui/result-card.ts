/**
 * One result card: title (linked only when a safe, checked link exists), publisher, summary with
 * matched words marked, badges, one-tap contact actions and an expandable detail.
 */
import { html, nothing, type TemplateResult, type noChange as litNoChange } from 'lit';
import { msg, str } from '@lit/localize';
import type { Hit } from '../core/engine.js';
import { hasDetails, type ContactAction, type ResourceView, type Shown } from '../core/resource-view.js';
import { allDayText } from './messages.js';
import { highlight } from './highlight.js';
import { plainItems } from './plain-items.js';
import { noChange } from './in-place.js';
import { languageName } from '../core/language-name.js';
import { monthYear } from './format.js';
import { headingTag } from './heading.js';
import { renderShortlistToggle } from './shortlist-toggle.js';
import { contactLabel } from './contact-label.js';
import { localPart } from '../parts/index.js';
import type { PlaceView } from '../core/place-view.js';

export interface CardHandlers {
  open(view: ResourceView, event: Event): void;
  contact(view: ResourceView, action: ContactAction): void;
  /** Whether the card's "More details" is open: its content is rendered only then, so closed cards cost no nodes. */
  detailOpen(id: string): boolean;
  detailToggled(id: string, open: boolean): void;
  /** Resource links open a new tab (the `new-tab` attribute); by default they stay in this tab, so Exit leaves none behind. */
  newTab(): boolean;
}

/** Id of the one hidden "Opens in a new tab" text that new-tab links point to (the finder renders it). */
export const NEW_TAB_NOTE_ID = 'rf-new-tab-note';

type Matches = Hit['matches'];

/** `lang` only where the text fell back to another language than the UI's. */
const langOf = (shown: Shown | undefined, uiLocale: string) => (shown && shown.lang !== uiLocale ? shown.lang : nothing);

export function renderContacts(view: ResourceView, handlers: CardHandlers): TemplateResult | typeof nothing {
  if (!view.contacts.length) return nothing;
  // No whitespace between tags and one part for both notes: fewer nodes per card.
  return html`<ul class="actions" role="list">${view.contacts.map(
    (action) =>
      html`<li><a class="action" part="contact" href=${action.href} data-channel=${action.channel} @click=${() => handlers.contact(view, action)}
            >${contactLabel(action, true)}</a
          >${action.channel === 'email' || action.note ? contactNotes(action) : nothing}</li>`,
  )}</ul>`;
}

const contactNotes = (action: ContactAction) =>
  html`${action.channel === 'email' ? html`<span class="note email">${action.value}</span>` : nothing}${action.note ? html`<span class="note" lang=${langOf(action.note, '')}>${action.note.text}</span>` : nothing}`;

export function renderTitleLink(view: ResourceView, handlers: CardHandlers, content: unknown) {
  // A template either way: a card element shows one resource, then another (ui/keyed.ts), and Lit
  // can switch one template for another, but not a template for a directive that keeps its own
  // nodes (highlight): the old template's nodes would be gone while Lit still updated them.
  if (!view.href) return html`${content}`;
  // In new-tab mode the warning is a description, not part of the name: headings stay clean.
  const newTab = handlers.newTab();
  return html`<a
    href=${view.href}
    target=${newTab ? '_blank' : nothing}
    rel="noopener noreferrer"
    referrerpolicy="no-referrer"
    aria-describedby=${newTab ? NEW_TAB_NOTE_ID : nothing}
    @click=${(event: Event) => handlers.open(view, event)}
    ><bdi>${content}</bdi></a
  >`;
}

function detailRow(label: string, shown: Shown | undefined, uiLocale: string) {
  if (!shown) return nothing;
  return html`<dt>${label}</dt>
    <dd lang=${langOf(shown, uiLocale)}>${shown.text}</dd>`;
}

function renderDetail(view: ResourceView, locale: string) {
  const rows = [
    detailRow(msg('Full description', { id: 'detail.description', desc: 'Heading: the whole description, shown when the card shows a shortened one.' }), view.fullDescription, locale),
    detailRow(msg('Who it is for', { id: 'detail.eligibility', desc: 'Heading: eligibility for the resource.' }), view.eligibility, locale),
    detailRow(msg('How to use it', { id: 'detail.howTo', desc: 'Heading: how to apply for or use the resource.' }), view.howTo, locale),
    detailRow(msg('Cost', { id: 'detail.fees', desc: 'Heading: fees.' }), view.fees, locale),
    view.schedules.map((s) => detailRow(msg('Hours', { id: 'detail.hours', desc: 'Heading: opening hours.' }), s, locale)),
    view.areas.length
      ? detailRow(msg('Area served', { id: 'detail.area', desc: 'Heading: the places the resource serves.' }), { text: view.areas.map((a) => a.text).join(', '), lang: view.areas[0].lang }, locale)
      : nothing,
    view.address ? detailRow(msg('Address', { id: 'detail.address', desc: 'Heading: street address.' }), { text: view.address, lang: locale }, locale) : nothing,
    view.hubLink
      ? detailRow(msg('About the link', { id: 'detail.link', desc: 'Heading: a note about where the link goes.' }), {
          text: msg("The link goes to the publisher's main site; search there for this item.", { id: 'detail.hubLink', desc: 'Shown when the link is to the publisher home page rather than the item itself.' }),
          lang: locale,
        }, locale)
      : nothing,
  ];
  return html`<dl>${rows}</dl>`;
}

/** What a result card shows, and its inputs (one object: the keyed list renders cards from it). */
export interface CardInput {
  view: ResourceView;
  matches: Matches | undefined;
  locale: string;
  level: number;
  handlers: CardHandlers;
  saved: boolean;
  toggleSaved: (id: string) => void;
  place?: PlaceView;
}

/** One card as an `<li>` template (lists that are not keyed; the result list uses ui/keyed.ts with `cardContent`). */
export function renderResultCard(card: CardInput): TemplateResult {
  return html`<li part="result" class="card" tabindex="-1">${cardContent(card)}</li>`;
}

/** What each keyed card element last showed (cardContent with `el`): its view and the rest as one key. */
const shown = new WeakMap<Element, { view: ResourceView; key: string }>();

/**
 * The inside of a card's `<li>`. Written without whitespace between blocks: each space would be
 * one more node. With `el` (the card's element in a keyed list), noChange when `el` already shows
 * exactly this: typing on often keeps a result and its marked words ("hous" → "housi" marks the
 * same whole words), and such a card is then not rendered again.
 */
export function cardContent({ view, matches, locale, level, handlers, saved, toggleSaved, place }: CardInput, el?: Element): TemplateResult | typeof litNoChange {
  const open = handlers.detailOpen(view.id);
  if (el) {
    // The view is one object per resource and locale (view-model.ts); the rest is compared by value.
    const key = [locale, level, saved, open, handlers.newTab(), allDayText(), JSON.stringify([matches, place])].join('\u0000');
    const last = shown.get(el);
    if (last?.view === view && last.key === key) return noChange;
    shown.set(el, { view, key });
  }
  const checked = monthYear(view.checked, locale);
  const titleId = `r-${view.id}`;
  // One list of [class, text]: one part for all badges, not one per kind.
  const badges = [
    view.allDay && ['badge strong', allDayText()],
    view.free && ['badge strong', msg('Free', { id: 'badge.free', desc: 'Badge: no cost.' })],
    view.type && ['badge', view.type],
    ...view.audiences.map((a) => ['badge', a]),
    ...view.languages.map((code) => ['badge lang', languageName(code, locale)]),
  ].filter((b): b is string[] => !!b);
  return html`${view.closed || view.alert
      ? html`<p class="alert" role="note">${view.closed ? msg('Temporarily closed.', { id: 'card.closed', desc: 'Notice on a resource that is temporarily closed.' }) : nothing}
          ${view.alert ? html`<bdi lang=${langOf(view.alert, locale)}>${view.alert.text}</bdi>` : nothing}</p>`
      : nothing}${headingTag(level, html`<span id=${titleId} lang=${langOf(view.name, locale)}>${renderTitleLink(view, handlers, highlight(view.name.text, matches?.name))}</span>`, 'title')}${view.organization
      ? html`<p class="org" lang=${langOf(view.organization, locale)}>${highlight(view.organization.text, matches?.organization)}</p>`
      : nothing}<p class="summary" lang=${langOf(view.summary, locale)}>${highlight(view.summary.text, matches?.description)}</p
    ><ul class="badges" role="list">${plainItems(badges as [string, string][])}</ul
    >${place && localPart ? localPart.renderCardPlace(place, locale, view.name.text) : nothing}${renderContacts(view, handlers)}${checked
      ? html`<p class="checked">${msg(str`Link checked ${checked}`, { id: 'card.checked', desc: 'When the link was last verified; {0} is a month and year such as "November 2026".' })}</p>`
      : nothing}${renderShortlistToggle(view, saved, toggleSaved, titleId)}${hasDetails(view)
      ? html`<details class="more" ?open=${open} @toggle=${(e: Event) => handlers.detailToggled(view.id, (e.target as HTMLDetailsElement).open)}
          ><summary aria-describedby=${titleId}>${msg('More details', { id: 'card.details', desc: 'Expander on a result card that shows eligibility, how to use it, contacts and languages.' })}</summary
          >${open ? renderDetail(view, locale) : nothing}</details
        >`
      : nothing}`;
}
