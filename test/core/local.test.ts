// Near, radius, nearest first, open now (fixed clock), places apart, big and hierarchical facets: the
// engine and view model on a small hand-made bundle (fictitious names; only the shapes matter).
import { expect } from '@open-wc/testing';
import { createEngine } from '../../src/core/engine.js';
import { browseFacet, TOP_VALUES } from '../../src/core/facet-browse.js';
import { haversine } from '../../src/core/geo.js';
import { parseLatLon } from '../../src/core/near.js';
import { normalizeBundle } from '../../src/core/normalize.js';
import { placeView } from '../../src/core/place-view.js';
import type { Bundle, Resource, Schedule } from '../../src/core/types.js';
import { createFinderModel, type FinderState } from '../../src/core/view-model.js';
import { needsLocal } from '../../src/core/local-need.js';
import { loadLocal } from '../../src/parts/index.js';

// Place and hours run in the local part, which the element loads before the model for bundles that
// need it (ui/load-model.ts); these tests build engines and models directly, so they load it first.
before(() => loadLocal());

const weekdays = (opens: string, closes: string): Schedule => ({ description: 'Weekdays', freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: opens, closes_at: closes });
const site = (lat: number, lon: number, extra: object = {}) => ({ location_type: 'physical' as const, latitude: lat, longitude: lon, address: { address_1: `${lat} Test St`, city: 'Testville', postal_code: '33157' }, ...extra });
const r = (id: string, more: Partial<Resource>): Resource => ({ id, name: `Service ${id}`, description: 'A test service.', ...more });

const HOME: [number, number] = [25.6075, -80.3433];
const BUNDLE: Bundle = {
  format_version: 1,
  meta: { title: 'Local', default_locale: 'en', locales: ['en'], updated: '2026-11-30', timezone: 'America/New_York' },
  places: { zip: { '33157': HOME }, zip3: { '331': [25.77, -80.28] } },
  facets: [
    {
      id: 'categories', label: 'Category', hierarchical: true,
      values: [
        { id: 'food', label: 'Food' },
        { id: 'pantry', label: 'Food pantries', parent: 'food' },
        { id: 'meals', label: 'Meals', parent: 'food' },
        { id: 'housing', label: 'Housing' },
      ],
    },
    { id: 'audiences', label: 'For' },
  ],
  resources: [
    r('far', { categories: ['pantry'], schedules: [weekdays('09:00', '17:00')], locations: [site(25.9, -80.2)] }),
    r('near', { categories: ['meals'], schedules: [weekdays('09:00', '12:00')], locations: [site(25.62, -80.35)] }),
    r('two-sites', { categories: ['housing'], locations: [site(26.2, -80.1), site(25.7, -80.3, { schedules: [weekdays('08:00', '20:00')] })] }),
    r('hotline', { categories: ['food'], schedules: [{ description: 'Always', freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '23:59' }] }),
    r('shelter', { categories: ['housing'], locations: [{ location_type: 'physical', confidential: true }] }),
    r('online', { locations: [{ location_type: 'virtual' }] }),
  ],
};
// Monday 2026-11-30, 11:00 in Miami (EST, UTC−5) and 13:00.
const MON_11 = Date.UTC(2026, 10, 30, 16, 0);
const MON_13 = Date.UTC(2026, 10, 30, 18, 0);
const ids = (hits: { resource: Resource }[]) => hits.map((h) => h.resource.id);

