// Search that understands people: normalization (width, case, accents, invisible characters,
// query length), stemming, synonyms, both languages in one index, and "did you mean".
import { expect } from '@open-wc/testing';
import { createEngine, MAX_QUERY_LENGTH, normalizeQuery, type Query, type Results } from '../../src/core/engine.js';
import { foldForSearch } from '../../src/core/text.js';
import type { Bundle } from '../../src/core/types.js';

const q = (text: string): Query => ({ text, filters: {} });
const ids = (r: Results) => r.hits.map((h) => h.resource.id);
/** The displayed text each highlight range covers. */
const marked = (text: string, ranges: [number, number][] | undefined) => (ranges ?? []).map(([a, b]) => text.slice(a, b));

const BUNDLE: Bundle = {
  format_version: 1,
  meta: { title: 'T', default_locale: 'en', locales: ['en', 'es'], updated: '2026-11-01' },
  synonyms: {
    en: [['lawyer', 'attorney', 'legal aid'], ['nurse', 'health care']],
    es: [['abogado', 'asistencia legal'], ['dormir', 'vivienda']],
  },
  resources: [
    { id: 'strasse', name: 'Straße Shelter', description: 'Beds.' },
    { id: 'istanbul', name: 'İstanbul Office', description: 'Help abroad.' },
    { id: 'cafe', name: 'Cafe\u0301 Jobs', description: 'Work in a kitchen.' },
    { id: 'nursing', name: { en: 'Nursing Course', es: 'Curso de enfermería' }, description: { en: 'For health care staff.', es: 'Para el personal de salud.' } },
    { id: 'attorneys', name: { en: 'Free Attorneys', es: 'Abogados gratuitos' }, description: { en: 'Civil cases.', es: 'Casos civiles.' } },
    { id: 'housing', name: { en: 'Housing Search', es: 'Búsqueda de vivienda' }, description: { en: 'Apartments.', es: 'Apartamentos.' } },
    { id: 'housing-es', name: { en: 'Rent Help', es: 'Ayuda con la vivienda' }, description: { en: 'Housing costs.', es: 'Costos.' } },
    { id: 'nurses-es', name: { en: 'Care Team', es: 'Enfermeras comunitarias' }, description: { en: 'Home visits.', es: 'Visitas a domicilio.' } },
  ],
};

describe('normalization', () => {
  it('folds width, full case and accents', () => {
    expect(foldForSearch('ｓｈｅｌｔｅｒ')).to.equal('shelter');
    expect(foldForSearch('STRAẞE')).to.equal('strasse');
    expect(foldForSearch('Straße')).to.equal('strasse');
    expect(foldForSearch('İstanbul')).to.equal('istanbul');
    expect(foldForSearch('Cafe\u0301')).to.equal('cafe');
    expect(foldForSearch('ﬁle')).to.equal('file');
    expect(foldForSearch('shel\u200Bter')).to.equal('shelter');
  });

  it('drops invisible characters from queries; a query of only them is empty', () => {
    expect(normalizeQuery('\u200B')).to.equal('');
    expect(normalizeQuery(' \u200B\u200D\uFEFF\u2060 ')).to.equal('');
    expect(normalizeQuery('  legal \u200B  help ')).to.equal('legal help');
  });

  it('caps a query at MAX_QUERY_LENGTH without splitting a surrogate pair', () => {
    expect(MAX_QUERY_LENGTH).to.equal(200);
    expect(normalizeQuery('a'.repeat(10_000))).to.have.length(MAX_QUERY_LENGTH);
    const s = normalizeQuery('a'.repeat(MAX_QUERY_LENGTH - 1) + '😀');
    expect(s).to.equal('a'.repeat(MAX_QUERY_LENGTH - 1));
  });

  it('the engine treats a zero-width query as no query (all resources, nothing highlighted)', () => {
    const e = createEngine(BUNDLE, 'en');
    const r = e.search(q('\u200B'));
    expect(r.total).to.equal(BUNDLE.resources.length);
    expect(r.relaxed).to.equal(false);
    expect(r.hits.every((h) => Object.keys(h.matches).length === 0)).to.equal(true);
  });

  it('the engine reads only the first MAX_QUERY_LENGTH characters of a pasted text', () => {
    const e = createEngine(BUNDLE, 'en');
    const long = 'housing ' + 'x'.repeat(10_000);
    expect(ids(e.search(q(long)))).to.deep.equal(ids(e.search(q(long.slice(0, MAX_QUERY_LENGTH)))));
  });

  it('matches full-width, ß = ss, İ = i and NFD accents, highlighting exactly the original characters', () => {
    const e = createEngine(BUNDLE, 'en');
    const s = e.search(q('STRASSE')).hits[0];
    expect(s.resource.id).to.equal('strasse');
    expect(marked('Straße Shelter', s.matches.name)).to.deep.equal(['Straße']);
    expect(s.matches.name).to.deep.equal([[0, 6]]);

    const i = e.search(q('istanbul')).hits[0];
    expect(i.resource.id).to.equal('istanbul');
    expect(i.matches.name).to.deep.equal([[0, 8]]);

    const c = e.search(q('café')).hits[0];
    expect(c.resource.id).to.equal('cafe');
    expect(c.matches.name).to.deep.equal([[0, 5]]); // "Cafe" + U+0301
    expect(ids(e.search(q('CAFE')))).to.deep.equal(['cafe']);

    expect(ids(e.search(q('ｓｈｅｌｔｅｒ')))).to.deep.equal(['strasse']);
  });

  it('highlights a word without the invisible characters around it', () => {
    const e = createEngine({ ...BUNDLE, resources: [{ id: 'z', name: 'Free\u200BShelter\u00AD and Hous\u00ADing', description: 'x' }] }, 'en');
    const h = e.search(q('shelter housing')).hits[0];
    // A zero-width space separates words; a soft hyphen joins them and is left out at an edge.
    expect(h.matches.name).to.deep.equal([[5, 12], [18, 26]]);
  });
});

