/**
 * What a card says about place and time: the distance and address of the site shown (the nearest
 * one when the visitor gave a point), a directions link, and the hours at `now`.
 * Owns: which site is shown and the confidentiality rule (a confidential site never shows its
 * address, distance or directions). Does not own: wording (ui/card-place.ts).
 */
import { pointOf, type DistanceUnit } from './geo.js';
import { resourceHours, type HoursStatus } from './hours.js';
import type { Address, Resource, ServiceLocation } from './types.js';

export interface PlaceView {
  /** Straight-line distance to the site, in `unit`, when the visitor gave a point. */
  distance?: number;
  unit: DistanceUnit;
  /** One line: street, city, state, ZIP. */
  address?: string;
  /** A maps link to the site's point: a plain link, nothing loads until it is tapped. */
  directions?: string;
  hours: HoursStatus;
}

const line = (a: Address | undefined) =>
  a && !a.confidential ? [a.address_1, a.address_2, a.city, a.state_province, a.postal_code].filter(Boolean).join(', ') || undefined : undefined;

/** The site a card shows without a visitor's point: the first physical one with a usable point, else the first physical one. */
function defaultSite(locations: readonly ServiceLocation[]): number {
  const physical = (l: ServiceLocation) => l.location_type != 'virtual' && !l.confidential;
  const k = locations.findIndex((l) => physical(l) && pointOf(l));
  return k >= 0 ? k : locations.findIndex(physical);
}

/** Directions to a point; the visitor's own place is never part of it. */
export const directionsUrl = ([lat, lon]: [number, number]) => `https://www.google.com/maps/dir/?api=1&destination=${lat}%2C${lon}`;

/**
 * The place view of `resource` at `now` (epoch ms) in `timeZone`; `site` and `distance` come from
 * the engine's hit when the visitor gave a point. Undefined when there is nothing to say.
 */
export function placeView(
  resource: Resource, now: number, timeZone: string, unit: DistanceUnit, hit: { site?: number; distance?: number } = {},
): PlaceView | undefined {
  const locations = resource.locations ?? [];
  const k = hit.site ?? defaultSite(locations);
  const site = k >= 0 ? locations[k] : undefined;
  const hours = resourceHours(resource, new Date(now), timeZone, hit.site !== undefined ? site : undefined);
  const hidden = !site || site.confidential;
  const point = site && !hidden ? pointOf(site) : undefined;
  const view: PlaceView = { unit, hours };
  if (!hidden && hit.distance !== undefined) view.distance = hit.distance;
  const address = hidden ? undefined : line(site.address);
  if (address) view.address = address;
  if (point) view.directions = directionsUrl(point);
  return view.distance === undefined && !view.address && hours.state == 'unknown' ? undefined : view;
}
