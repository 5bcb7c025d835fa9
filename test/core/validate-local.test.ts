import { expect } from '@open-wc/testing';
import { formatProblem, isTimeZone, validateBundle } from '../../src/core/validate.js';
import type { Problem } from '../../src/core/types.js';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A format-1 bundle with the local fields: places, timezone, locations, hours, a tree facet. */
const local = (): Obj => ({
  format_version: 1,
  meta: { title: 'Local', default_locale: 'en', locales: ['en'], updated: '2026-11-30', timezone: 'America/New_York' },
  facets: [
    {
      id: 'categories',
      label: 'Category',
      hierarchical: true,
      values: [
        { id: 'B', label: 'B' },
        { id: 'BD', label: 'Food', parent: 'B' },
        { id: 'BD-1800', label: 'Emergency food', parent: 'BD' },
      ],
    },
  ],
  places: { source: 'test', zip: { '33157': [25.6061, -80.3423] }, zip3: { '331': [25.75, -80.3] } },
  resources: [
    {
      id: 'pantry',
      name: 'Example pantry',
      description: 'Example data.',
      categories: ['BD-1800'],
      phones: [{ number: '305-555-0100', extension: '12' }, { number: '305-555-0101' }],
      schedules: [{ description: 'Weekdays 9–5', freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '17:00', valid_from: '2026-01-01', valid_to: '2026-12-31' }],
      locations: [
        { id: 'site-1', name: 'North', location_type: 'physical', address: { address_1: '1 Example St', postal_code: '33157' }, latitude: 25.6, longitude: -80.3 },
        { id: 'site-2', location_type: 'physical', confidential: true },
        { location_type: 'virtual', schedules: [{ description: 'Monthly', freq: 'MONTHLY', byday: '2TU,-1FR', opens_at: '10:00', closes_at: '12:00' }] },
      ],
    },
    { id: 'other', name: 'Other', description: 'Example data.' },
  ],
});

const found = (b: Obj) => validateBundle(b).problems.map((p: Problem) => [p.severity, p.code, p.path.join('/')]);

