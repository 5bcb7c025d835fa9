/**
 * The loading worker's index (src/core/worker-main.ts) reaches the page as data: indexData →
 * structured clone → loadIndex. An engine given that index must answer every query as one that
 * built its own (and its facet table, also made in the worker), on the shipped list and on 2,000 generated resources, in both locales.
 */
import { expect } from '@open-wc/testing';
import { createEngine, type Results } from '../../src/core/engine.js';
import { buildFacets } from '../../src/core/facets.js';
import { docMaker } from '../../src/core/index-docs.js';
import { docOf } from '../../src/core/search-index.js';
import { stemmerFor } from '../../src/core/stem.js';
import { indexData, loadIndex, newIndex } from '../../src/core/text-index.js';
import type { Bundle } from '../../src/core/types.js';
import shippedJson from '../../data/ccci-resources.json';
// @ts-expect-error: the bench's generator is plain JavaScript
import { makeBundle } from '../../scripts/bench/gen.mjs';

const QUERIES = ['housing', 'hous', 'h', 'tr', 'trafickin', 'traficking visa', 'legal help', 'nurses', 'screning',
  'employment', 'job', 'shelter', 'vivienda', 'trabajo', 'educacion', 'línea de crisis', 'immigrant lawyer', 'zzzz', 'a b'];

/** What the worker does, then what the page does with its message. */
function workerIndex(bundle: Bundle, loc: string) {
  const ix = newIndex(stemmerFor(loc));
  const doc = docMaker(bundle, buildFacets(bundle), loc, docOf);
  for (let i = 0; i < bundle.resources.length; i++) ix.add(doc(i));
  return loadIndex(stemmerFor(loc), structuredClone(indexData(ix)));
}

const sig = (r: Results) => ({
  total: r.total, relaxed: r.relaxed, matchedAll: r.matchedAll,
  hits: r.hits.map((h) => [h.resource.id, h.score.toFixed(9), JSON.stringify(h.matches)]),
  facets: r.facets.map((f) => f.values.map((v) => `${v.id}:${v.count}`).join(',')),
});

async function compare(bundle: Bundle) {
  let asked = 0;
  for (const loc of ['en', 'es']) {
    const own = createEngine(bundle, loc, { syncLimit: Infinity });
    const given = createEngine(bundle, loc, { syncLimit: 0, facets: structuredClone(buildFacets(bundle)), prebuilt: (l) => (asked++, workerIndex(bundle, l)) });
    await given.ready;
    expect(given.indexed).to.equal(true);
    for (const text of QUERIES) {
      expect(sig(given.search({ text, filters: {}, limit: 30 })), `${loc} "${text}"`).to.deep.equal(sig(own.search({ text, filters: {}, limit: 30 })));
      expect(given.suggest(text), `suggest ${loc} "${text}"`).to.deep.equal(own.suggest(text));
      const filters = { categories: ['housing', 'legal'] };
      expect(sig(given.search({ text, filters })), `${loc} "${text}" filtered`).to.deep.equal(sig(own.search({ text, filters })));
    }
  }
  expect(asked).to.equal(2);
}

describe('index built elsewhere (loading worker) → same results', () => {
  it('on the shipped list', async () => {
    await compare(shippedJson as unknown as Bundle);
  });

  it('on 2,000 generated resources', async () => {
    const b = makeBundle(2000, 3) as Bundle;
    // The comparison would be empty if the queries found nothing.
    expect(createEngine(b, 'en', { syncLimit: Infinity }).search({ text: 'housing', filters: {} }).total).to.be.above(100);
    await compare(b);
  });

  it('a prebuilt index that fails falls back to building here', async () => {
    const b = makeBundle(600, 5) as Bundle;
    const e = createEngine(b, 'en', { syncLimit: 0, prebuilt: () => Promise.reject(new Error('worker gone')) });
    await e.ready;
    expect(e.indexed).to.equal(true);
    const own = createEngine(b, 'en', { syncLimit: Infinity });
    expect(sig(e.search({ text: 'legal help', filters: {} }))).to.deep.equal(sig(own.search({ text: 'legal help', filters: {} })));
  });
});
