/**
 * Places on the device: straight-line distance, the nearest site of a service, ZIP → point from the
 * bundle's own centroid table, and the table itself for a bundle's area (used by `build`).
 * Owns: the arithmetic and the "approximate" mark. Does not own: where a visitor's point comes
 * from (typed ZIP or browser geolocation: UI), or wording. Nothing here sends anything anywhere.
 */

import type { LatLon, Places, ServiceLocation } from './types.js';

export type DistanceUnit = 'mi' | 'km';

/** Mean Earth radius (IUGG), in each unit. */
const RADIUS: Record<DistanceUnit, number> = { km: 6371.0088, mi: 3958.7613 };
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle (haversine) distance between two [lat, lon] points. */
export function haversine(a: LatLon, b: LatLon, unit: DistanceUnit = 'mi'): number {
  const dLat = rad(b[0] - a[0]);
  const dLon = rad(b[1] - a[1]);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a[0])) * Math.cos(rad(b[0])) * Math.sin(dLon / 2) ** 2;
  return 2 * RADIUS[unit] * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The point of a location, when it has one that may be used (never a confidential one's). */
export function pointOf(location: ServiceLocation): LatLon | undefined {
  if (location.confidential || typeof location.latitude != 'number' || typeof location.longitude != 'number') return undefined;
  return [location.latitude, location.longitude];
}

export interface Nearest {
  location: ServiceLocation;
  /** Index in the service's `locations`. */
  index: number;
  distance: number;
}

/** The nearest located site of a multi-site service to `from`; undefined when none has a point. */
export function nearestLocation(locations: readonly ServiceLocation[] | undefined, from: LatLon, unit: DistanceUnit = 'mi'): Nearest | undefined {
  let best: Nearest | undefined;
  (locations ?? []).forEach((location, index) => {
    const p = pointOf(location);
    if (!p) return;
    const distance = haversine(from, p, unit);
    if (!best || distance < best.distance) best = { location, index, distance };
  });
  return best;
}

/** A service with no physical site that has a point (hotlines, online help): "available anywhere". */
export const isPlaceless = (locations: readonly ServiceLocation[] | undefined): boolean => !(locations ?? []).some((l) => pointOf(l));

/** "33157", "33157-1234", " 33157 " → "33157"; anything else → undefined. */
export function normalizeZip(text: string): string | undefined {
  return /^\s*(\d{5})(?:[-\s]?\d{4})?\s*$/.exec(text)?.[1];
}

export interface ZipPoint {
  point: LatLon;
  /** True when only the 3-digit prefix was found: the point is the middle of a wider area. */
  approximate: boolean;
}

/** The point of a ZIP from the bundle's table; falls back to its 3-digit prefix, marked approximate. */
export function zipPoint(zip: string, places: Places | undefined): ZipPoint | undefined {
  const z = normalizeZip(zip);
  if (!z || !places) return undefined;
  const exact = places.zip?.[z];
  if (exact) return { point: exact, approximate: false };
  const near = places.zip3?.[z.slice(0, 3)];
  return near ? { point: near, approximate: true } : undefined;
}

/** Miles where people use them (United States, Liberia, Myanmar, United Kingdom), else kilometres. */
export function unitForLocale(locale: string): DistanceUnit {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    return 'km';
  }
  return region && ['US', 'LR', 'MM', 'GB', 'PR', 'VI', 'GU', 'AS', 'MP'].includes(region) ? 'mi' : 'km';
}

const round4 = (n: number) => Math.round(n * 1e4) / 1e4;

/**
 * The ZIP centroid table for a bundle's area only: every ZIP of `table` that shares a 3-digit prefix
 * with a ZIP of the bundle, or lies within `marginMi` of one of its points; plus one mean point per
 * prefix (the approximate fallback). Points rounded to 4 decimals (about 11 m).
 */
export function areaPlaces(table: Readonly<Record<string, LatLon>>, zips: Iterable<string>, points: Iterable<LatLon>, marginMi = 30): Places {
  const prefixes = new Set<string>();
  for (const z of zips) {
    const n = normalizeZip(z);
    if (n) prefixes.add(n.slice(0, 3));
  }
  const pts = [...points];
  // A bounding box first: the haversine check then runs only on ZIPs near the points.
  const pad = marginMi / 69;
  const box = pts.length
    ? pts.reduce((b, [la, lo]) => [Math.min(b[0], la), Math.max(b[1], la), Math.min(b[2], lo), Math.max(b[3], lo)], [90, -90, 180, -180])
    : undefined;
  const near = (p: LatLon) =>
    !!box &&
    p[0] >= box[0] - pad &&
    p[0] <= box[1] + pad &&
    p[1] >= box[2] - pad * 2 &&
    p[1] <= box[3] + pad * 2 &&
    pts.some((q) => haversine(p, q) <= marginMi);
  const zip: Record<string, LatLon> = {};
  for (const [z, p] of Object.entries(table)) {
    if (prefixes.has(z.slice(0, 3)) || near(p)) zip[z] = [round4(p[0]), round4(p[1])];
  }
  const sums = new Map<string, [number, number, number]>();
  for (const [z, p] of Object.entries(zip)) {
    const s = sums.get(z.slice(0, 3)) ?? [0, 0, 0];
    sums.set(z.slice(0, 3), [s[0] + p[0], s[1] + p[1], s[2] + 1]);
  }
  const zip3: Record<string, LatLon> = {};
  for (const [k, [la, lo, n]] of [...sums].sort()) zip3[k] = [round4(la / n), round4(lo / n)];
  return { zip, zip3 };
}

/** "Coral Gables", " coral  gables " and "CORAL GABLES" compare equal; accents ignored. */
export const cityKey = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * The point of a city named in the box, from the bundle's own sites: the mean of the located,
 * non-confidential sites whose address has that city. Always approximate (a city is an area).
 * Undefined when no site is in that city: nothing is looked up elsewhere.
 */
export function cityPoint(name: string, resources: readonly { locations?: readonly ServiceLocation[] }[]): ZipPoint | undefined {
  const want = cityKey(name);
  if (!want) return undefined;
  let lat = 0;
  let lon = 0;
  let n = 0;
  for (const r of resources) {
    for (const l of r.locations ?? []) {
      const p = pointOf(l);
      if (p && l.address?.city && cityKey(l.address.city) == want) {
        lat += p[0];
        lon += p[1];
        n++;
      }
    }
  }
  return n ? { point: [lat / n, lon / n], approximate: true } : undefined;
}
