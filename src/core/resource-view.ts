/**
 * What a result card shows for one resource in one locale: resolved text, safe links,
 * contact actions (tel:, sms:, mailto:), badges and details.
 * Owns: every decision about which data may be shown (unsafe links and confidential
 * addresses never reach the view). Does not own: markup or wording of the UI itself.
 */
import type { Bundle, Resource } from './types.js';
import type { NormalizedBundle, Shown } from './normalize.js';
import { phoneChannel, type PhoneChannel } from './channels.js';
import { valueLabel } from './facets.js';
import { phoneHref, safeHref } from './links.js';

export type { Shown };

export type ContactChannel = PhoneChannel | 'email';

export interface ContactAction {
  channel: ContactChannel;
  href: string;
  /** The number or address as written in the data. */
  value: string;
  note?: Shown;
}

export interface ResourceView {
  id: string;
  name: Shown;
  /** The description, cut to SUMMARY_MAX characters for the card. */
  summary: Shown;
  /** The whole description, when the summary had to be cut. */
  fullDescription?: Shown;
  organization?: Shown;
  /** Safe http(s) link, present only when the bundle has one. */
  href?: string;
  /** The link goes to the publisher's main page, not the item's own page. */
  hubLink: boolean;
  /** YYYY-MM(-DD) the link was checked. */
  checked?: string;
  contacts: ContactAction[];
  languages: string[];
  type?: string;
  audiences: string[];
  allDay: boolean;
  free: boolean;
  closed: boolean;
  alert?: Shown;
  eligibility?: Shown;
  howTo?: Shown;
  fees?: Shown;
  schedules: Shown[];
  areas: Shown[];
  /** A street address, only when not confidential. */
  address?: string;
  pinned: boolean;
}


/** Label of a value of `field` (e.g. resource_type "hotline" → "Hotline"/"Línea directa"), or the id itself. */
function fieldValueLabel(bundle: Bundle, field: string, id: string, locale: string): string {
  const facet = bundle.facets?.find((f) => (f.field ?? f.id) === field);
  return facet ? valueLabel(facet, id, locale, bundle.meta.default_locale) : id;
}

/** Longest card summary, in characters: a card is a glance, and very long text costs layout on every keystroke. */
export const SUMMARY_MAX = 400;

/** Made when first needed: a grapheme segmenter costs tens of milliseconds to make on a slow phone, in the script's first task. */
let graphemes: Intl.Segmenter | undefined;
/** A character that may join the next or the one before into one grapheme (CR, marks, surrogates, joiners, …); below U+0300 only CR does. */
const JOINS = /[\r\u0300-\uffff]/;

/**
 * The text cut to at most `max` user-perceived characters (the ellipsis included), or undefined when
 * it fits. Cut between graphemes, so never inside an emoji sequence, a flag or a combining mark.
 * Only as much of the text is segmented as the cut needs: views are made per hit, per keystroke.
 */
export function cutText(text: string, max: number): string | undefined {
  // Characters never outnumber UTF-16 units: text this short fits.
  if (text.length <= max) return undefined;
  // Where the first max + 1 units are each a grapheme of their own (Latin text, Spanish accents
  // included), the cut is by units: the same as segmenting.
  if (!JOINS.test(text.slice(0, max + 1))) return text.slice(0, max - 1).trimEnd() + '…';
  if (!graphemes && typeof Intl.Segmenter === 'function') graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const chars: string[] = [];
  for (const c of graphemes ? graphemes.segment(text) : text) if (chars.push(typeof c == 'string' ? c : c.segment) > max) return chars.slice(0, max - 1).join('').trimEnd() + '…';
  return undefined;
}

function cut(shown: Shown): Shown | undefined {
  const text = cutText(shown.text, SUMMARY_MAX);
  return text === undefined ? undefined : { text, lang: shown.lang };
}

/** True when the card's "More details" would show something the card does not already show. */
export function hasDetails(view: ResourceView): boolean {
  return !!(view.fullDescription || view.eligibility || view.howTo || view.fees || view.schedules.length || view.areas.length || view.address || view.hubLink);
}

/** The card view of `resource` in `locale`. */
export function resourceView(resource: Resource, normalized: NormalizedBundle, locale: string): ResourceView {
  const { bundle } = normalized;
  const show = normalized.in(locale).text;
  const description = show(resource.description)!;
  const summary = cut(description);
  const contacts: ContactAction[] = [];
  for (const phone of resource.phones ?? []) {
    const channel = phoneChannel(phone.type);
    const href = channel && phoneHref(phone.number, phone.type ?? 'voice');
    if (channel && href) contacts.push({ channel, href, value: phone.number, note: show(phone.description) });
  }
  const mail = resource.email ? safeHref(`mailto:${resource.email}`) : null;
  if (mail && resource.email) contacts.push({ channel: 'email', href: mail, value: resource.email });
  const href = resource.url ? safeHref(resource.url) : null;
  const address = resource.address;
  return {
    id: resource.id,
    name: show(resource.name)!,
    summary: summary ?? description,
    fullDescription: summary && description,
    organization: show(resource.organization?.name),
    href: href && /^https?:/.test(href) ? href : undefined,
    hubLink: resource.link_check?.status === 'verified-parent',
    checked: href ? resource.link_check?.checked : undefined,
    contacts,
    languages: resource.languages ?? [],
    type: resource.resource_type ? fieldValueLabel(bundle, 'resource_type', resource.resource_type, locale) : undefined,
    audiences: (resource.audiences ?? []).map((a) => fieldValueLabel(bundle, 'audiences', a, locale)),
    allDay: resource.availability?.includes('24-7') ?? false,
    free: resource.cost === 'free',
    closed: resource.status === 'temporarily closed' || resource.status === 'inactive',
    alert: show(resource.alert),
    eligibility: show(resource.eligibility_description),
    howTo: show(resource.application_process),
    fees: show(resource.fees_description),
    schedules: (resource.schedules ?? []).map((s) => show(s.description)!),
    areas: (resource.service_areas ?? []).map((a) => show(a.name)!),
    address:
      address && !address.confidential
        ? [address.address_1, address.address_2, address.city, address.state_province, address.postal_code]
            .filter(Boolean)
            .join(', ')
        : undefined,
    pinned: resource.pinned === true,
  };
}
