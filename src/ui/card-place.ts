/**
 * The place and hours lines inside a card: "Open now · until 5 PM", "2.3 mi · 100 Main St, Miami"
 * and a directions link (a plain link: nothing loads until it is tapped).
 * Part of the local part (src/parts/local.ts). Owns: that wording. Does not own: which site or whether it may be shown (core/place-view.ts).
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { timeLabel, weekdayLabel, type HoursStatus } from '../core/hours.js';
import type { PlaceView } from '../core/place-view.js';
import { distanceText } from './place-controls.js';

/** "Open now · until 5 PM", "Closed · opens Mon 9 AM", "Open 24 hours"; undefined when unknown. */
export function hoursText(h: HoursStatus, locale: string): string | undefined {
  if (h.state === 'open-24h') return msg('Open 24 hours', { id: 'hours.24h', desc: 'Card: open around the clock.' });
  if (h.state === 'open') {
    const until = timeLabel(h.until.time, locale);
    return h.until.inDays > 1
      ? msg(str`Open now · until ${weekdayLabel(h.until.day, locale)} ${until}`, { id: 'hours.openUntilDay', desc: 'Card: open now, closes on another day; {0} is a short weekday, {1} a time.' })
      : msg(str`Open now · until ${until}`, { id: 'hours.openUntil', desc: 'Card: open now; {0} is the closing time, e.g. "5 PM".' });
  }
  if (h.state === 'closed') {
    if (!h.opens) return msg('Closed', { id: 'hours.closed', desc: 'Card: closed, next opening unknown.' });
    const at = timeLabel(h.opens.time, locale);
    return h.opens.inDays === 0
      ? msg(str`Closed · opens ${at}`, { id: 'hours.opensToday', desc: 'Card: closed now, opens later today; {0} is a time.' })
      : msg(str`Closed · opens ${weekdayLabel(h.opens.day, locale)} ${at}`, { id: 'hours.opensDay', desc: 'Card: closed now; {0} is a short weekday, {1} a time.' });
  }
  return undefined;
}

export function renderCardPlace(place: PlaceView | undefined, locale: string, name: string) {
  if (!place) return nothing;
  const hours = hoursText(place.hours, locale);
  const open = place.hours.state === 'open' || place.hours.state === 'open-24h';
  const where = [place.distance !== undefined ? distanceText(place.distance, place.unit, locale) : '', place.address ?? ''].filter(Boolean).join(' · ');
  return html`${hours ? html`<p class="hours ${open ? 'open' : ''}" part="hours">${hours}</p>` : nothing}${where || place.directions
    ? html`<p class="where" part="place-line">${where}${place.directions
        ? html` <a class="directions" href=${place.directions} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer"
            >${msg('Directions', { id: 'place.directions', desc: 'Link to a map with directions to the site.' })}<span class="visually-hidden">: ${name} ${msg('(opens in a new tab)', { id: 'place.directionsNewTab', desc: 'Read by screen readers after the Directions link, which opens a map in a new browser tab.' })}</span></a
          >`
        : nothing}</p>`
    : nothing}`;
}
