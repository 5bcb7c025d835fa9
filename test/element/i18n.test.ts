import { expect, fixture, html } from '@open-wc/testing';
import type { ResourceFinder } from '../../src/resource-finder.js';
import { $, $$, ccci, cards, finder, ready, statusText, titles, typeQuery } from '../helpers/finder.js';
import { expectAccessible } from '../helpers/a11y.js';
import { pickLocale, textDirection } from '../../src/core/locale.js';

/** Visible text of the widget, one string per text node, skipping data (titles, summaries, publishers). */
function uiText(el: Element): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof HTMLElement && node.matches('.summary, .org, .title, .pin-title, .note, dd, .badge, legend, .check label, .chip, .checked')) return;
    if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) out.push(node.textContent!.trim());
    node.childNodes.forEach(walk);
  };
  walk(el.shadowRoot!);
  return out;
}

// Words that would give away an English interface.
const ENGLISH = /\b(the|resources?|search|filters?|clear|show|more|exit|page|sort|best|match|browsing|safely|details|loading|try|again)\b/i;

describe('<resource-finder> localization', () => {
  it('resolves locales with BCP 47 fallback', () => {
    expect(pickLocale('es-MX', ['en', 'es'], 'en')).to.equal('es');
    expect(pickLocale('ES', ['en', 'es'], 'en')).to.equal('es');
    expect(pickLocale('fr-CA', ['en', 'es'], 'en')).to.equal('en');
    expect(pickLocale('', ['en', 'es'], 'en')).to.equal('en');
    expect(textDirection('ar')).to.equal('rtl');
    expect(textDirection('he-IL')).to.equal('rtl');
    expect(textDirection('es')).to.equal('ltr');
  });

  for (const lang of ['es', 'es-MX']) {
    it(`renders every UI string in Spanish for lang="${lang}" (loaded, filtered, no results)`, async () => {
      const el = await finder(html`<resource-finder lang=${lang} .bundle=${ccci}></resource-finder>`);
      expect(statusText(el)).to.equal('71 recursos');
      expect(uiText(el).filter((t) => ENGLISH.test(t))).to.deep.equal([]);
      expect($(el, '[part~="exit-button"]')!.textContent!.trim()).to.equal('Salir de esta página');
      expect(titles(el)[0]).to.not.equal('');
      expect($(el, '[part~="filters"] legend')!.textContent).to.equal('Tema');
      await expectAccessible(el);
      el.setQuery('qqqzzz');
      await el.updateComplete;
      expect(uiText(el).filter((t) => ENGLISH.test(t))).to.deep.equal([]);
      expect($(el, '[part~="empty"]')!.textContent).to.contain('No hay recursos que coincidan');
    });
  }

  // Cards drawn after the frame while typing (a phone-sized page): test/e2e/lazy-parts.test.mjs.
  it('every card reads in Spanish after the first results and after typing', async () => {
    const el = await finder(html`<resource-finder lang="es" .bundle=${ccci}></resource-finder>`);
    const cardTexts = () => [...new Set($$(el, '[part~="result"] summary, [part~="result"] .save').map((e) => e.textContent!.trim()))];
    expect(cards(el).length).to.be.above(5);
    expect(cardTexts()).to.have.members(['Más detalles', 'Agregar a mi lista']);
    await typeQuery(el, 'trata');
    expect(cards(el).length).to.be.above(5);
    expect(cardTexts()).to.have.members(['Más detalles', 'Agregar a mi lista']);
  });

  it('uses Spanish plurals for 0, 1 and many', async () => {
    const el = await finder(html`<resource-finder lang="es" .bundle=${ccci}></resource-finder>`);
    el.setQuery('qqqzzz');
    await el.updateComplete;
    expect(statusText(el)).to.equal('0 recursos');
    el.setQuery('');
    el.setFilters({ category: ['safety-planning'] });
    await el.updateComplete;
    expect(statusText(el)).to.equal('1 recurso');
  });

  it('follows the nearest ancestor lang, then <html lang>, and re-renders in place keeping the query', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="es"><resource-finder .bundle=${ccci}></resource-finder></div>`);
    const el = wrap.querySelector('resource-finder') as ResourceFinder;
    await ready(el);
    expect(statusText(el)).to.equal('71 recursos');
    el.setQuery('vivienda');
    await el.updateComplete;
    const spanishCount = statusText(el);
    wrap.lang = 'en';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(statusText(el)).to.match(/resources?$/);
    expect($<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('vivienda');
    el.lang = 'es';
    await el.updateComplete;
    expect(statusText(el)).to.equal(spanishCount);
  });

  it('lets two instances on one page use different languages', async () => {
    const wrap = await fixture(html`<div>
      <resource-finder lang="en" .bundle=${ccci}></resource-finder><resource-finder lang="es" .bundle=${ccci}></resource-finder>
    </div>`);
    const [en, es] = [...wrap.querySelectorAll('resource-finder')] as ResourceFinder[];
    await ready(en);
    await ready(es);
    expect(statusText(en)).to.equal('71 resources');
    expect(statusText(es)).to.equal('71 recursos');
  });

  it('marks resource text shown in a fallback language with lang', async () => {
    const bundle = JSON.parse(JSON.stringify(ccci));
    const target = bundle.resources[1];
    target.name = { en: target.name.en };
    const el = await finder(html`<resource-finder lang="es" .bundle=${bundle}></resource-finder>`);
    const card = cards(el).find((c) => c.textContent!.includes(target.name.en))!;
    expect(card.querySelector('[lang="en"]')).to.exist;
  });

  it('takes host overrides (property and inline JSON), falling back to English for missing ids', async () => {
    const el = await finder(html`<resource-finder .bundle=${ccci} .translations=${{ en: { 'count.other': '{0} places to get help', 'search.label': 'Find support' } }}></resource-finder>`);
    expect(statusText(el)).to.equal('71 places to get help');
    expect($(el, 'label')!.textContent).to.equal('Find support');
    const inline = await fixture<ResourceFinder>(html`<resource-finder .bundle=${ccci}
      ><script type="application/json" data-rf="translations">
        { "es": { "exit.button": "Salir ya" } }
      </script></resource-finder
    >`);
    inline.lang = 'es';
    await ready(inline);
    expect($(inline, '[part~="exit-button"]')!.textContent!.trim()).to.equal('Salir ya');
    expect(statusText(inline)).to.equal('71 recursos');
  });

  it('adds a whole right-to-left language from host JSON and mirrors the layout', async () => {
    const el = await finder(html`<resource-finder lang="ar" .bundle=${ccci} .translations=${{ ar: { 'search.label': 'ابحث عن الموارد' } }}></resource-finder>`);
    const base = $(el, '[part~="base"]')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect($(el, 'label')!.textContent).to.equal('ابحث عن الموارد');
    const input = $(el, 'input[type="search"]')!.getBoundingClientRect();
    const label = $(el, 'label')!.getBoundingClientRect();
    // In RTL the label starts at the right edge of its field.
    expect(Math.abs(label.right - input.right)).to.be.lessThan(2);
  });
});
