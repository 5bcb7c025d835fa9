import { expect } from '@open-wc/testing';
import { foldForSearch, localizedText, wordRanges, words } from '../../src/core/text.js';

describe('localizedText', () => {
  const t = { en: 'Housing', es: 'Vivienda', 'pt-BR': 'Moradia' };

  it('uses the requested locale', () => {
    expect(localizedText(t, 'es', 'en')).to.deep.equal({ text: 'Vivienda', lang: 'es' });
  });
  it('falls back to the base language (es-MX → es)', () => {
    expect(localizedText(t, 'es-MX', 'en')).to.deep.equal({ text: 'Vivienda', lang: 'es' });
  });
  it('finds a regional sibling of the base language (pt → pt-BR)', () => {
    expect(localizedText(t, 'pt', 'en')).to.deep.equal({ text: 'Moradia', lang: 'pt-BR' });
  });
  it('falls back to the bundle default, then to the first available', () => {
    expect(localizedText(t, 'vi', 'en')).to.deep.equal({ text: 'Housing', lang: 'en' });
    expect(localizedText({ fr: 'Logement' }, 'vi', 'en')).to.deep.equal({ text: 'Logement', lang: 'fr' });
  });
  it('treats a plain string as the default locale', () => {
    expect(localizedText('TTY', 'es', 'en')).to.deep.equal({ text: 'TTY', lang: 'en' });
  });
  it('returns empty text for missing text', () => {
    expect(localizedText(undefined, 'es', 'en').text).to.equal('');
  });
});

describe('foldForSearch', () => {
  it('strips accents and lower-cases', () => {
    expect(foldForSearch('niños')).to.equal('ninos');
    expect(foldForSearch('Educación')).to.equal('educacion');
    expect(foldForSearch('TTY')).to.equal('tty');
    expect(foldForSearch('ÉLAN Vital')).to.equal('elan vital');
  });
  it('folds decomposed (NFD) input the same as composed', () => {
    expect(foldForSearch('nin\u0303os')).to.equal('ninos');
  });
});

describe('words and wordRanges', () => {
  it('splits on spaces and punctuation, keeping accented letters', () => {
    expect(words('T-visa: niños, 24/7')).to.deep.equal(['T', 'visa', 'niños', '24', '7']);
  });
  it('gives ranges on the original (accented) string', () => {
    const s = '¿Educación para niños?';
    const r = wordRanges(s, (w) => w === 'ninos' || w === 'educacion');
    expect(r).to.deep.equal([[1, 10], [16, 21]]);
    expect(r.map(([a, b]) => s.slice(a, b))).to.deep.equal(['Educación', 'niños']);
  });
  it('keeps ranges right when the text is decomposed (NFD)', () => {
    const s = 'los nin\u0303os';
    const [[a, b]] = wordRanges(s, (w) => w === 'ninos');
    expect(s.slice(a, b)).to.equal('nin\u0303os');
  });
});
