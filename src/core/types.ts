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
  schedules?: { description: LocalizedText }[];
  service_areas?: { name: LocalizedText }[];
  address?: Address;
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
}

export interface FacetDef {
  id: string;
  /** Defaults to `id`. */
  field?: FacetField;
  label: LocalizedText;
  /** Allowed values in display order; omitted for open facets (values come from the data). */
  values?: FacetValueDef[];
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
}

export interface Bundle {
  $schema?: string;
  format_version: 1;
  meta: BundleMeta;
  facets?: FacetDef[];
  /** Per locale, groups of equivalent words or phrases. */
  synonyms?: Record<string, string[][]>;
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
