/**
 * What the place row's "Go" and "Use my location" do (place-state.ts holds the state): read a typed
 * place or the device's location into the visitor's point. Part of the local part, the only one
 * that shows the row. Privacy: the typed place is looked up in the bundle's own table, and the
 * location is read only on the button press; neither leaves the page.
 */
import { parseLatLon } from '../core/near.js';
import type { FinderModel } from '../core/view-model.js';
import type { SetPlace } from './place-state.js';

/** Reads the typed place: coordinates, else a ZIP code or city of the bundle; `not-found` otherwise. */
export function submitPlace(text: string, set: SetPlace, model: Pick<FinderModel, 'place'> | undefined) {
  const t = text.trim();
  if (!t) return set({ text: '', near: undefined, approximate: undefined, mine: undefined, error: undefined });
  const point = parseLatLon(t);
  const found = point ? { point, approximate: false } : model?.place(t);
  set(found ? { text: t, near: found.point, approximate: found.approximate, mine: false, error: undefined } : { text: t, near: undefined, error: 'not-found' });
}

/** Asks the device for its location (once, on the button press). */
export function locatePlace(set: SetPlace) {
  if (!navigator.geolocation) return set({ error: 'unavailable' });
  set({ locating: true, error: undefined });
  navigator.geolocation.getCurrentPosition(
    ({ coords }) => set({ locating: false, text: '', near: [coords.latitude, coords.longitude], approximate: false, mine: true }),
    (e) => set({ locating: false, error: e.code === e.PERMISSION_DENIED ? 'denied' : 'unavailable' }),
    { timeout: 15_000, maximumAge: 300_000 },
  );
}
