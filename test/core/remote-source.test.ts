// The remote source's pure part: finder state → the service's URL, an answer → checked cards
// (the bundle's own validation: unsafe links removed, invalid resources dropped), pages → FinderView.
import { expect } from '@open-wc/testing';
import { LoadError } from '../../src/core/load.js';
import { readSearchPage, remoteView, searchParams, searchUrl, type RemoteState } from '../../src/core/remote-source.js';
import * as validator from '../../src/core/validate.js';

const STATE: RemoteState = { lang: 'es', query: '', filters: {}, sort: 'relevance', limit: 2, shortlist: [], facets: '', heading: '', pageSize: 2 };

const resource = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: { en: name, es: `${name} (es)` },
  description: { en: `About ${name}.`, es: `Sobre ${name}.` },
  resource_type: 'hotline',
  ...extra,
});

/** An answer of GET /service_at_locations, as docs/api.md shows it. */
function answer(over: Record<string, unknown> = {}) {
  return {
    total_items: 3,
    page_number: 1,
    size: 2,
    locale: 'es',
    relaxed: false,
    contents: [{ id: 'a', resource: resource('a', 'Legal aid') }, { id: 'b', resource: resource('b', 'Legal clinic', { url: 'javascript:alert(1)' }) }],
    pinned: [resource('hotline', 'Hotline')],
    facets: [
      { id: 'type', field: 'resource_type', label: 'Tipo', values: [{ id: 'hotline', label: 'Línea directa', count: 3, selected: false }] },
      { id: 'cost', label: 'Costo', values: [{ id: 'free', label: 'Gratis', count: 2, selected: true }, { id: 'fee', label: 'Con costo', count: 'x', selected: 'yes' }] },
    ],
    ...over,
  };
}

function shapeError(json: unknown): LoadError {
  try {
    readSearchPage(json, validator);
  } catch (e) {
    expect(e).to.be.instanceOf(LoadError);
    return e as LoadError;
  }
  throw new Error('readSearchPage accepted it');
}

describe('remote source: state → URL', () => {
  it('maps text, locale, filters (one taxonomy_term_id per value), sort, place and open-now; leaves out what is empty', () => {
    expect(String(searchParams(STATE))).to.equal('facets=all&locale=es');
    const p = searchParams({ ...STATE, query: '  legal aid ', filters: { cost: ['free'], category: ['legal', 'housing'] }, sort: 'name', near: [40.5, -74.25], radius: 1, openNow: true });
    expect(p.get('search')).to.equal('legal aid');
    expect(p.getAll('taxonomy_term_id')).to.deep.equal(['category:legal', 'category:housing', 'cost:free']);
    expect([p.get('sort'), p.get('lat'), p.get('lon'), p.get('radius'), p.get('open_now')]).to.deep.equal(['name', '40.5', '-74.25', '1609', 'true']);
    expect(searchParams({ ...STATE, sort: 'relevance' }).has('sort')).to.equal(false);
  });

  it('asks for a page of page-size results under the service base (per_page kept within 1…100)', () => {
    const url = new URL(searchUrl('https://search.example.org/v1/', { ...STATE, query: 'a&b=c' }, 3));
    expect(url.pathname).to.equal('/v1/service_at_locations');
    expect(url.searchParams.get('search')).to.equal('a&b=c');
    expect([url.searchParams.get('page'), url.searchParams.get('per_page')]).to.deep.equal(['3', '2']);
    expect(new URL(searchUrl('https://x.org', { ...STATE, pageSize: 500 }, 1)).searchParams.get('per_page')).to.equal('100');
  });
});

describe('remote source: reading an answer', () => {
  it('builds the cards like a bundle: text in the answer locale, unsafe links removed, badges labelled through the facet field', () => {
    const page = readSearchPage(answer(), validator);
    expect(page.status).to.deep.equal({ total: 3, relaxed: false });
    expect(page.hits.map((v) => v.id)).to.deep.equal(['a', 'b']);
    expect(page.pinned.map((v) => v.id)).to.deep.equal(['hotline']);
    expect(page.hits[0]!.name.text).to.equal('Legal aid (es)');
    expect(page.hits[1]!.href).to.equal(undefined);
    expect(page.hits[0]!.type).to.equal('Línea directa');
    expect(page.invalid).to.equal(0);
  });

  it('keeps the facet counts, and reads a malformed count as 0 and a non-boolean selected as false', () => {
    const [, cost] = readSearchPage(answer(), validator).facets;
    expect(cost).to.deep.equal({ id: 'cost', label: 'Costo', values: [{ id: 'free', label: 'Gratis', count: 2, selected: true }, { id: 'fee', label: 'Con costo', count: 0, selected: false }] });
  });

  it('drops and counts a resource the bundle rules reject (no name), keeping the others', () => {
    const a = answer();
    (a.contents[1]!.resource as Record<string, unknown>).name = '';
    const page = readSearchPage(a, validator);
    expect(page.hits.map((v) => v.id)).to.deep.equal(['a']);
    expect(page.invalid).to.equal(1);
  });

  it('rejects what is not a search page with a shape LoadError', () => {
    expect(shapeError('<html>').kind).to.equal('shape');
    expect(shapeError(answer({ contents: undefined })).kind).to.equal('shape');
    expect(shapeError(answer({ total_items: -1 })).kind).to.equal('shape');
    expect(shapeError(answer({ contents: Array.from({ length: 101 }, () => ({})) })).kind).to.equal('shape');
    expect(shapeError(answer({ locale: 'not a locale!' })).message).to.match(/search service/);
  });
});

describe('remote source: pages → view', () => {
  it('appends pages, highlights typed word starts, orders facets by the attribute, finds shortlisted cards', () => {
    const one = readSearchPage(answer(), validator);
    const two = readSearchPage(answer({ contents: [{ id: 'c', resource: resource('c', 'Shelter') }], pinned: [] }), validator);
    const known = new Map([...one.hits, ...two.hits].map((v) => [v.id, v]));
    const state = { ...STATE, query: 'leg', facets: 'cost', shortlist: ['c', 'gone'] };
    const first = remoteView([one], state, known);
    expect(first.hasMore).to.equal(true);
    expect(first.hits[0]!.matches.name).to.deep.equal([[0, 5]]);
    expect(first.facets.map((f) => f.id)).to.deep.equal(['cost']);
    expect(first.shortlist.map((v) => v.id)).to.deep.equal(['c']);
    const both = remoteView([one, two], state, known);
    expect(both.hits.map((h) => h.view.id)).to.deep.equal(['a', 'b', 'c']);
    expect(both.hasMore).to.equal(false);
    expect(both.status).to.equal(first.status, 'the same search keeps its status object (no new announcement)');
    expect(both.pinned.map((v) => v.id)).to.deep.equal(['hotline']);
  });
});