describe('validateBundle: local fields', () => {
  it('a format-1 bundle with locations, hours, places, timezone and a tree facet is valid and kept whole', () => {
    const v = validateBundle(local());
    expect(v.problems).to.deep.equal([]);
    expect(v.bundle).to.deep.equal(local());
  });

  it('coordinates out of range cost only the coordinates of that site, with a located message', () => {
    const b = local();
    b.resources[0].locations[0].latitude = 100;
    const v = validateBundle(b);
    expect(found(b)).to.deep.equal([['error', 'maximum', 'resources/0/locations/0/latitude']]);
    expect(formatProblem(v.problems[0]!)).to.match(/^resource 1 \(id "pantry"\), field "locations\[1\]\.latitude": must be at most 90\. Write the latitude/);
    const site = v.bundle!.resources[0]!.locations![0]!;
    expect([site.latitude, site.longitude, site.name]).to.deep.equal([undefined, undefined, 'North']);
    expect(v.bundle!.resources.length).to.equal(2);
  });

  it('a latitude without a longitude, and 0, 0, are errors on that site only', () => {
    const b = local();
    delete b.resources[0].locations[0].longitude;
    expect(found(b)).to.deep.equal([['error', 'coordinates-pair', 'resources/0/locations/0/longitude']]);
    const c = local();
    Object.assign(c.resources[0].locations[0], { latitude: 0, longitude: 0 });
    expect(found(c)).to.deep.equal([['error', 'coordinates-zero', 'resources/0/locations/0/latitude']]);
  });

  it('a confidential site that carries an address or a point is an error, and they are removed', () => {
    const b = local();
    Object.assign(b.resources[0].locations[1], { address: { address_1: '1 Hidden Rd' }, latitude: 25.7, longitude: -80.2 });
    const v = validateBundle(b);
    expect(found(b)).to.deep.equal([['error', 'confidential-location', 'resources/0/locations/1/address']]);
    expect(v.bundle!.resources[0]!.locations![1]).to.deep.equal({ id: 'site-2', location_type: 'physical', confidential: true });
    expect(JSON.stringify(v.bundle)).not.to.contain('Hidden');
  });

  it('an undiallable or malformed phone costs only that phone', () => {
    const b = local();
    b.resources[0].phones[0].number = '000-000-*347';
    b.resources[0].phones[1].number = 'TBD';
    const v = validateBundle(b);
    expect(found(b)).to.deep.equal([
      ['error', 'pattern', 'resources/0/phones/0/number'],
      ['error', 'phone', 'resources/0/phones/1/number'],
    ]);
    expect(v.bundle!.resources[0]!.phones).to.deep.equal([]);
    expect(v.bundle!.resources[0]!.locations!.length).to.equal(3);
  });

  it('schedules: bad fields cost only that schedule; dates out of order, numbered weekly days, a missing closing time', () => {
    const cases: [(s: Obj) => void, string, string][] = [
      [(s) => (s.opens_at = '9am'), 'pattern', 'opens_at'],
      [(s) => (s.freq = 'DAILY'), 'enum', 'freq'],
      [(s) => (s.byday = 'Monday'), 'pattern', 'byday'],
      [(s) => (s.valid_to = '2025-12-31'), 'date-order', 'valid_to'],
      [(s) => (s.byday = '2MO'), 'byday', 'byday'],
      [(s) => delete s.closes_at, 'hours-incomplete', 'closes_at'],
      [(s) => (s.closes_at = '24:01'), 'pattern', 'closes_at'],
    ];
    for (const [change, code, field] of cases) {
      const b = local();
      change(b.resources[0].schedules[0]);
      expect(found(b), code).to.deep.equal([['error', code, `resources/0/schedules/0/${field}`]]);
      const r = validateBundle(b).bundle!.resources[0]!;
      expect(r.schedules, code).to.deep.equal([]);
      expect(r.id).to.equal('pantry');
    }
  });

  it('a bad schedule inside a location costs only that schedule', () => {
    const b = local();
    b.resources[0].locations[2].schedules[0].byday = '9XX';
    expect(found(b)).to.deep.equal([['error', 'pattern', 'resources/0/locations/2/schedules/0/byday']]);
    expect(validateBundle(b).bundle!.resources[0]!.locations![2]!.schedules).to.deep.equal([]);
  });

  it('meta.timezone must be an IANA name; a bad one falls back to none', () => {
    for (const tz of ['-5', 'EST-5', 'America/Atlantis', '3']) {
      const b = local();
      b.meta.timezone = tz;
      expect(found(b), tz).to.deep.equal([['error', 'timezone', 'meta/timezone']]);
      expect(validateBundle(b).bundle!.meta.timezone).to.equal(undefined);
    }
    expect(['America/New_York', 'Europe/London', 'UTC', 'America/Argentina/Buenos_Aires'].every(isTimeZone)).to.equal(true);
  });

  it('places: ZIP keys and [lat, lon] pairs are checked', () => {
    const b = local();
    b.places.zip['3315'] = [25, -80];
    b.places.zip3['331'] = [25];
    expect(found(b)).to.deep.equal([
      ['error', 'propertyNames', 'places/zip/3315'],
      ['error', 'minItems', 'places/zip3/331'],
    ]);
  });

  it('hierarchical facets: an unknown parent or a loop is a warning; the facet is kept', () => {
    const b = local();
    b.facets[0].values[1].parent = 'X';
    b.facets[0].values.push({ id: 'a', label: 'a', parent: 'b' }, { id: 'b', label: 'b', parent: 'a' });
    const v = validateBundle(b);
    expect(found(b)).to.deep.equal([
      ['warning', 'facet-parent', 'facets/0/values/1/parent'],
      ['warning', 'facet-cycle', 'facets/0/values/3/parent'],
      ['warning', 'facet-cycle', 'facets/0/values/4/parent'],
    ]);
    expect(v.bundle!.facets![0]!.values!.length).to.equal(5);
  });

  it('older format-1 bundles without any of these fields still validate unchanged', () => {
    const old = { format_version: 1, meta: { title: 'Old', default_locale: 'en', locales: ['en'], updated: '2026-01-01' }, resources: [{ id: 'a', name: 'A', description: 'D', schedules: [{ description: 'Mon–Fri 9–5' }], address: { address_1: '1 Main St' } }] };
    const v = validateBundle(structuredClone(old));
    expect(v.problems).to.deep.equal([]);
    expect(v.bundle).to.deep.equal(old);
  });
});
