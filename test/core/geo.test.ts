import { expect } from '@open-wc/testing';
import { areaPlaces, cityPoint, haversine, isPlaceless, nearestLocation, normalizeZip, unitForLocale, zipPoint } from '../../src/core/geo.js';
import type { LatLon, ServiceLocation } from '../../src/core/types.js';

describe('haversine', () => {
  it('matches known distances', () => {
    // One degree of latitude ≈ 69.09 mi / 111.19 km on the mean sphere.
    expect(haversine([0, 0], [1, 0], 'mi')).to.be.closeTo(69.09, 0.01);
    expect(haversine([0, 0], [1, 0], 'km')).to.be.closeTo(111.19, 0.01);
    // Rosetta Code's haversine task: Nashville BNA → LAX is 2887.2600 km on a 6372.8 km sphere.
    expect((haversine([36.12, -86.67], [33.94, -118.4], 'km') * 6372.8) / 6371.0088).to.be.closeTo(2887.26, 0.01);
    expect(haversine([25.6, -80.35], [25.6, -80.35])).to.equal(0);
  });
});

describe('nearestLocation', () => {
  const sites: ServiceLocation[] = [
    { location_type: 'physical', name: 'North', latitude: 25.9, longitude: -80.2 },
    { location_type: 'virtual' },
    { location_type: 'physical', name: 'Hidden', confidential: true },
    { location_type: 'physical', name: 'South', latitude: 25.5, longitude: -80.4 },
  ];
  it('picks the closest site with a point, never a confidential one', () => {
    const from: LatLon = [25.55, -80.38];
    const n = nearestLocation(sites, from)!;
    expect(n.index).to.equal(3);
    expect(n.distance).to.be.closeTo(haversine(from, [25.5, -80.4]), 1e-9);
    expect(nearestLocation([sites[1]!, sites[2]!], from)).to.equal(undefined);
    expect(isPlaceless([sites[1]!, sites[2]!])).to.equal(true);
    expect(isPlaceless(sites)).to.equal(false);
    expect(isPlaceless(undefined)).to.equal(true);
  });
  it('ignores coordinates on a confidential site even if present', () => {
    expect(nearestLocation([{ location_type: 'physical', confidential: true, latitude: 1, longitude: 1 }], [1, 1])).to.equal(undefined);
  });
});

describe('ZIP points', () => {
  const places = { zip: { '33157': [25.6061, -80.3423] as LatLon }, zip3: { '331': [25.75, -80.3] as LatLon } };
  it('exact ZIP, ZIP+4, prefix fallback marked approximate, unknown', () => {
    expect(zipPoint('33157', places)).to.deep.equal({ point: [25.6061, -80.3423], approximate: false });
    expect(zipPoint(' 33157-1234 ', places)).to.deep.equal({ point: [25.6061, -80.3423], approximate: false });
    expect(zipPoint('33199', places)).to.deep.equal({ point: [25.75, -80.3], approximate: true });
    expect(zipPoint('90210', places)).to.equal(undefined);
    expect(zipPoint('Miami', places)).to.equal(undefined);
    expect(zipPoint('33157', undefined)).to.equal(undefined);
    expect(normalizeZip('3315')).to.equal(undefined);
  });
  it('areaPlaces keeps only the bundle’s prefixes and ZIPs near its points', () => {
    const table: Record<string, LatLon> = {
      '33157': [25.606123, -80.342345],
      '33156': [25.66, -80.3],
      '33001': [25.0, -80.6],
      '90210': [34.1, -118.4],
      '34141': [25.9, -81.0],
    };
    const p = areaPlaces(table, ['33157'], [[25.606, -80.342]], 60);
    expect(Object.keys(p.zip!).sort()).to.deep.equal(['33001', '33156', '33157', '34141']);
    expect(p.zip!['33157']).to.deep.equal([25.6061, -80.3423]);
    expect(p.zip3!['331']).to.deep.equal([25.6331, -80.3211]);
    expect(p.zip3!['330']).to.deep.equal([25, -80.6]);
    expect(Object.keys(areaPlaces(table, ['33157'], [], 60).zip!).sort()).to.deep.equal(['33156', '33157']);
  });
});

describe('unitForLocale', () => {
  it('miles in the US and UK, kilometres elsewhere', () => {
    expect(['en', 'en-US', 'es-US', 'en-GB', 'es', 'es-MX', 'fr', 'not a locale'].map(unitForLocale)).to.deep.equal(['mi', 'mi', 'mi', 'mi', 'km', 'km', 'km', 'km']);
  });
});

describe('cityPoint', () => {
  it('averages the bundle’s own located sites in that city, ignoring case, accents and confidential sites', () => {
    const resources = [
      { locations: [{ location_type: 'physical' as const, address: { address_1: 'a', city: 'Coral Gables' }, latitude: 25.7, longitude: -80.26 }] },
      { locations: [{ location_type: 'physical' as const, address: { address_1: 'b', city: 'CORAL  GABLES' }, latitude: 25.74, longitude: -80.28 }] },
      { locations: [{ location_type: 'physical' as const, confidential: true, address: { address_1: 'c', city: 'Coral Gables' }, latitude: 10, longitude: 10 }] },
      { locations: [{ location_type: 'physical' as const, address: { address_1: 'd', city: 'Homestead' }, latitude: 25.47, longitude: -80.47 }] },
    ];
    const p = cityPoint('coral gables', resources)!;
    expect(p.approximate).to.equal(true);
    expect(p.point[0]).to.be.closeTo(25.72, 1e-9);
    expect(p.point[1]).to.be.closeTo(-80.27, 1e-9);
    expect(cityPoint('Cóllege Town', resources)).to.equal(undefined);
    expect(cityPoint('  ', resources)).to.equal(undefined);
  });
});
