/**
 * searchUnit (src/core/unit-search.ts) must give what MiniSearch's own `search` gives, as query.ts
 * reads it: the same resources in the same order (ties too), the same scores to the last bit, and
 * the same matched words. Every prefix of typed queries (words, typos, synonyms, two-word phrases,
 * Spanish), planned as the engine plans them, on the shipped list and 3,000 generated resources.
 */
import { expect } from '@open-wc/testing';
import type { Query as MsQuery } from 'minisearch';
import { buildFacets } from '../../src/core/facets.js';
import { docMaker } from '../../src/core/index-docs.js';
import { BOOST, compileSynonyms, FILL, planQuery, runQuery, runUnit, type UnitResult } from '../../src/core/query.js';
import { docOf } from '../../src/core/search-index.js';
import { stemmerFor } from '../../src/core/stem.js';
import { newIndex } from '../../src/core/text-index.js';
import type { TextIndex } from '../../src/core/search-index.js';
import type { Bundle } from '../../src/core/types.js';
import { bestFirst, searchUnit } from '../../src/core/unit-search.js';
import shippedJson from '../../data/ccci-resources.json';
// @ts-expect-error: the bench's generator is plain JavaScript
import { makeBundle } from '../../scripts/bench/gen.mjs';

const TYPED = ['housing', 'screening', 'traficking', 'legal help', 'counseling', 'nurses', 'immigrant lawyer', 'scren', 'trafickin visa',
  'employment training', 'hotline for youth', 'vivienda', 'educacion', 'línea de crisis', 'abogado', 'zzzz', 'a b', 'job fair'];

/** What query.ts kept before searchUnit: MiniSearch's search, divided back when a result matched several query words. */
function byMiniSearch(ix: TextIndex, q: MsQuery) {
  const res = ix.ms.search(q, { boost: BOOST, maxFuzzy: 2 });
  if (res.some((r) => r.queryTerms.length > 1)) {
    for (const r of res) r.score /= r.queryTerms.length;
    res.sort((a, b) => b.score - a.score);
  }
  const words = new Set<string>();
  for (const r of res) for (const w of Object.keys(r.match)) words.add(w);
  return { ids: res.map((r) => r.id as number), scores: res.map((r) => r.score), words: [...words].sort() };
}

function compare(bundle: Bundle, loc: string) {
  const ix = newIndex(stemmerFor(loc));
  const doc = docMaker(bundle, buildFacets(bundle), loc, docOf);
  for (let i = 0; i < bundle.resources.length; i++) ix.add(doc(i));
  const syn = compileSynonyms(bundle, loc, stemmerFor(loc));
  let units = 0, hits = 0, ands = 0;
  for (const text of TYPED) {
    for (let i = 1; i <= text.length; i++) {
      for (const u of planQuery(text.slice(0, i), syn, ix)) {
        if (u.short !== undefined) continue;
        const want = byMiniSearch(ix, u.q);
        // The common path (ORs only) where it applies, and the general path always.
        for (const general of [false, true]) {
          const got = searchUnit(ix.ms, u.q, BOOST, 2, general);
          const where = `${loc} "${text.slice(0, i)}" unit ${u.key}${general ? ' (general path)' : ''}`;
          expect([...got.ids], where).to.deep.equal(want.ids);
          // Bit for bit: the same operations in the same order.
          expect([...got.scores], where).to.deep.equal(want.scores);
          expect([...got.words].sort(), where).to.deep.equal(want.words);
        }
        // Unordered (a query of several words ranks their sum itself): the same hits with the same scores.
        const loose = searchUnit(ix.ms, u.q, BOOST, 2, false, false);
        const pairs = (ids: ArrayLike<number>, scores: ArrayLike<number>) => Array.from(ids, (id, k) => `${id}:${scores[k]}`).sort();
        expect(pairs(loose.ids, loose.scores), `${loc} "${text.slice(0, i)}" unit ${u.key} unordered`).to.deep.equal(pairs(want.ids, want.scores));
        if (JSON.stringify(u.q).includes('"AND"')) ands++;
        units++;
        hits += want.ids.length;
      }
    }
  }
  return { units, hits, ands };
}

describe('searchUnit equals MiniSearch search', () => {
  it('on the shipped list, English and Spanish', () => {
    for (const loc of ['en', 'es']) {
      const { units, hits, ands } = compare(shippedJson as unknown as Bundle, loc);
      expect(units).to.be.above(100);
      // Synonym phrases and members reach the general path's ANDs.
      expect(ands, 'units with AND').to.be.above(3);
      expect(hits).to.be.above(500);
    }
  });

  it('on 3,000 generated resources (many ties, long postings)', () => {
    const { units, hits } = compare(makeBundle(3000, 7) as Bundle, 'en');
    expect(units).to.be.above(100);
    expect(hits).to.be.above(50000);
  });
});

/** 3,000 generated resources indexed in English, as the engine indexes them, with their synonyms. */
function generatedIndex() {
  const bundle = makeBundle(3000, 7) as Bundle;
  const ix = newIndex(stemmerFor('en'));
  const doc = docMaker(bundle, buildFacets(bundle), 'en', docOf);
  for (let i = 0; i < bundle.resources.length; i++) ix.add(doc(i));
  return { bundle, ix, syn: compileSynonyms(bundle, 'en', stemmerFor('en')) };
}

