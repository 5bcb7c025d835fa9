import { expect } from '@open-wc/testing';
import { createEngine, type Query, type Results } from '../../src/core/engine.js';
import { FIXTURE, bigBundle } from './engine-fixture.js';

const q = (text: string, extra: Partial<Query> = {}): Query => ({ text, filters: {}, ...extra });
const ids = (r: Results) => r.hits.map((h) => h.resource.id);
const facet = (r: Results, id: string) => Object.fromEntries(r.facets.find((f) => f.id === id)!.values.map((v) => [v.id, v.count]));

describe('engine: text search', () => {
  const en = createEngine(FIXTURE, 'en');

  it('indexes small bundles synchronously', () => {
    expect(en.indexed).to.equal(true);
  });

  it('matches prefixes while typing', () => {
    expect(ids(en.search(q('emerg')))).to.deep.equal(['housing-help']);
    expect(ids(en.search(q('scree')))).to.include('screening-clinic');
  });

  it('treats 1–2 letters as a name/tag prefix, names first', () => {
    const r = en.search(q('j'));
    expect(ids(r)).to.deep.equal(['job-training', 'garden-hosing']); // name, then the "Jobs" tag
    expect(r.hits[0].matches.name).to.deep.equal([[0, 3]]);
    expect(ids(en.search(q('yo')))[0]).to.equal('youth-shelter');
  });

  it('tolerates typos', () => {
    expect(ids(en.search(q('houseing')))[0]).to.equal('housing-help');
    expect(ids(en.search(q('traficking')))[0]).to.equal('trafficking-hotline');
    expect(ids(en.search(q('scren')))[0]).to.equal('screening-clinic');
  });

  it('does not fuzz short words', () => {
    expect(en.search(q('jab')).total).to.equal(0);
  });

  it('is case-insensitive', () => {
    const upper = en.search(q('TTY'));
    expect(ids(upper)).to.deep.equal(['trafficking-hotline']);
    expect(ids(en.search(q('tty')))).to.deep.equal(ids(upper));
  });

  it('ranks a name match above a description match', () => {
    expect(ids(en.search(q('trafficking')))).to.deep.equal(['trafficking-hotline', 'immigration-legal']);
  });

  it('ranks resources with all words first, then (when few) those with some; relaxed when none has all', () => {
    const all = en.search(q('legal help'));
    expect(ids(all)[0]).to.equal('immigration-legal');
    expect(all.matchedAll).to.equal(1);
    expect(all.total).to.be.greaterThan(1);
    expect(all.relaxed).to.equal(false);
    const any = en.search(q('legal youth'));
    expect(any.relaxed).to.equal(true);
    expect(ids(any)).to.include.members(['immigration-legal', 'youth-shelter']);
    expect(en.search(q('zzzz qqqq')).relaxed).to.equal(false);
  });

  it('expands synonyms exactly (no typo tolerance on the synonyms)', () => {
    const r = en.search(q('shelter'));
    expect(ids(r)).to.include.members(['youth-shelter', 'housing-help']);
    // "housing" fuzzed would reach "Hosing" (1 edit): synonyms must not.
    expect(ids(r)).not.to.include('garden-hosing');
  });

  it('expands the synonym phrase "t visa" and keeps AND across other words', () => {
    const r = en.search(q('t visa'));
    expect(ids(r)).to.have.members(['trafficking-hotline', 'immigration-legal']);
    const r2 = en.search(q('t visa legal'));
    expect(ids(r2)[0]).to.equal('immigration-legal');
    expect(r2.matchedAll).to.equal(1);
  });

  it('highlights matched words in the displayed fields', () => {
    const hit = en.search(q('legal help')).hits[0];
    expect(hit.matches.name).to.deep.equal([[12, 17]]);
    expect(hit.matches.organization).to.deep.equal([[0, 5]]);
    expect(hit.matches.description).to.deep.equal([[5, 10], [11, 15]]);
  });

  it('pins pinned resources, never in hits or total', () => {
    for (const r of [en.search(q('')), en.search(q('crisis')), en.search(q('housing', { filters: { categories: ['legal'] } }))]) {
      expect(r.pinned.map((p) => p.id)).to.deep.equal(['crisis-line']);
      expect(ids(r)).not.to.include('crisis-line');
    }
    expect(en.search(q('')).total).to.equal(8);
    expect(en.search(q('988')).total).to.equal(0);
  });

  it('counts every match however few it lists (typing lists only the hits shown)', () => {
    // Each query with 2 hits listed and with all of them: the same totals, and the short list leads the long one.
    for (const text of ['h', 'hous', 'crisis', 'legal help', 'legal youth', 'shelter', 'zzzz']) {
      const few = en.search(q(text, { limit: 2 }));
      const every = en.search(q(text, { limit: 1000 }));
      expect(few.total, text).to.equal(every.hits.length);
      expect(few.matchedAll, text).to.equal(every.matchedAll);
      expect(every.matchedAll, text).to.be.at.most(every.total);
      expect(ids(few), text).to.deep.equal(ids(every).slice(0, 2));
      expect(ids(every), text).not.to.include('crisis-line');
    }
    // A filter that every match passes gives the same list and counts as none.
    const unfiltered = en.search(q('help', { limit: 1000 }));
    const categories = [...new Set(unfiltered.hits.flatMap((h) => h.resource.categories ?? []))];
    const filtered = en.search(q('help', { limit: 1000, filters: { categories } }));
    expect(ids(filtered)).to.deep.equal(ids(unfiltered));
    expect([filtered.total, filtered.matchedAll]).to.deep.equal([unfiltered.total, unfiltered.matchedAll]);
  });
});

