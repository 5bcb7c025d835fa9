// The view model alone (no element): what the templates get from a state, and what it recomputes.
import { expect } from '@open-wc/testing';
import type { Engine } from '../../src/core/engine.js';
import { normalizeBundle } from '../../src/core/normalize.js';
import { createFinderModel, toggleSaved, type FinderState } from '../../src/core/view-model.js';
import { bigBundle, FIXTURE } from './engine-fixture.js';

const base: FinderState = { lang: 'en', query: '', filters: {}, sort: 'relevance', limit: 3, shortlist: [], facets: '', heading: '' };

/** Counts engine.search calls (the model calls it through its engine). */
function countSearches(engine: Engine) {
  const calls = { n: 0 };
  const search = engine.search.bind(engine);
  engine.search = (q) => (calls.n++, search(q));
  return calls;
}

describe('view model', () => {
  it('gives the templates everything: pinned, hits with matches, facets, status, title, paging', () => {
    const model = createFinderModel(normalizeBundle(FIXTURE), 'en');
    const view = model.view({ ...base, query: 'housing' });
    expect(view.locale).to.equal('en');
    expect(view.title).to.equal('Test');
    expect(view.pinned.map((p) => p.id)).to.deep.equal(['crisis-line']);
    expect(view.hits.length).to.be.at.most(3);
    expect(view.hits[0].view.id).to.equal('housing-help');
    expect(view.hits[0].matches.name).to.deep.equal([[10, 17]]); // "Housing" in "Emergency Housing Help"
    expect(view.status.relaxed).to.equal(false);
    expect(view.hasMore).to.equal(view.status.total > view.hits.length);
    expect(view.facets.map((f) => f.id)).to.deep.equal(FIXTURE.facets!.map((f) => f.id));
    expect(view.indexing).to.equal(false);
  });

  it('orders facets as the facets attribute says, dropping unknown ids', () => {
    const model = createFinderModel(normalizeBundle(FIXTURE));
    const view = model.view({ ...base, facets: 'channels nope categories' });
    expect(view.facets.map((f) => f.id)).to.deep.equal(['channels', 'categories']);
  });

  it('serves the nearest data locale and the host heading over the bundle title', () => {
    const model = createFinderModel(normalizeBundle(FIXTURE), 'es-MX');
    const view = model.view({ ...base, lang: 'es-MX', heading: 'Ayuda' });
    expect(view.locale).to.equal('es');
    expect(view.title).to.equal('Ayuda');
    expect(view.pinned[0].name).to.deep.equal({ text: '988 Línea de crisis', lang: 'es' });
    expect(model.view({ ...base, lang: 'fr' }).locale).to.equal('en');
  });

  it('shows the shortlist in the order added and skips ids the bundle lacks', () => {
    const model = createFinderModel(normalizeBundle(FIXTURE));
    const shortlist = toggleSaved(toggleSaved(toggleSaved([], 'youth-shelter'), 'gone'), 'housing-help');
    expect(shortlist).to.deep.equal(['youth-shelter', 'gone', 'housing-help']);
    const view = model.view({ ...base, shortlist });
    expect(view.shortlist.map((v) => v.id)).to.deep.equal(['youth-shelter', 'housing-help']);
    expect(view.saved.has('housing-help')).to.equal(true);
    expect(toggleSaved(shortlist, 'gone')).to.deep.equal(['youth-shelter', 'housing-help']);
  });

  it('recomputes only what changed: the same state reuses the view parts, a shortlist change does not search', () => {
    const model = createFinderModel(normalizeBundle(FIXTURE));
    const calls = countSearches(model.engine);
    const first = model.view({ ...base, query: 'help' });
    const again = model.view({ ...base, query: 'help' });
    expect(calls.n).to.equal(1);
    expect(again.status).to.equal(first.status);
    expect(again.hits).to.equal(first.hits);
    const saved = model.view({ ...base, query: 'help', shortlist: ['housing-help'] });
    expect(calls.n).to.equal(1);
    expect(saved.status).to.equal(first.status);
    expect(saved.hits[0].view).to.equal(first.hits[0].view); // card views are cached
    model.view({ ...base, query: 'help', limit: 5 });
    expect(calls.n).to.equal(2);
  });

  it('while only the text changes, keeps the last counts; the same state again counts (the filter panel asks after a pause)', () => {
    const model = createFinderModel(normalizeBundle(FIXTURE));
    const fresh = (state: FinderState) => createFinderModel(normalizeBundle(FIXTURE)).view(state).facets;
    const all = model.view(base).facets;
    expect(fresh({ ...base, query: 'help' }), 'the test needs counts that differ').to.not.deep.equal(all);
    const typed = model.view({ ...base, query: 'help' });
    expect(typed.facets).to.equal(all);
    expect(typed.status.total).to.be.lessThan(FIXTURE.resources.length); // the results did not wait
    expect(model.view({ ...base, query: 'help' }).facets).to.deep.equal(fresh({ ...base, query: 'help' }));
    // A filter, a new language or the empty text count at once.
    const filtered = { ...base, query: 'helpx', filters: { categories: ['housing'] } };
    expect(model.view(filtered).facets).to.deep.equal(fresh(filtered));
    expect(model.view({ ...filtered, query: '' }).facets).to.deep.equal(fresh({ ...filtered, query: '' }));
  });

  it('searches again when the data locale changes, not for a heading change', () => {
    const model = createFinderModel(normalizeBundle(FIXTURE));
    const calls = countSearches(model.engine);
    const en = model.view({ ...base, query: 'vivienda' });
    model.view({ ...base, query: 'vivienda', heading: 'X' });
    expect(calls.n).to.equal(1);
    const es = model.view({ ...base, query: 'vivienda', lang: 'es' });
    expect(calls.n).to.equal(2);
    expect(es.status).to.not.equal(en.status);
    expect(es.status.total).to.be.greaterThan(0);
  });

  it('reports indexing for big bundles until ready, then searches the full index', async () => {
    const model = createFinderModel(normalizeBundle(bigBundle(2000)));
    const early = model.view({ ...base, query: 'center 12' });
    expect(early.indexing).to.equal(true);
    await model.ready;
    const done = model.view({ ...base, query: 'center 12' });
    expect(done.indexing).to.equal(false);
    expect(done.status).to.not.equal(early.status); // searched again once indexed
  });
});