describe('runQuery ranks a query of several words', () => {
  it('as the sum of its words\' scores times the words matched, equal scores in index order', () => {
    const { bundle, ix, syn } = generatedIndex();
    let checked = 0;
    for (const text of TYPED.filter((t) => t.includes(' '))) {
      for (let i = text.indexOf(' ') + 2; i <= text.length; i++) {
        const units = planQuery(text.slice(0, i), syn, ix);
        if (units.length < 2) continue;
        const got = runQuery(ix, units, bundle.resources.length, () => true, new Map());
        // The reference: each word's ordered hits, summed in plain arrays, sorted with a comparator.
        const rs = units.map((u) => runUnit(ix, u));
        const score = new Map<number, number>(), count = new Map<number, number>();
        for (const r of rs) Array.from(r.ids).forEach((id, k) => { score.set(id, (score.get(id) ?? 0) + r.scores[k]); count.set(id, (count.get(id) ?? 0) + 1); });
        const rank = (ids: number[]) => ids.map((id) => [id, score.get(id)! * count.get(id)!] as const).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
        const all = [...count.keys()];
        const full = rank(all.filter((id) => count.get(id) === rs.length));
        const want = full.length >= FILL.below ? full : full.concat(rank(all.filter((id) => count.get(id)! < rs.length)));
        expect(got.ids, text.slice(0, i)).to.deep.equal(want.map(([id]) => id));
        expect(got.scores, text.slice(0, i)).to.deep.equal(want.map(([, s]) => s));
        checked++;
      }
    }
    expect(checked).to.be.above(10);
  });
});

describe('runQuery keeps word results across keystrokes', () => {
  const { bundle, ix, syn } = generatedIndex();
  const n = bundle.resources.length;
  const typed = (text: string) => Array.from(text, (_, i) => text.slice(0, i + 1));

  it('runs a word typed again (Backspace, the same search again) only once, with the same results', () => {
    const cache = new Map<string, UnitResult>();
    const first = new Map(typed('housing').map((t) => [t, runQuery(ix, planQuery(t, syn, ix), n, () => true, cache)]));
    runQuery(ix, planQuery('legal help', syn, ix), n, () => true, cache);
    for (const t of typed('housing').reverse()) {
      const again = runQuery(ix, planQuery(t, syn, ix), n, () => true, cache);
      // The very arrays kept from the first time: not searched again.
      expect(again.units[0], t).to.equal(first.get(t)!.units[0]);
      expect(Array.from(again.ids), t).to.deep.equal(Array.from(runQuery(ix, planQuery(t, syn, ix), n, () => true, new Map()).ids));
    }
  });

  it('lets the least recently used go beyond its limits, never the words of the query at hand', () => {
    const cache = new Map<string, UnitResult>();
    const limits = { hits: 2000, results: 6 };
    const queries = ['housing', 'screening', 'trafficking', 'legal help', 'counseling', 'hotline for youth', 'employment training'].flatMap(typed);
    for (const t of queries) {
      const units = planQuery(t, syn, ix);
      const got = runQuery(ix, units, n, () => true, cache, limits);
      const kept = [...cache.values()];
      const hits = kept.reduce((sum, r) => sum + r.ids.length, 0);
      // Within the limits, unless the query's own words alone pass them.
      if (cache.size > units.length) expect(hits <= limits.hits && cache.size <= limits.results, t).to.equal(true);
      for (const u of units) expect(cache.has(u.key), t).to.equal(true);
      expect(got.units.every((r) => kept.includes(r)), t).to.equal(true);
    }
    expect(cache.size).to.be.at.most(limits.results);
  });
});

describe('bestFirst (the sort searchUnit ranks with)', () => {
  /** Scores with true ties, and scores that differ only in their last bits (the bits its keys give up). */
  function scores(count: number, seed: number) {
    let x = seed;
    const rnd = () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const s = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      const r = rnd();
      s[i] = r < 0.3 ? 1.5 + (i % 7) * 0.125 : r < 0.4 && i ? s[i - 1] * (1 + 2 ** -50) : r * 10;
    }
    return s;
  }

  it('gives the order of the comparator sort, ties and near-ties included, at every size', () => {
    for (const count of [0, 1, 2, 3, 64, 65, 1000, 3000, 9000]) {
      const first = scores(count, count + 7);
      const quality = scores(count, count + 11).map((v) => 1 + Math.floor(v) % 3);
      const final = first.map((v, i) => v / quality[i]);
      const one = (a: number, b: number) => first[b] - first[a] || a - b;
      const two = (a: number, b: number) => final[b] - final[a] || first[b] - first[a] || a - b;
      const sorted = (cmp: (a: number, b: number) => number) => Int32Array.from({ length: count }, (_, i) => i).sort(cmp);
      expect([...bestFirst(first, count, one)], `one key, ${count}`).to.deep.equal([...sorted(one)]);
      expect([...bestFirst(final, count, two)], `two keys, ${count}`).to.deep.equal([...sorted(two)]);
    }
  });

  it('needs the exact check: near-ties come out reversed without it', () => {
    // Two scores one unit in the last place apart, the larger at the later position.
    const s = new Float64Array([1, 1 + 2 ** -52]);
    expect([...bestFirst(s, 2, (a, b) => s[b] - s[a] || a - b)]).to.deep.equal([1, 0]);
  });
});
