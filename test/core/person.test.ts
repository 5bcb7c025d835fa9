/**
 * Pure parts of issue 13: which language to ask for, which locales the switch offers, summaries
 * cut on grapheme boundaries, "More details" only when there is something to show, the filters
 * whose removal would give results, and the featured facet from the bundle.
 */
import { expect } from '@open-wc/testing';
import { preferredLanguage, sharedLocales } from '../../src/core/locale.js';
import { cutText, hasDetails, resourceView } from '../../src/core/resource-view.js';
import { createEngine } from '../../src/core/engine.js';
import { looseningFilters } from '../../src/core/no-results.js';
import { normalizeBundle } from '../../src/core/normalize.js';
import { createFinderModel } from '../../src/core/view-model.js';
import { validateBundle } from '../../src/core/validate.js';
import type { Bundle } from '../../src/core/types.js';
import bundleJson from '../../data/ccci-resources.json';

const shipped = validateBundle(bundleJson).bundle as Bundle;
const UI = ['en', 'es'];

describe('preferredLanguage', () => {
  it('a Spanish browser on an English page asks for Spanish', () => {
    expect(preferredLanguage({ browser: ['es-MX', 'en'], page: 'en' }, UI)).to.equal('es-MX');
  });
  it('skips browser languages the UI lacks, and falls back to the page, then the first browser language', () => {
    expect(preferredLanguage({ browser: ['de-DE', 'es'], page: 'en' }, UI)).to.equal('es');
    expect(preferredLanguage({ browser: ['de-DE'], page: 'es' }, UI)).to.equal('es');
    expect(preferredLanguage({ browser: ['de-DE'] }, UI)).to.equal('de-DE');
    expect(preferredLanguage({ browser: [] }, UI)).to.equal('en');
  });
  it('the visitor’s pick, then the element’s own lang, then its container’s, come before the browser', () => {
    expect(preferredLanguage({ chosen: 'en', own: 'es', browser: ['es'] }, UI)).to.equal('en');
    expect(preferredLanguage({ own: 'es', browser: ['en'] }, UI)).to.equal('es');
    expect(preferredLanguage({ scoped: 'es', browser: ['en'], page: 'en' }, UI)).to.equal('es');
  });
});

describe('sharedLocales', () => {
  it('keeps the data’s locales the UI also has, in the data’s order', () => {
    expect(sharedLocales(['en', 'es'], ['es', 'fr', 'EN'])).to.deep.equal(['es', 'EN']);
  });
});

describe('cutText', () => {
  it('never splits an emoji sequence, a flag or a combining mark', () => {
    const family = '👨‍👩‍👧‍👦';
    const flag = '🇲🇽';
    const combining = 'e\u0301';
    for (const unit of [family, flag, combining]) {
      const text = 'ab' + unit.repeat(10);
      const cut = cutText(text, 5)!;
      expect(cut.endsWith('…')).to.equal(true);
      expect(cut.slice(0, -1)).to.equal('ab' + unit.repeat(2));
    }
  });
  it('leaves text that fits', () => {
    expect(cutText('short', 10)).to.equal(undefined);
    // More UTF-16 units than the limit, but no more characters: it fits too.
    expect(cutText('e\u0301'.repeat(6), 8)).to.equal(undefined);
    expect(cutText('abcde', 5)).to.equal(undefined);
  });
  it('cuts plain text by units exactly where segmenting would cut it', () => {
    // Latin with precomposed accents; a mark, an emoji or a CR just past the cut; then CR LF inside it.
    const seg = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const bySegments = (text: string, max: number) => {
      const chars = [...seg.segment(text)].map((x) => x.segment);
      return chars.length <= max ? undefined : chars.slice(0, max - 1).join('').trimEnd() + '…';
    };
    for (const text of ['Atención legal y migratoria gratuita', 'abcdefghij\u0301k', 'abcdefghij👨‍👩‍👧k', 'abcdefghij\r\nk', 'ab\r\ncdefghijklm', 'abcd efghij klm']) {
      for (const max of [3, 5, 9, 10, 11, 12]) expect(cutText(text, max), `${JSON.stringify(text)} at ${max}`).to.equal(bySegments(text, max));
    }
  });
  it('cuts one character past the limit, to the limit with the ellipsis', () => {
    expect(cutText('abcdef', 5)).to.equal('abcd…');
    expect(cutText('🇲🇽'.repeat(6), 5)).to.equal('🇲🇽'.repeat(4) + '…');
  });
});

describe('hasDetails', () => {
  it('is false for a card whose details would be empty, true with any detail', () => {
    const normalized = normalizeBundle(shipped);
    const views = shipped.resources.map((r) => resourceView(r, normalized, 'en'));
    const bare = resourceView({ id: 'x', name: { en: 'X' }, description: { en: 'Short.' } }, normalized, 'en');
    expect(hasDetails(bare)).to.equal(false);
    expect(hasDetails({ ...bare, eligibility: { text: 'Adults', lang: 'en' } })).to.equal(true);
    expect(views.some(hasDetails) && !views.every(hasDetails)).to.equal(true);
  });
});

describe('looseningFilters', () => {
  it('lists each selected value whose removal alone gives results, most first, with labels', () => {
    const engine = createEngine(shipped, 'en');
    const all = engine.search({ text: '', filters: {}, limit: 0 });
    const cost = all.facets.find((f) => f.id === 'cost')!;
    const category = all.facets.find((f) => f.id === 'category')!;
    // Find a category and a cost that together give nothing.
    let filters: Record<string, string[]> | undefined;
    for (const c of category.values) {
      for (const k of cost.values) {
        const f = { category: [c.id], cost: [k.id] };
        if (engine.search({ text: '', filters: f, limit: 0 }).total === 0) filters ??= f;
      }
    }
    expect(filters, 'the shipped data has an empty category × cost pair').to.not.equal(undefined);
    const zero = engine.search({ text: '', filters: filters!, limit: 0 });
    const loosen = looseningFilters(engine, '', filters!, zero.facets);
    expect(loosen.length).to.equal(2);
    for (const l of loosen) {
      const rest = { ...filters! };
      delete rest[l.facetId];
      expect(l.total).to.equal(engine.search({ text: '', filters: rest, limit: 0 }).total);
      expect(l.label).to.not.equal(l.valueId);
    }
    expect(loosen[0].total).to.be.at.least(loosen[1].total);
  });
  it('view model: zero results carry the loosenings; results carry none', () => {
    const model = createFinderModel(normalizeBundle(shipped), 'en');
    const state = { lang: 'en', query: 'zzqqxx', filters: {}, sort: 'relevance' as const, limit: 12, shortlist: [], facets: '', heading: '' };
    expect(model.view(state).loosen).to.deep.equal([]);
    expect(model.view({ ...state, query: '' }).featured?.id).to.equal('category');
    expect(model.view({ ...state, query: '' }).loosen).to.deep.equal([]);
  });
});