describe('engine: near, radius, open now', () => {
  const engine = createEngine(BUNDLE, 'en');

  it('sorts placed services nearest first and lists services without a place apart', () => {
    const res = engine.search({ text: '', filters: {}, near: HOME, sort: 'distance' });
    expect(ids(res.hits)).to.deep.equal(['near', 'two-sites', 'far']);
    expect(ids(res.anywhere)).to.have.members(['hotline', 'shelter', 'online']);
    expect(res.total).to.equal(3);
    // The distance is to the nearest site, checked against an independent formula.
    const twoSites = res.hits[1];
    expect(twoSites.site).to.equal(1);
    expect(twoSites.distance).to.be.closeTo(haversine(HOME, [25.7, -80.3]), 1e-9);
    expect(res.hits[0].distance!).to.be.lessThan(res.hits[1].distance!);
  });

  it('keeps only sites within the radius; "any" keeps all; kilometres are kilometres', () => {
    const d = haversine(HOME, [25.7, -80.3]);
    expect(ids(engine.search({ text: '', filters: {}, near: HOME, radius: Math.ceil(d), sort: 'distance' }).hits)).to.deep.equal(['near', 'two-sites']);
    expect(engine.search({ text: '', filters: {}, near: HOME, radius: 0 }).total).to.equal(3);
    const km = engine.search({ text: '', filters: {}, near: HOME, unit: 'km', sort: 'distance' });
    expect(km.hits[1].distance).to.be.closeTo(haversine(HOME, [25.7, -80.3], 'km'), 1e-9);
  });

  it('"open now" follows the injected clock in the bundle zone, sites and services alike', () => {
    expect(ids(engine.search({ text: '', filters: {}, openAt: MON_11 }).hits)).to.have.members(['far', 'near', 'two-sites', 'hotline']);
    expect(ids(engine.search({ text: '', filters: {}, openAt: MON_13 }).hits)).to.have.members(['far', 'two-sites', 'hotline']);
    // Saturday noon: only the round-the-clock line.
    expect(ids(engine.search({ text: '', filters: {}, openAt: Date.UTC(2026, 11, 5, 17) }).hits)).to.deep.equal(['hotline']);
  });

  it('counts the hits matching every word among those the place and time filters keep', () => {
    // "near" alone matches every word; at 13:00 it is closed, so none left matches every word.
    expect(engine.search({ text: 'service near', filters: {} }).matchedAll).to.equal(1);
    const later = engine.search({ text: 'service near', filters: {}, openAt: MON_13 });
    expect(ids(later.hits)).to.not.include('near');
    expect(later.total).to.be.greaterThan(0);
    expect(later.matchedAll).to.equal(0);
  });

  it('facet counts agree with the place and time filters', () => {
    const res = engine.search({ text: '', filters: {}, openAt: MON_13 });
    const cat = res.facets.find((f) => f.id === 'categories')!;
    expect(cat.values.find((v) => v.id === 'meals')!.count).to.equal(0);
    expect(cat.values.find((v) => v.id === 'pantry')!.count).to.equal(1);
  });

  it('a hierarchical parent counts and finds everything filed under it', () => {
    const res = engine.search({ text: '', filters: { categories: ['food'] } });
    expect(ids(res.hits)).to.have.members(['far', 'near', 'hotline']);
    const all = engine.search({ text: '', filters: {} }).facets.find((f) => f.id === 'categories')!;
    expect(all.hierarchical).to.equal(true);
    expect(all.values.find((v) => v.id === 'food')!.count).to.equal(3);
    expect(all.values.find((v) => v.id === 'pantry')!.parent).to.equal('food');
  });
});

describe('view model: place on cards, clock, browse', () => {
  const base: FinderState = { lang: 'en', query: '', filters: {}, sort: 'relevance', limit: 20, shortlist: [], facets: '', heading: '' };
  const model = createFinderModel(normalizeBundle(BUNDLE), 'en');

  it('cards carry distance, address, directions and hours; confidential sites show none of them', () => {
    const view = model.view({ ...base, near: HOME, sort: 'distance', now: MON_11 });
    const near = view.hits[0].place!;
    expect(near.distance).to.be.closeTo(haversine(HOME, [25.62, -80.35]), 1e-9);
    expect(near.address).to.equal('25.62 Test St, Testville, 33157');
    expect(near.directions).to.equal('https://www.google.com/maps/dir/?api=1&destination=25.62%2C-80.35');
    expect(near.hours).to.deep.include({ state: 'open' });
    const shelter = view.anywhere.find((h) => h.view.id === 'shelter')!;
    expect(shelter.place).to.equal(undefined);
    expect(JSON.stringify(view.anywhere.find((h) => h.view.id === 'hotline')!.place!.hours)).to.equal('{"state":"open-24h"}');
  });

  it('the nearest site gives the hours of that site', () => {
    const view = model.view({ ...base, near: HOME, sort: 'distance', now: MON_13 });
    const two = view.hits.find((h) => h.view.id === 'two-sites')!.place!;
    expect(two.hours).to.deep.equal({ state: 'open', until: { date: '2026-11-30', time: '20:00', day: 'MO', inDays: 0 } });
  });

  it('"open now" is evaluated at the injected clock, not the machine clock', () => {
    const at11 = model.view({ ...base, openNow: true, now: MON_11 });
    const at13 = model.view({ ...base, openNow: true, now: MON_13 });
    expect(at11.hits.map((h) => h.view.id)).to.include('near');
    expect(at13.hits.map((h) => h.view.id)).to.not.include('near');
    const closed = model.view({ ...base, now: MON_13 }).hits.find((h) => h.view.id === 'near')!.place!.hours;
    expect(closed).to.deep.equal({ state: 'closed', opens: { date: '2026-12-01', time: '09:00', day: 'TU', inDays: 1 } });
  });

  it('turns a ZIP, its prefix or a city into a point from the bundle alone', () => {
    expect(model.place('33157')).to.deep.equal({ point: HOME, approximate: false });
    expect(model.place('33199')).to.deep.equal({ point: [25.77, -80.28], approximate: true });
    expect(model.place('testville')!.approximate).to.equal(true);
    expect(model.place('Nowhere')).to.equal(undefined);
    expect(parseLatLon('25.6, -80.3')).to.deep.equal([25.6, -80.3]);
    expect(parseLatLon('125, 0')).to.equal(undefined);
  });

  it('says which place and time controls are worth showing', () => {
    expect(model.local).to.deep.equal({ near: true, hours: true });
    const bare = { ...BUNDLE, places: undefined, resources: BUNDLE.resources.map((x) => ({ ...x, locations: undefined, schedules: undefined })) };
    expect(createFinderModel(normalizeBundle(bare)).local).to.equal(undefined);
    const hoursOnly = { ...bare, resources: [{ ...bare.resources[0], schedules: [weekdays('09:00', '17:00')] }] };
    expect(createFinderModel(normalizeBundle(hoursOnly)).local).to.deep.equal({ near: false, hours: true });
  });

  it('a placeless resource gets no place view unless its hours are known', () => {
    expect(placeView(BUNDLE.resources[5], MON_11, 'America/New_York', 'mi')).to.equal(undefined);
  });
});

