/**
 * The place and hours lines of a card in `api` mode, from the service's answer: its distance comes
 * in meters from the database, the address and hours from the resource as in bundle mode. Part of
 * the local part (loaded on demand), so the one-file build pays nothing for it.
 */
import type { DistanceUnit } from './geo.js';
import { placeView, type PlaceView } from './place-view.js';
import type { Resource } from './types.js';

/** `meters`: the answer's `distance` (null or absent without a visitor's point); `timeZone`: the service's data zone, else the device's. */
export function remotePlace(resource: Resource, meters: unknown, now: number, timeZone: unknown, unit: DistanceUnit): PlaceView | undefined {
  const zone = typeof timeZone == 'string' ? timeZone : Intl.DateTimeFormat().resolvedOptions().timeZone;
  return placeView(resource, now, zone, unit, typeof meters == 'number' ? { distance: meters / (unit == 'km' ? 1000 : 1609.344) } : {});
}
