/**
 * Whether a bundle needs the local-directory part (core/local-part.ts): it has sites, or hours a
 * clock can read. Decided from the bundle alone, before the first results, so nothing flashes.
 */
import type { Bundle } from './types.js';
import { isStructured } from './hours.js';

/** True when some resource has a location, or a schedule with days and times (not only a description). */
export const needsLocal = (bundle: Bundle): boolean =>
  bundle.resources.some((r) => r.locations?.length || r.schedules?.some(isStructured));
