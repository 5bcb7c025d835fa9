// The search service against a throwaway PostgreSQL cluster: HSDS 3.0 shape, headers (CORS, cache,
// no cookies), logs without query text, ranking parity and facets (compared with the in-browser
// engine, src/core/engine.ts bundled with esbuild), paging, distance, open-now, and bad input
// (injection attempts, huge and malformed parameters).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { engineModule, parityQueries, readJson, startStack } from './helpers.mjs';

const ccci = readJson('data/ccci-resources.json');
const PARTNER = 'https://partner.example';
const logs = [];
let s, engine;

/** Four synthetic services with coordinates and hours relative to now (UTC), for distance and open-now. */
function geoBundle() {
  const hh = (h) => `${String(((h % 24) + 24) % 24).padStart(2, '0')}:00`;
  const now = new Date().getUTCHours();
  const every = 'MO,TU,WE,TH,FR,SA,SU';
  const svc = (id, name, lat, lon, schedules, extra = {}) => ({
    id, name, description: `${name}: test service for the distance and hours tests.`, resource_type: 'pantry',
    locations: [{ id: `${id}-site`, name: `${name} site`, latitude: lat, longitude: lon, timezone: 'UTC', schedules }], ...extra,
  });
  return {
    format_version: 1,
    meta: { title: 'Geo test', default_locale: 'en', locales: ['en'], updated: '2026-11-30' },
    facets: [{ id: 'type', field: 'resource_type', label: 'Type', values: [{ id: 'pantry', label: 'Pantry' }] }],
    resources: [
      svc('tallahassee-open', 'Tallahassee Pantry', 30.4383, -84.2807, [{ freq: 'WEEKLY', byday: every, opens_at: hh(now - 1), closes_at: hh(now + 1) }]),
      svc('orlando-closed', 'Orlando Pantry', 28.5383, -81.3792, [{ freq: 'WEEKLY', byday: every, opens_at: hh(now + 2), closes_at: hh(now + 3) }]),
      svc('miami-always', 'Miami Pantry', 25.7617, -80.1918, [], { availability: ['24-7'] }),
      { id: 'statewide-line', name: 'Statewide Pantry Line', description: 'A phone line with no location.', resource_type: 'pantry' },
    ],
  };
}

before(async () => {
  ({ createEngine: engine } = await engineModule());
  s = await startStack(ccci, { corsOrigins: [PARTNER], logs });
  // A second database in the same cluster for the geographic bundle.
  const c = new pg.Client(s.pg.url);
  await c.connect();
  await c.query('create database geo');
  await c.end();
  const geoUrl = s.pg.url.replace(/\/postgres$/, '/geo');
  await s.loadBundle(geoBundle(), geoUrl);
  const { createApp } = await import('../../dist/server/index.mjs');
  s.geo = createApp({ databaseUrl: geoUrl, log: () => {} });
  await new Promise((r) => s.geo.server.listen(0, '127.0.0.1', r));
  s.geoGet = async (path) => {
    const r = await fetch(`http://127.0.0.1:${s.geo.server.address().port}${path}`);
    return { status: r.status, body: await r.json() };
  };
});
after(async () => {
  await s?.geo?.close();
  await s?.stop();
});