describe('engine: locales', () => {
  it('searches accent-insensitively in Spanish and highlights the accented text', () => {
    const es = createEngine(FIXTURE, 'es');
    for (const text of ['ninos', 'niños', 'NIÑOS']) {
      const r = es.search(q(text));
      expect(ids(r)).to.deep.equal(['education-kids']);
      expect(r.hits[0].matches.name).to.deep.equal([[15, 20]]); // "Educación para niños"
    }
    const r = es.search(q('educacion'));
    expect(r.hits[0].matches.name).to.deep.equal([[0, 9]]);
  });

  it('falls back to default-locale text for untranslated resources', () => {
    const es = createEngine(FIXTURE, 'es');
    const r = es.search(q('screening'));
    expect(ids(r)).to.deep.equal(['screening-clinic']);
    expect(r.hits[0].matches.description).to.deep.equal([[5, 14]]); // "Free screening for adults."
  });

  it('uses Spanish synonyms, also for es-MX', () => {
    for (const loc of ['es', 'es-MX']) {
      const r = createEngine(FIXTURE, loc).search(q('alojamiento'));
      expect(ids(r)[0]).to.equal('housing-help');
    }
    // An English visitor reaches it only through the Spanish text, ranked like any match there.
    expect(ids(createEngine(FIXTURE, 'en').search(q('alojamiento')))[0]).to.equal('housing-help');
  });

  it('switches locale', () => {
    const e = createEngine(FIXTURE, 'en');
    expect(e.search(q('')).facets[0].label).to.equal('Topic');
    e.setLocale('es');
    expect(e.locale).to.equal('es');
    expect(ids(e.search(q('vivienda')))[0]).to.equal('housing-help');
    expect(e.search(q('')).facets[0].label).to.equal('Tema');
    e.setLocale('en');
    expect(e.search(q('')).facets[0].label).to.equal('Topic');
  });

  it('builds a small index in slices when asked (syncLimit 0), and still keeps each visited locale’s', async () => {
    const e = createEngine(FIXTURE, 'en', { syncLimit: 0 });
    expect(e.indexed, 'not built at once').to.equal(false);
    await e.ready;
    expect(e.indexed).to.equal(true);
    expect(ids(e.search(q('emerg')))).to.deep.equal(['housing-help']);
    e.setLocale('es');
    await e.ready;
    e.setLocale('en');
    expect(e.indexed, 'the English index was kept: switching back is instant').to.equal(true);
    expect(ids(e.search(q('emerg')))).to.deep.equal(['housing-help']);
  });

  it('labels language values with the browser’s language names', () => {
    const r = createEngine(FIXTURE, 'es').search(q(''));
    const langs = r.facets.find((f) => f.id === 'languages')!.values;
    expect(langs.map((v) => v.id)).to.deep.equal(['en', 'es', 'vi']); // by count desc
    expect(langs[1].label.toLowerCase()).to.equal('español');
  });
});

