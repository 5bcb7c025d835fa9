/**
 * Header names as people write them: "Organization Name", "Program", "Phone Number", "Zip" → our
 * columns, whatever their case, spacing and punctuation; and "did you mean …?" only when plausible.
 * Owns: the alias table (docs/cli.md lists it). Does not own: reading the cells (csv.ts).
 */

/** "Phone Number" → "phone_number", "E-mail" → "e_mail", "Organization (Name)" → "organization_name". */
export function normalizeHeader(h: string): string {
  return h
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
}

/** Other names for our columns (already normalized). Ambiguous words (type, x, y, notes) are left out on purpose. */
const ALIASES: Record<string, string[]> = {
  id: ['service_id', 'program_id', 'record_id', 'resource_id'],
  name: ['program', 'program_name', 'service', 'service_name', 'resource', 'resource_name', 'title', 'name_of_program', 'name_of_service'],
  description: ['about', 'summary', 'service_description', 'program_description', 'details', 'description_of_services'],
  organization: ['organization_name', 'organisation', 'organisation_name', 'org', 'org_name', 'agency', 'agency_name', 'provider', 'provider_name'],
  organization_url: ['organization_website', 'organisation_website', 'agency_website', 'org_website'],
  url: ['website', 'web_site', 'web', 'site', 'link', 'web_address', 'homepage', 'home_page', 'service_url', 'program_website', 'url_link'],
  email: ['e_mail', 'email_address', 'e_mail_address', 'contact_email'],
  phone: ['phone_number', 'phone_numbers', 'phones', 'telephone', 'telephone_number', 'tel', 'phone_no', 'main_phone', 'contact_phone', 'voice'],
  text: ['sms', 'text_number', 'text_line', 'sms_number'],
  tty: ['tdd', 'tty_tdd', 'tty_number', 'textphone'],
  fax: ['fax_number'],
  languages: ['language', 'languages_spoken', 'language_s', 'languages_offered'],
  categories: ['category', 'service_category', 'service_categories', 'topic', 'topics', 'service_type', 'services_offered'],
  audiences: ['audience', 'population', 'populations', 'population_served', 'populations_served', 'who_it_serves', 'who_we_serve'],
  keywords: ['tags', 'keyword', 'search_terms'],
  eligibility_description: ['eligibility', 'who_qualifies', 'requirements'],
  fees_description: ['fees', 'fee', 'fee_description'],
  application_process: ['how_to_apply', 'intake', 'intake_process', 'application'],
  address_1: ['address', 'street_address', 'street', 'address_line_1', 'address1', 'street_1', 'address_1_street'],
  address_2: ['address_line_2', 'address2', 'suite', 'unit', 'street_2'],
  city: ['town', 'city_town', 'municipality'],
  state_province: ['state', 'province', 'st', 'state_abbreviation'],
  postal_code: ['zip', 'zip_code', 'zipcode', 'postcode', 'post_code', 'postal', 'zip_postal_code'],
  latitude: ['lat'],
  longitude: ['lon', 'lng', 'long'],
  schedule: ['hours', 'opening_hours', 'hours_of_operation', 'open_hours', 'office_hours', 'schedule', 'times'],
  service_area: ['area_served', 'areas_served', 'service_areas', 'counties_served', 'coverage_area'],
  address_confidential: ['confidential', 'confidential_address', 'address_is_confidential'],
};

const BY_ALIAS = new Map(Object.entries(ALIASES).flatMap(([col, names]) => names.map((n) => [n, col] as const)));

/** Our column for a normalized header, by name or alias; undefined when unknown. */
export function columnFor(header: string, columns: readonly string[]): string | undefined {
  if (columns.includes(header)) return header;
  const alias = BY_ALIAS.get(header);
  return alias && columns.includes(alias) ? alias : undefined;
}

/** Edit distance where swapping two neighbours counts as one edit ("phnoe" → "phone" = 1). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * A column the header was probably meant to be, or undefined: a typo of a column or alias, one edit
 * for short names and two for names of 8 letters or more. "phnoe" → "phone"; "State" and "Zip"
 * are aliases, and "notes" suggests nothing (never "State → status?", "Zip → id?").
 */
export function suggestColumn(header: string, columns: readonly string[]): string | undefined {
  const limit = header.length >= 8 ? 2 : header.length >= 4 ? 1 : 0;
  let best: [string, number] | undefined;
  for (const [name, col] of [...columns.map((c) => [c, c] as const), ...BY_ALIAS]) {
    if (!columns.includes(col)) continue;
    const d = editDistance(header, name);
    if (d <= limit && (!best || d < best[1])) best = [col, d];
  }
  return best?.[0];
}