describe('stemming', () => {
  const en = createEngine(BUNDLE, 'en');

  it('finds other forms of a word and highlights the words in the text', () => {
    for (const text of ['nurses', 'nurse', 'nursing']) {
      const r = en.search(q(text));
      expect(ids(r)[0], text).to.equal('nursing');
      expect(marked('Nursing Course', r.hits[0].matches.name)).to.deep.equal(['Nursing']);
    }
    expect(ids(en.search(q('courses')))).to.deep.equal(['nursing']);
  });

  it('keeps prefix search and typo tolerance', () => {
    expect(ids(en.search(q('nurs')))[0]).to.equal('nursing');
    expect(ids(en.search(q('cour')))).to.include('nursing');
    expect(ids(en.search(q('nursign')))).to.include('nursing');
  });

  it('stems Spanish, also typed without accents', () => {
    const es = createEngine(BUNDLE, 'es');
    expect(ids(es.search(q('enfermera')))[0]).to.equal('nurses-es');
    expect(ids(es.search(q('busquedas')))).to.include('housing');
  });
});

describe('synonyms', () => {
  it('expand plain words, matched by stem, to the words of the data', () => {
    const en = createEngine(BUNDLE, 'en');
    const r = en.search(q('lawyers'));
    expect(ids(r)[0]).to.equal('attorneys');
    expect(marked('Free Attorneys', r.hits[0].matches.name)).to.deep.equal(['Attorneys']);
    expect(ids(en.search(q('nurse')))).to.include('nursing');
  });

  it('apply in the visitor’s language: dormir → vivienda', () => {
    const es = createEngine(BUNDLE, 'es');
    expect(ids(es.search(q('dormir')))).to.have.members(['housing', 'housing-es']);
  });
});

describe('both languages in one index', () => {
  it('finds an English word for a Spanish visitor, shown in Spanish, ranking Spanish text first', () => {
    const es = createEngine(BUNDLE, 'es');
    const r = es.search(q('housing'));
    // "housing" is only in the English text of both; the name outranks the description.
    expect(ids(r)).to.include('housing');
    const hit = r.hits.find((h) => h.resource.id === 'housing')!;
    // No highlight in the Spanish text shown: the word is not there.
    expect(hit.matches.name).to.equal(undefined);

    const v = es.search(q('vivienda'));
    expect(ids(v)).to.have.members(['housing', 'housing-es']);
  });

  it('ranks a match in the visitor’s language above the same word in another language', () => {
    const bundle: Bundle = {
      ...BUNDLE,
      synonyms: {},
      resources: [
        { id: 'other', name: { en: 'Shelter', es: 'Abogados' }, description: 'x' },
        { id: 'own', name: { en: 'Abogados', es: 'Refugio' }, description: 'x' },
      ],
    };
    expect(ids(createEngine(bundle, 'en').search(q('abogados')))).to.deep.equal(['own', 'other']);
    expect(ids(createEngine(bundle, 'es').search(q('abogados')))).to.deep.equal(['other', 'own']);
  });
});

describe('did you mean', () => {
  it('suggests the closest words of the visitor’s language, spelled as in the data', () => {
    const en = createEngine(BUNDLE, 'en');
    expect(en.suggest('atorneys')[0]).to.equal('attorneys');
    expect(en.suggest('free atorneys')[0]).to.equal('free attorneys');
    const es = createEngine(BUNDLE, 'es');
    expect(es.suggest('viviensa')[0]).to.equal('vivienda');
    expect(es.suggest('busqeda')[0]).to.equal('búsqueda');
  });

  it('suggests nothing when every word is known, also when known only in another language', () => {
    const en = createEngine(BUNDLE, 'en');
    expect(en.suggest('housing')).to.deep.equal([]);
    expect(en.suggest('vivienda')).to.deep.equal([]);
    expect(en.suggest('')).to.deep.equal([]);
    expect(en.suggest('\u200B')).to.deep.equal([]);
  });
});
