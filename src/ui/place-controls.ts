/**
 * The place and time row's markup and wording: "Near ZIP or city", "Use my location", radius,
 * nearest first, "Open now"; and the list of services available anywhere. Part of the local part
 * (src/parts/local.ts): only bundles with sites or hours load it. Does not own: the state
 * (place-state.ts), distances, hours or filtering (core/near.ts, core/view-model.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { DistanceUnit } from '../core/geo.js';
import type { FinderView } from '../core/view-model.js';
import type { PlaceHandlers, PlaceState } from './place-state.js';
import { formatNumber } from './format.js';
import { headingTag } from './heading.js';

export const RADII = [0, 5, 10, 25, 50];

/** "2.3 mi", "3,7 km". */
export function distanceText(distance: number, unit: DistanceUnit, locale: string): string {
  const unitName = unit === 'mi' ? 'mile' : 'kilometer';
  return new Intl.NumberFormat([locale, 'en'], { style: 'unit', unit: unitName, unitDisplay: 'short', maximumFractionDigits: 1, minimumFractionDigits: distance < 10 ? 1 : 0 }).format(distance);
}

function errorText(error: NonNullable<PlaceState['error']>, text: string) {
  if (error === 'not-found') return msg(str`No ZIP code or city "${text}" in this list. Try a 5-digit ZIP code.`, { id: 'place.notFound', desc: 'The typed place is not a ZIP or a city of the list; {0} is what was typed.' });
  if (error === 'denied') return msg('Your location was not shared. You can type a ZIP code instead.', { id: 'place.denied', desc: 'The visitor or the browser refused to share the location.' });
  return msg('Your location is not available. You can type a ZIP code instead.', { id: 'place.unavailable', desc: 'The device could not give a location.' });
}

/** The row; without sites that have points (`near` false) only "Open now". `remote`: searches go to a service (`api`), so the point does too. */
export function renderPlaceControls(uid: string, p: PlaceState, unit: DistanceUnit, locale: string, on: PlaceHandlers, near = true, remote = false): TemplateResult {
  const radiusLabel = (r: number) => (r ? distanceText(r, unit, locale).replace(/[.,]0(?=\D)/, '') : msg('Any distance', { id: 'place.anyDistance', desc: 'Radius option: no distance limit.' }));
  const submit = (e: Event) => {
    e.preventDefault();
    on.submit(((e.target as HTMLFormElement).elements.namedItem('near') as HTMLInputElement).value);
  };
  const from = p.mine
    ? msg('Distances from your location.', { id: 'place.fromMine', desc: 'Shown when distances are measured from the device location.' })
    : p.approximate
      ? msg(str`Distances from the middle of ${p.text} (approximate).`, { id: 'place.fromApprox', desc: 'Shown when distances are measured from the middle of a ZIP prefix area or a city; {0} is what was typed.' })
      : msg(str`Distances from ${p.text}.`, { id: 'place.from', desc: 'Shown when distances are measured from a typed ZIP code; {0} is the ZIP.' });
  return html`<form class="place" part="place" aria-label=${msg('Place and hours', { id: 'place.landmark', desc: 'Accessible name of the place and opening-hours controls.' })} @submit=${submit}>
    <div class="place-row">
      ${near ? html`<div class="field grow">
        <label for="${uid}-near">${msg('Near ZIP code or city', { id: 'place.label', desc: 'Label of the box where the visitor types a ZIP code or city.' })}</label>
        <span class="place-input">
          <input id="${uid}-near" name="near" type="text" autocomplete="off" enterkeyhint="go" aria-describedby="${uid}-near-note" .value=${p.text} />
          <button type="submit" class="button secondary">${msg('Go', { id: 'place.go', desc: 'Button that applies the typed ZIP code or city.' })}</button>
        </span>
      </div>
      <button type="button" class="button secondary" ?disabled=${p.locating} @click=${on.locate}>${p.locating
        ? msg('Finding your location…', { id: 'place.locating', desc: 'Shown on the location button while waiting for the device.' })
        : msg('Use my location', { id: 'place.locate', desc: 'Button that uses the device location to sort by distance.' })}</button>` : nothing}
      ${p.near
        ? html`<div class="field">
              <label for="${uid}-radius">${msg('Within', { id: 'place.radius', desc: 'Label of the distance menu (Any distance, 5 mi, …).' })}</label>
              <select id="${uid}-radius" @change=${(e: Event) => on.set({ radius: Number((e.target as HTMLSelectElement).value) })}>
                ${RADII.map((r) => html`<option value=${r} ?selected=${r === p.radius}>${radiusLabel(r)}</option>`)}
              </select>
            </div>
            <label class="check"><input type="checkbox" .checked=${p.nearestFirst} @change=${(e: Event) => on.set({ nearestFirst: (e.target as HTMLInputElement).checked })} />${msg('Nearest first', { id: 'place.nearest', desc: 'Checkbox: sort results by distance.' })}</label>`
        : nothing}
      <label class="check"><input type="checkbox" .checked=${p.openNow} @change=${(e: Event) => on.set({ openNow: (e.target as HTMLInputElement).checked })} />${msg('Open now', { id: 'place.openNow', desc: 'Checkbox: only services open at this moment.' })}</label>
    </div>
    ${near ? html`<p class="hint" id="${uid}-near-note">${remote
      ? msg('Your place becomes a point on this device; that point, not what you typed, goes with your searches to this site\'s own server.', { id: 'place.privacyRemote', desc: 'Privacy note under the place box when the list is searched on the site\'s server (api attribute).' })
      : msg('Your place stays on this device: distances are worked out here and nothing is sent.', { id: 'place.privacy', desc: 'Privacy note under the place box.' })}</p>` : nothing}
    ${p.error ? html`<p class="place-error" role="alert">${errorText(p.error, p.text)}</p>` : nothing}
    ${p.near
      ? html`<p class="place-from">${from} <button type="button" class="link-button" @click=${() => on.set({ text: '', near: undefined, approximate: undefined, mine: undefined, radius: 0 })}>${msg('Clear place', { id: 'place.clear', desc: 'Button that stops measuring distances.' })}</button></p>`
      : nothing}
  </form>`;
}

/** Services without a place, listed apart when the visitor gave a point. */
export function renderAnywhere(view: FinderView, level: number, locale: string, card: (hit: FinderView['hits'][number]) => TemplateResult): TemplateResult | typeof nothing {
  if (!view.anywhere.length) return nothing;
  return html`<section class="anywhere" part="anywhere" aria-labelledby="anywhere-h">
    ${headingTag(level, html`<span id="anywhere-h">${msg(str`Available anywhere (${formatNumber(view.anywhereTotal, locale)})`, { id: 'place.anywhere', desc: 'Heading over services without a place (hotlines, online); {0} is how many.' })}</span>`, 'anywhere-title')}
    <p class="hint">${msg('By phone or online: no distance applies.', { id: 'place.anywhereNote', desc: 'Note under the "Available anywhere" heading.' })}</p>
    <ul class="list" role="list">${view.anywhere.map(card)}</ul>
  </section>`;
}