describe('engine: filters and facets', () => {
  const en = createEngine(FIXTURE, 'en');

  it('ORs within a facet and ANDs across facets', () => {
    expect(en.search(q('', { filters: { categories: ['housing', 'legal'] } })).total).to.equal(3);
    expect(ids(en.search(q('', { filters: { categories: ['housing', 'legal'], audiences: ['youth'] } })))).to.deep.equal(['youth-shelter']);
  });

  it('counts disjunctively', () => {
    const r = en.search(q('', { filters: { categories: ['housing'] } }));
    expect(r.total).to.equal(2);
    // A facet's own selection does not shrink its counts…
    expect(facet(r, 'categories')).to.include({ housing: 2, legal: 1, employment: 2, crisis: 0 });
    // …other facets' selections do.
    expect(facet(r, 'audiences')).to.deep.equal({ families: 1, youth: 1, immigrants: 0 });
    const both = en.search(q('', { filters: { categories: ['housing'], audiences: ['families'] } }));
    expect(facet(both, 'categories')).to.include({ housing: 1, legal: 0, education: 1 });
  });

  it('applies the text query to counts', () => {
    expect(facet(en.search(q('trafficking')), 'categories')).to.include({ trafficking: 1, legal: 1, housing: 0 });
  });

  it('derives channels from phones, email and url', () => {
    expect(ids(en.search(q('', { filters: { channels: ['tty'] } })))).to.deep.equal(['trafficking-hotline']);
    expect(ids(en.search(q('', { filters: { channels: ['email'] } })))).to.deep.equal(['immigration-legal']);
    expect(facet(en.search(q('')), 'channels')).to.include({ call: 2, text: 1, web: 1, 'in-person': 1 });
  });

  it('keeps selected values listed at zero, also unknown open-facet values', () => {
    const r = en.search(q('', { filters: { categories: ['crisis'], languages: ['fr'] } }));
    expect(r.total).to.equal(0);
    const crisis = r.facets[0].values.find((v) => v.id === 'crisis')!;
    expect(crisis).to.include({ count: 0, selected: true });
    const fr = r.facets.find((f) => f.id === 'languages')!.values.find((v) => v.id === 'fr')!;
    expect(fr).to.include({ count: 0, selected: true });
  });

  it('lists closed facet values in bundle order, localized', () => {
    const r = createEngine(FIXTURE, 'es').search(q(''));
    expect(r.facets.map((f) => f.id)).to.deep.equal(['categories', 'audiences', 'languages', 'channels']);
    expect(r.facets[0].values.map((v) => v.label).slice(0, 3)).to.deep.equal(['Vivienda', 'Legal', 'Trata']);
  });
});

describe('engine: sorting and paging', () => {
  const en = createEngine(FIXTURE, 'en');

  it('browses in bundle order', () => {
    expect(ids(en.search(q('')))).to.deep.equal(['housing-help', 'trafficking-hotline', 'immigration-legal', 'youth-shelter', 'screening-clinic', 'education-kids', 'job-training', 'garden-hosing']);
  });

  it('sorts by localized name', () => {
    expect(ids(en.search(q('', { sort: 'name' }))).slice(0, 3)).to.deep.equal(['education-kids', 'housing-help', 'garden-hosing']);
    const es = createEngine(FIXTURE, 'es');
    expect(ids(es.search(q('', { sort: 'name' }))).slice(0, 3)).to.deep.equal(['housing-help', 'job-training', 'education-kids']);
  });

  it('sorts by most recently verified, undated last', () => {
    expect(ids(en.search(q('', { sort: 'verified' })))).to.deep.equal(['trafficking-hotline', 'housing-help', 'education-kids', 'immigration-legal', 'youth-shelter', 'screening-clinic', 'job-training', 'garden-hosing']);
  });

  it('sorts query results by relevance by default, by name on request', () => {
    expect(ids(en.search(q('help')))[0]).to.equal('housing-help');
    expect(ids(en.search(q('help', { sort: 'name' })))).to.deep.equal(['housing-help', 'immigration-legal', 'trafficking-hotline']);
  });

  it('returns `limit` hits, 20 by default, with the full total', () => {
    expect(en.search(q('', { limit: 3 })).hits).to.have.length(3);
    expect(en.search(q('', { limit: 3 })).total).to.equal(8);
    expect(en.search(q('', { limit: 0 })).hits).to.have.length(0);
    const big = createEngine(bigBundle(300), 'en');
    expect(big.search(q('')).hits).to.have.length(20);
    expect(big.search(q('', { limit: 40 })).hits.map((h) => h.resource.id).slice(20, 22)).to.deep.equal(['r20', 'r21']);
  });
});

describe('engine: non-blocking indexing', () => {
  it('answers while indexing 5,000 resources, then searches fully', async () => {
    const e = createEngine(bigBundle(5000), 'en');
    const browse = e.search(q(''));
    expect(e.indexed).to.equal(false);
    expect(browse.total).to.equal(5000);
    expect(browse.hits).to.have.length(20);
    expect(facet(browse, 'categories')).to.include({ housing: 1667, legal: 1667 });
    const filtered = e.search(q('', { filters: { languages: ['es'] } }));
    expect(filtered.total).to.equal(2500);

    // Stop-gap: name-word prefixes only.
    const early = e.search(q('center 12'));
    expect(e.indexed).to.equal(false);
    expect(early.hits.every((h) => / 12\d*$/.test(h.resource.name as string))).to.equal(true);
    expect(early.total).to.equal(111); // 12, 120–129, 1200–1299

    // Other tasks still run while indexing.
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    await e.ready;
    clearInterval(timer);
    expect(ticks).to.be.greaterThan(1);

    const done = e.search(q('houseing'));
    expect(e.indexed).to.equal(true);
    expect(done.total).to.be.greaterThan(0);
    expect(done.hits[0].matches.name ?? done.hits[0].matches.description).to.not.equal(undefined);
  });
});
