/**
 * The visitor's place and time state: "Near ZIP or city", "Use my location", radius, nearest first,
 * "Open now", and facet browsing. Owns: that state and its handlers. Does not own: the row's markup
 * and wording (place-controls.ts, in the local part), distances, hours or filtering (core/near.ts,
 * core/view-model.ts).
 * Privacy: a typed place is turned into a point from the bundle's own table (with `api`, the
 * service's table, fetched whole), and the device's location is read only when the button is
 * pressed. Neither leaves the page with a bundle; with `api` the point goes with the searches.
 */
import type { FacetBrowse } from '../core/facet-browse.js';
import type { DistanceUnit } from '../core/geo.js';
import { localPart } from '../parts/index.js';
import type { LatLon } from '../core/types.js';
import type { FinderModel, FinderState } from '../core/view-model.js';

/** Applies a change to the place state. */
export type SetPlace = (change: Partial<PlaceState>) => void;

export interface PlaceState {
  /** What the visitor typed in the box. */
  text: string;
  near?: LatLon;
  /** The point is the middle of a ZIP prefix or a city. */
  approximate?: boolean;
  /** The point came from the device's location. */
  mine?: boolean;
  /** 0 = any distance. */
  radius: number;
  nearestFirst: boolean;
  openNow: boolean;
  locating?: boolean;
  error?: 'not-found' | 'denied' | 'unavailable';
  browse: Readonly<Record<string, FacetBrowse>>;
}

export const emptyPlace: PlaceState = { text: '', radius: 0, nearestFirst: true, openNow: false, browse: {} };

export interface PlaceHandlers {
  /** Applies a change (and starts again from the first page). */
  set(change: Partial<PlaceState>): void;
  /** Reads the typed place. */
  submit(text: string): void;
  locate(): void;
  browse(facetId: string, change: FacetBrowse): void;
}

/** Handlers over the element's state; `model` (the bundle's, or the `api` source's place look-up) is read when used (it changes on reload). */
export function placeHandlers(get: () => PlaceState, put: (s: PlaceState) => void, model: () => Pick<FinderModel, 'place'> | undefined): PlaceHandlers {
  const set = (change: Partial<PlaceState>) => put({ ...get(), ...change });
  return {
    set,
    // Only the place row (the local part) calls these, so they are in it (place-actions.ts).
    submit: (text) => localPart?.submitPlace(text, set, model()),
    locate: () => localPart?.locatePlace(set),
    browse: (id, change) => set({ browse: { ...get().browse, [id]: { ...get().browse[id], ...change } } }),
  };
}

/** The `distance-unit` attribute when it is `mi` or `km`; else miles for a bundle with US ZIPs; else by language. */
export function distanceUnit(attr: string, locale: string, model: FinderModel | undefined): DistanceUnit {
  if (attr === 'mi' || attr === 'km') return attr;
  // Without the local part (no sites) no distance is shown: any unit will do.
  return model?.bundle.bundle.places?.zip || !localPart ? 'mi' : localPart.unitForLocale(locale);
}

/** The part of the model's state the place row decides. */
export function placeQuery(p: PlaceState, sort: FinderState['sort'], unit: DistanceUnit, now: Date | undefined): Partial<FinderState> & Pick<FinderState, 'sort'> {
  return {
    near: p.near, radius: p.radius, openNow: p.openNow, unit, now: now?.getTime(), browse: p.browse,
    sort: p.near && p.nearestFirst ? 'distance' : sort,
  };
}
