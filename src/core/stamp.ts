/**
 * The stamp `resource-finder build` puts on a bundle it has checked (`meta.built`), and the checks
 * the browser still makes on a stamped bundle in place of the full validator.
 *
 * A stamp is a claim, not a proof: anyone can write one, so it never decides whether the page is
 * safe, only how much checking runs. What safety depends on is checked for every bundle: link
 * schemes where links are made (links.ts `safeHref`, at render), and here the length of every
 * string and the type of every field the templates read. A stamped bundle that fails any of these
 * (or whose resource count no longer matches the stamp, e.g. after a hand edit) goes to the full
 * validator, which says what is wrong. Pure: no DOM.
 */
import { isObj } from './guards.js';
import type { Bundle } from './types.js';

/** What `build` writes into `meta.built`. */
export interface BuildStamp {
  by: 'resource-finder';
  /** Version of the tool that built the file. */
  version: string;
  /** How many resources it wrote (a hand edit that adds or removes one voids the stamp). */
  count: number;
}

/** Marks `bundle` as checked by `build` (in place) and returns it. */
export function stampBundle(bundle: Bundle, version: string): Bundle {
  const built: BuildStamp = { by: 'resource-finder', version, count: bundle.resources.length };
  (bundle.meta as Bundle['meta'] & { built?: BuildStamp }).built = built;
  return bundle;
}

/** Longest string any field may hold (the schema's longest maxLength). */
const MAX_TEXT = 10000;

// The type each field name must have wherever it appears: t = text (a string or locale → string),
// s = string, l = list of strings, a = list of objects, o = object, b = boolean, n = number.
const KINDS = 't:name,description,alert,eligibility_description,fees_description,application_process,label,note,title,publisher,attribution' +
  ' s:id,url,email,number,type,extension,status,assured_date,checked,address_1,address_2,city,state_province,postal_code,country,byday,bymonthday,opens_at,closes_at,valid_from,valid_to,dtstart,until,location_type,resource_type,cost,field,parent,default_locale,updated,license,corrections_contact,timezone' +
  ' l:languages,categories,audiences,channels,availability,locales a:phones,schedules,service_areas,locations,resources,facets,values' +
  ' o:organization,link_check,address,meta,language_names b:confidential,closed,pinned,hierarchical n:latitude,longitude,interval,format_version';
const KIND = new Map(KINDS.split(' ').flatMap((group) => group.slice(2).split(',').map((key) => [key, group[0]!] as const)));

const isText = (v: unknown) => typeof v == 'string' || (isObj(v) && Object.values(v).every((x) => typeof x == 'string'));
const IS: Record<string, (v: unknown) => boolean> = {
  t: isText,
  s: (v) => typeof v == 'string',
  l: (v) => Array.isArray(v) && v.every((x) => typeof x == 'string'),
  a: (v) => Array.isArray(v) && v.every(isObj),
  o: isObj,
  b: (v) => typeof v == 'boolean',
  n: (v) => typeof v == 'number' && isFinite(v),
};

/** True when every string under `v` fits, every known field has its type and nothing is null or nested absurdly deep. */
function sound(v: unknown, depth = 0): boolean {
  if (typeof v == 'string') return v.length <= MAX_TEXT;
  if (typeof v == 'number' || typeof v == 'boolean') return true;
  if (depth > 8 || v === null || typeof v != 'object') return false;
  if (Array.isArray(v)) return v.every((x) => sound(x, depth + 1));
  for (const key in v) {
    const value = (v as Record<string, unknown>)[key];
    const kind = KIND.get(key);
    if ((kind && !IS[kind]!(value)) || !sound(value, depth + 1)) return false;
  }
  return true;
}

/** A resource the templates can read: an id, a name and a description, every field of its type (stamp checks). */
export const soundResource = (r: unknown): r is Record<string, unknown> & { id: string } =>
  isObj(r) && typeof r.id == 'string' && !!r.id && r.name !== undefined && r.description !== undefined && sound(r, 1);

/**
 * The bundle, when it carries `build`'s stamp and passes the checks safety depends on; undefined
 * otherwise (unstamped, edited, or unsound: then the full validator must run). Big bundles are
 * checked in time slices of about `sliceMs`, so no main-thread task runs long.
 */
export async function checkStamped(input: unknown, sliceMs = 12): Promise<Bundle | undefined> {
  if (!isObj(input) || input.format_version !== 1 || !isObj(input.meta)) return undefined;
  // A split head's index tables are checked where they are read (core/split-source.ts readSplitInfo).
  const { meta, resources, split: _, ...rest } = input;
  const built = meta.built;
  if (!isObj(built) || built.by !== 'resource-finder' || !Array.isArray(resources) || built.count !== resources.length) return undefined;
  if (!isText(meta.title) || typeof meta.default_locale != 'string' || !Array.isArray(meta.locales) || !sound(meta) || !sound(rest)) return undefined;
  // Keyed rendering and links need unique ids; the templates need a name and a description.
  const ids = new Set<unknown>();
  let sliceStart = performance.now();
  for (const r of resources) {
    if (!soundResource(r) || ids.has(r.id)) return undefined;
    ids.add(r.id);
    if (performance.now() - sliceStart > sliceMs) {
      await new Promise((resume) => setTimeout(resume));
      sliceStart = performance.now();
    }
  }
  return input as unknown as Bundle;
}