describe('HSDS API shape', () => {
  it('GET / names the HSDS version', async () => {
    const r = await s.get('/');
    assert.equal(r.status, 200);
    assert.equal(r.body.version, '3.0.0');
  });

  it('GET /service_at_locations pages like HSDS and carries the bundle resource', async () => {
    const r = await s.get('/service_at_locations?search=housing&per_page=2');
    assert.equal(r.status, 200);
    for (const k of ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents']) assert.ok(k in r.body, k);
    assert.equal(r.body.size, 2);
    assert.equal(r.body.page_number, 1);
    assert.equal(r.body.contents.length, 2);
    assert.equal(r.body.total_pages, Math.ceil(r.body.total_items / 2));
    const c = r.body.contents[0];
    assert.equal(c.service.id, c.service_id);
    assert.equal(c.resource.id, c.service_id);
    assert.equal(c.location, null, 'the shipped bundle has no locations');
    const original = ccci.resources.find((x) => x.id === c.service_id);
    assert.deepEqual(c.resource, original, 'resource is the bundle resource, verbatim');
    assert.equal(typeof c.service.name, 'string');
    assert.ok(r.body.pinned.some((p) => p.id === 'emergency-911'), 'pinned resources come along');
    assert.ok(!r.body.contents.some((x) => x.resource.pinned), 'pinned resources are not in contents');
  });

  it('localizes HSDS text and falls back to the default locale', async () => {
    const es = await s.get('/services?search=vivienda&locale=es&per_page=1');
    assert.equal(es.status, 200);
    assert.equal(es.body.locale, 'es');
    const r = ccci.resources.find((x) => x.id === es.body.contents[0].id);
    assert.equal(es.body.contents[0].name, r.name.es);
    const mx = await s.get('/services?per_page=1&locale=es-MX');
    assert.equal(mx.body.locale, 'es');
    const fr = await s.get('/services?per_page=1&locale=fr');
    assert.equal(fr.body.locale, 'en');
  });

  it('GET /services/{id} returns one service; an unknown id is a 404', async () => {
    const r = await s.get('/services/national-human-trafficking-hotline');
    assert.equal(r.status, 200);
    assert.equal(r.body.id, 'national-human-trafficking-hotline');
    assert.ok(Array.isArray(r.body.phones) && r.body.phones.length > 0);
    assert.ok(r.body.attributes.every((a) => a.taxonomy_term.id.includes(':')));
    const missing = await s.get('/services/no-such-service');
    assert.equal(missing.status, 404);
    assert.match(missing.body.error, /No service with id "no-such-service"/);
  });

  it('GET /taxonomy_terms lists facet values as terms, filterable by taxonomy', async () => {
    const r = await s.get('/taxonomy_terms?taxonomy_id=cost&per_page=50');
    assert.equal(r.status, 200);
    const cost = ccci.facets.find((f) => f.id === 'cost');
    assert.deepEqual(r.body.contents.map((t) => t.code), cost.values.map((v) => v.id));
    assert.equal(r.body.contents[0].id, `cost:${cost.values[0].id}`);
    assert.equal(r.body.contents[0].name, cost.values[0].label.en);
    const all = await s.get('/taxonomy_terms?per_page=100');
    assert.ok(all.body.total_items > 40);
  });

  it('unknown endpoints and methods get clear errors', async () => {
    assert.equal((await s.get('/organizations')).status, 404);
    const post = await fetch(s.base + '/services', { method: 'POST' });
    assert.equal(post.status, 405);
  });
});

describe('headers and logs', () => {
  it('CORS for partner origins only, no cookies, cache headers, ETag revalidation', async () => {
    const ok = await s.get('/service_at_locations?search=legal', { origin: PARTNER });
    assert.equal(ok.headers.get('access-control-allow-origin'), PARTNER);
    assert.equal(ok.headers.get('set-cookie'), null);
    assert.match(ok.headers.get('cache-control'), /public, max-age=\d+/);
    assert.match(ok.headers.get('vary'), /Origin/);
    const other = await s.get('/service_at_locations?search=legal', { origin: 'https://evil.example' });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    const again = await fetch(s.base + '/service_at_locations?search=legal', { headers: { 'if-none-match': ok.headers.get('etag') } });
    assert.equal(again.status, 304);
    const pre = await fetch(s.base + '/services', { method: 'OPTIONS', headers: { origin: PARTNER, 'access-control-request-method': 'GET' } });
    assert.equal(pre.status, 204);
    assert.equal(pre.headers.get('access-control-allow-origin'), PARTNER);
    const bad = await s.get('/service_at_locations?page=0');
    assert.equal(bad.headers.get('cache-control'), 'no-store');
  });

  it('logs never contain the query text', async () => {
    const secret = 'zebracornsecretword';
    await s.get(`/service_at_locations?search=${secret}`);
    await s.get(`/services?search=${secret}&sort=bogus`);
    assert.ok(logs.length > 0);
    assert.ok(logs.some((l) => l.startsWith('GET /service_at_locations 200')));
    assert.ok(!logs.some((l) => l.includes(secret) || l.includes('?')), logs.join('\n'));
  });
});

describe('facets and paging', () => {
  const cases = [
    { text: '', filters: {} },
    { text: 'trafficking', filters: { cost: ['free'] } },
    { text: 'training', filters: { type: ['training', 'webinar'], language: ['es'] } },
    { text: 'youth', filters: { audience: ['youth'], contact: ['web'] } },
    // 1–2 letter prefixes: precomputed at load without filters, computed with them.
    { text: 'tr', filters: {} },
    { text: 'h', filters: {} },
    { text: 'h', filters: { cost: ['free'] } },
  ];
  for (const c of cases) {
    it(`disjunctive counts match the in-browser engine: "${c.text}" ${JSON.stringify(c.filters)}`, async () => {
      const want = engine(ccci, 'en').search({ text: c.text, filters: c.filters, limit: 100 });
      const terms = Object.entries(c.filters).flatMap(([f, vs]) => vs.map((v) => `taxonomy_term_id=${f}:${v}`)).join('&');
      const r = await s.get(`/service_at_locations?search=${encodeURIComponent(c.text)}&${terms}&facets=all&per_page=100`);
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.equal(r.body.total_items, want.total);
      assert.deepEqual(r.body.contents.map((x) => x.service_id), want.hits.map((h) => h.resource.id));
      const counts = (facets) => Object.fromEntries(facets.map((f) => [f.id, Object.fromEntries(f.values.map((v) => [v.id, [v.count, v.selected]]))]));
      assert.deepEqual(counts(r.body.facets), counts(want.facets));
    });
  }

  it('returns only the requested facets, in the bundle order, with labels in the locale', async () => {
    const r = await s.get('/service_at_locations?facets=cost,type&locale=es');
    assert.deepEqual(r.body.facets.map((f) => f.id), ['type', 'cost']);
    assert.equal(r.body.facets[1].label, ccci.facets.find((f) => f.id === 'cost').label.es);
    assert.equal((await s.get('/service_at_locations')).body.facets.length, 0);
  });

  it('pages concatenate to the full list; past the last page is a 400', async () => {
    const all = (await s.get('/service_at_locations?search=trafficking&per_page=100')).body;
    assert.ok(all.total_items > 12);
    const ids = [];
    for (let p = 1; p <= Math.ceil(all.total_items / 5); p++) {
      const r = await s.get(`/service_at_locations?search=trafficking&per_page=5&page=${p}`);
      assert.equal(r.body.page_number, p);
      assert.equal(r.body.last_page, p === r.body.total_pages);
      ids.push(...r.body.contents.map((x) => x.service_id));
    }
    assert.deepEqual(ids, all.contents.map((x) => x.service_id));
    const past = await s.get(`/service_at_locations?search=trafficking&per_page=5&page=${Math.ceil(all.total_items / 5) + 1}`);
    assert.equal(past.status, 400);
    assert.match(past.body.error, /past the last page/);
  });

  it('sorts by name and by verification date like the engine', async () => {
    for (const sort of ['name', 'verified']) {
      const want = engine(ccci, 'en').search({ text: '', filters: {}, sort, limit: 100 }).hits.map((h) => h.resource.id);
      const r = await s.get(`/service_at_locations?sort=${sort}&per_page=100`);
      assert.deepEqual(r.body.contents.map((x) => x.service_id), want, sort);
    }
  });
});

describe('distance and open now', () => {
  it('says whether the data has sites and hours (local), and serves the place table (GET /places)', async () => {
    const plain = await s.get('/service_at_locations?per_page=1');
    // The shipped list has no sites with points and no structured hours: no place row, as with its bundle.
    assert.equal(plain.body.local, null);
    const geo = await s.geoGet('/service_at_locations?per_page=1');
    assert.deepEqual(geo.body.local, { near: true, hours: true, timezone: null });
    const table = await s.geoGet('/places');
    assert.equal(table.status, 200);
    assert.deepEqual(table.body.places, { zip: {}, zip3: {} });
    assert.deepEqual(table.body.resources, []); // the geo bundle's sites name no city
    assert.equal((await s.geoGet('/places?zip=32301')).status, 400);
  });

  it('sorts by distance from lat/lon and reports meters', async () => {
    const r = await s.geoGet('/service_at_locations?lat=30.44&lon=-84.28');
    assert.equal(r.status, 200);
    assert.deepEqual(r.body.contents.map((c) => c.service_id), ['tallahassee-open', 'orlando-closed', 'miami-always', 'statewide-line']);
    const [tlh, orl] = r.body.contents;
    assert.ok(tlh.distance < 1000, `${tlh.distance}`);
    // Haversine on a 6,371 km sphere; earthdistance's sphere is a little larger: allow 0.5%.
    const rad = (d) => (d * Math.PI) / 180;
    const hav = (a, b, c, d) => 2 * 6371e3 * Math.asin(Math.sqrt(Math.sin(rad(c - a) / 2) ** 2 + Math.cos(rad(a)) * Math.cos(rad(c)) * Math.sin(rad(d - b) / 2) ** 2));
    const want = hav(30.44, -84.28, 28.5383, -81.3792);
    assert.ok(Math.abs(orl.distance - want) / want < 0.005, `${orl.distance} vs ${want}`);
    assert.equal(r.body.contents[3].location, null);
    assert.equal(tlh.location.latitude, 30.4383);
    assert.equal(tlh.id, 'tallahassee-open@tallahassee-open-site');
  });

  it('radius keeps services with a location within it', async () => {
    const r = await s.geoGet('/service_at_locations?lat=30.44&lon=-84.28&radius=400000');
    assert.deepEqual(r.body.contents.map((c) => c.service_id), ['tallahassee-open', 'orlando-closed']);
    const none = await s.geoGet('/service_at_locations?lat=40.7&lon=-74&radius=10000');
    assert.equal(none.body.total_items, 0);
  });

  it('open_now keeps services open at this moment (schedules in their zone, 24-7 availability)', async () => {
    const all = await s.geoGet('/service_at_locations?per_page=10');
    const state = Object.fromEntries(all.body.contents.map((c) => [c.service_id, c.open_now]));
    assert.deepEqual(state, { 'tallahassee-open': true, 'orlando-closed': false, 'miami-always': true, 'statewide-line': null });
    const open = await s.geoGet('/service_at_locations?open_now=true');
    assert.deepEqual(open.body.contents.map((c) => c.service_id).sort(), ['miami-always', 'tallahassee-open']);
  });

  it('text search combines with distance sort', async () => {
    const r = await s.geoGet('/service_at_locations?search=pantry&lat=25.77&lon=-80.19&sort=distance');
    assert.equal(r.body.contents[0].service_id, 'miami-always');
  });
});

describe('bad input', () => {
  const bad = [
    ['page=0', 'page'], ['page=-1', 'page'], ['page=1;drop table services', 'page'], ['page=99999999999', 'page'],
    ['per_page=1000', 'per_page'], ['per_page=abc', 'per_page'], ['per_page=1&per_page=2', 'per_page'],
    ["taxonomy_term_id=cost:free' or '1'='1", 'taxonomy_term_id'], ['taxonomy_term_id=cost', 'taxonomy_term_id'],
    ['taxonomy_term_id=nosuchfacet:x', 'taxonomy_term_id'],
    ["sort=name; drop table rf_live.services", 'sort'], ['sort=distance', 'sort'],
    ['lat=91&lon=0', 'lat'], ['lat=1e5&lon=0', 'lat'], ['lat=30', 'lon'], ['radius=5000', 'radius'], ['lat=NaN&lon=0', 'lat'],
    ["locale=en'--", 'locale'], ['open_now=maybe', 'open_now'], ['facets=cost,nope', 'facets'], ['facets=a%27b', 'facets'],
    ['format=ndjson', 'format'], ['colour=red', 'colour'], [`search=${'a'.repeat(201)}`, 'search'],
    [`search=${'a '.repeat(13)}`, 'search'], [`taxonomy_term_id=${'x'.repeat(2000)}`, 'taxonomy_term_id'],
  ];
  for (const [q, param] of bad) {
    it(`400 for ${q.slice(0, 60)}`, async () => {
      const r = await s.get(`/service_at_locations?${q.replace(/ /g, '%20').replace(/'/g, '%27').replace(/;/g, '%3B')}`);
      assert.equal(r.status, 400, JSON.stringify(r.body));
      assert.equal(r.body.parameter, param);
      assert.ok(r.body.error.length > 20 && r.body.error.length < 400, r.body.error);
    });
  }

  it('SQL in the search text is only text: searched safely, data intact', async () => {
    for (const q of ["'; drop table rf_live.services; --", '" or 1=1 --', 'x) | (y:*', "\\'; select pg_sleep(5); --", '%_%', '!!&&||<->']) {
      const r = await s.get(`/service_at_locations?search=${encodeURIComponent(q)}`);
      assert.equal(r.status, 200, `${q}: ${JSON.stringify(r.body)}`);
    }
    assert.equal((await s.get('/service_at_locations?per_page=1')).body.total_items, ccci.resources.filter((r) => !r.pinned).length);
  });

  it('a malformed id or an over-long address gets a clear error', async () => {
    const r = await s.get('/services/%E0%A4%A');
    assert.equal(r.status, 400);
    const long = await s.get(`/services?search=${'a'.repeat(9000)}`);
    assert.equal(long.status, 414);
  });
});

describe('ranking parity with the in-browser engine', () => {
  // The queries: test/api/parity-queries.json plus the project's relevance sets (test/relevance/*.json) when present.
  it('the same top 3 for at least 90% of queries', async () => {
    const queries = parityQueries();
    assert.ok(queries.length >= 40, `only ${queries.length} queries`);
    const engines = {};
    const misses = [];
    let ordered = 0;
    for (const { q, locale } of queries) {
      const want = (engines[locale] ??= engine(ccci, locale)).search({ text: q, filters: {}, limit: 3 }).hits.map((h) => h.resource.id);
      const r = await s.get(`/service_at_locations?search=${encodeURIComponent(q)}&locale=${locale}&per_page=3`);
      assert.equal(r.status, 200, `${q}: ${JSON.stringify(r.body)}`);
      const got = r.body.contents.map((c) => c.service_id);
      if (got.join() === want.join()) ordered++;
      if (got.length !== want.length || !want.every((id) => got.includes(id))) misses.push(`${locale} "${q}": engine [${want}] service [${got}]`);
    }
    const same = queries.length - misses.length;
    console.log(`# parity: same top-3 set ${same}/${queries.length}, same order ${ordered}/${queries.length}`);
    for (const m of misses) console.log(`# differs: ${m}`);
    assert.ok(same / queries.length >= 0.9, `${same}/${queries.length} agree:\n${misses.join('\n')}`);
  });
});
