/**
 * "Near" and "open now" over a whole bundle: the distance of every resource from a point (its
 * nearest usable site), which resources are open at an instant, and a typed place → point.
 * Owns: the per-bundle arrays the engine filters and sorts with, cached per point and per minute.
 * Does not own: the arithmetic (geo.ts, hours.ts) or where the visitor's point comes from (UI).
 * Everything runs on the device; nothing here sends anything anywhere.
 */
import { cityPoint, haversine, pointOf, zipPoint, type DistanceUnit, type ZipPoint } from './geo.js';
import { resourceHours } from './hours.js';
import type { Bundle, LatLon } from './types.js';

export interface PlaceTable {
  /** Distance of each resource's nearest usable site from `from`; NaN when it has none ("available anywhere"). */
  distances(from: LatLon, unit: DistanceUnit): Float64Array;
  /** 1 where the resource is open (or open around the clock) at `at` (epoch ms), in the bundle's zone. */
  openAt(at: number): Uint8Array;
  /** The zone hours are evaluated in: `meta.timezone`, else the device's. */
  readonly timeZone: string;
}

/** Arrays for one bundle; each keeps only its last answer (a visitor moves one point at a time). */
export function createPlaceTable(bundle: Bundle): PlaceTable {
  const res = bundle.resources;
  const timeZone = bundle.meta.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  // Flat site points per resource, read once: the distance pass is then a tight loop.
  const off = new Uint32Array(res.length + 1);
  const pts: number[] = [];
  res.forEach((r, i) => {
    for (const l of r.locations ?? []) {
      const p = pointOf(l);
      if (p && l.location_type != 'virtual') pts.push(p[0], p[1]);
    }
    off[i + 1] = pts.length / 2;
  });
  let lastDist: { key: string; value: Float64Array } | undefined;
  let lastOpen: { at: number; value: Uint8Array } | undefined;
  return {
    timeZone,
    distances(from, unit) {
      const key = `${from[0]},${from[1]},${unit}`;
      if (lastDist?.key === key) return lastDist.value;
      const value = new Float64Array(res.length).fill(NaN);
      for (let i = 0; i < res.length; i++) {
        for (let k = off[i]; k < off[i + 1]; k++) {
          const d = haversine(from, [pts[2 * k], pts[2 * k + 1]], unit);
          if (!(d >= value[i])) value[i] = d; // NaN compares false: the first site always sets it
        }
      }
      lastDist = { key, value };
      return value;
    },
    openAt(at) {
      if (lastOpen?.at === at) return lastOpen.value;
      const now = new Date(at);
      const value = Uint8Array.from(res, (r) => {
        const s = resourceHours(r, now, timeZone).state;
        return s == 'open' || s == 'open-24h' ? 1 : 0;
      });
      lastOpen = { at, value };
      return value;
    },
  };
}

/**
 * A typed place → a point, from the bundle alone: a ZIP (its centroid, else its 3-digit prefix,
 * approximate), else a city named in the bundle's own addresses (approximate). Undefined otherwise.
 */
export function placePoint(text: string, bundle: Bundle): ZipPoint | undefined {
  return zipPoint(text, bundle.places) ?? cityPoint(text, bundle.resources);
}

/** "lat,lon" typed or pasted, e.g. "25.68, -80.31"; undefined unless both are on Earth. */
export function parseLatLon(text: string): LatLon | undefined {
  const m = /^\s*(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*$/.exec(text);
  if (!m) return undefined;
  const lat = Number(m[1]);
  const lon = Number(m[2]);
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? [lat, lon] : undefined;
}