describe('facet browsing', () => {
  const many = {
    id: 'cat', label: 'Category',
    values: Array.from({ length: 30 }, (_, i) => ({ id: `v${i}`, label: `Value ${i}`, count: i + 1, selected: i === 0 })),
  };

  it('a big facet shows the top values by count, plus selected ones, until "Show all"', () => {
    const top = browseFacet(many);
    expect(top.values.map((v) => v.id).slice(0, TOP_VALUES)).to.deep.equal(Array.from({ length: TOP_VALUES }, (_, i) => `v${29 - i}`));
    expect(top.values.length).to.equal(TOP_VALUES + 1); // v0 is selected: it stays
    expect(top.browse!.total).to.equal(30);
    expect(browseFacet(many, { all: true }).values.length).to.equal(30);
  });

  it('the filter box searches the labels, accents and case folded', () => {
    expect(browseFacet(many, { filter: 'VALUE 2' }).values.map((v) => v.id)).to.have.members(['v2', 'v20', 'v21', 'v22', 'v23', 'v24', 'v25', 'v26', 'v27', 'v28', 'v29']);
  });

  it('a small flat facet passes through unchanged', () => {
    const small = { ...many, values: many.values.slice(0, 5) };
    expect(browseFacet(small)).to.equal(small);
  });

  it('a hierarchical facet shows one level at a time, with a trail back up', () => {
    const tree = {
      id: 'cat', label: 'Category', hierarchical: true,
      values: [
        { id: 'food', label: 'Food', count: 3, selected: false },
        { id: 'pantry', label: 'Pantries', count: 2, selected: false, parent: 'food' },
        { id: 'meals', label: 'Meals', count: 1, selected: false, parent: 'food' },
        { id: 'housing', label: 'Housing', count: 1, selected: false },
      ],
    };
    const top = browseFacet(tree);
    expect(top.values.map((v) => [v.id, v.children])).to.deep.equal([['food', 2], ['housing', undefined]]);
    const food = browseFacet(tree, { at: 'food' });
    expect(food.values.map((v) => v.id)).to.deep.equal(['pantry', 'meals']);
    expect(food.browse!.trail).to.deep.equal([{ id: 'food', label: 'Food' }]);
  });
});

describe('which bundles need the local part', () => {
  const only = (...resources: Resource[]): Bundle => ({ ...BUNDLE, resources });
  it('sites or structured hours need it; text-only hours, facets and plain resources do not', () => {
    expect(needsLocal(BUNDLE)).to.equal(true);
    expect(needsLocal(only(r('a', { locations: [{ location_type: 'virtual' }] })))).to.equal(true);
    expect(needsLocal(only(r('a', { schedules: [weekdays('09:00', '17:00')] })))).to.equal(true);
    expect(needsLocal(only(r('a', { schedules: [{ description: 'Monday to Friday, 9 to 5' }] }), r('b', {})))).to.equal(false);
    expect(needsLocal(only(r('a', { categories: ['food'] })))).to.equal(false);
  });
});
