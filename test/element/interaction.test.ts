import { expect, fixture, html, aTimeout, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ResourceFinder } from '../../src/resource-finder.js';
import type { RfSearchEvent } from '../../src/events.js';
import { $, $$, ccci, cards, finder, nextEvent, ready, statusText, titles, typeQuery } from '../helpers/finder.js';
import { expectAccessible } from '../helpers/a11y.js';

const checkbox = (el: ResourceFinder, label: string) =>
  $$<HTMLInputElement>(el, '[part~="filters"] input[type="checkbox"]').find((box) =>
    box.labels?.[0]?.textContent?.trim().startsWith(label),
  )!;

describe('<resource-finder> interaction', () => {
  it('searches as the visitor types, keeps focus, marks matches, and fires rf-search once typing pauses', async () => {
    const el = await finder();
    const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
    expect(input.type).to.equal('search');
    expect(input.getAttribute('autocomplete')).to.equal('off');
    expect(input.labels?.[0]?.textContent).to.contain('Search resources');
    input.focus();
    const searches: RfSearchEvent[] = [];
    el.addEventListener('rf-search', (e) => searches.push(e));
    await sendKeys({ type: 'housing' });
    await el.updateComplete;
    const shownNow = cards(el).map((li) => ({ text: li.textContent, inView: li.getBoundingClientRect().top < innerHeight && li.getBoundingClientRect().bottom > 0 }));
    // Cards out of view are drawn just after the frame (ui/keyed.ts); those in view at once.
    await waitUntil(() => !$(el, '[part~="result-list"][aria-busy="true"]'), 'the cards were not all drawn');
    cards(el).forEach((li, i) => shownNow[i]?.inView && expect(li.textContent, `card ${i + 1}, in view, was drawn at once`).to.equal(shownNow[i].text));
    expect(el.shadowRoot!.activeElement).to.equal(input);
    expect(titles(el).length).to.be.greaterThan(0);
    expect(statusText(el)).to.match(/^\d+ resources?$/);
    expect(el.shadowRoot!.querySelector('[part~="result"] mark')?.textContent?.toLowerCase()).to.contain('hous');
    expect(searches).to.have.length(0);
    await aTimeout(900);
    expect(searches).to.have.length(1);
    expect(searches[0].query).to.equal('housing');
    expect(searches[0].total).to.be.greaterThan(0);
    const live = $$(el, '[role="status"]').map((n) => n.textContent).join(' ');
    expect(live).to.match(/\d+ resources?/);
  });

  it('clears with Escape, but not while an IME is composing', async () => {
    const el = await finder();
    await typeQuery(el, 'screening');
    const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', isComposing: true, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(input.value).to.equal('screening');
    input.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.value).to.equal('');
    expect(cards(el)).to.have.length(12);
  });

  it('filters by mouse with disjunctive counts, shows chips, and clears all', async () => {
    const el = await finder();
    const changes: Record<string, readonly string[]>[] = [];
    el.addEventListener('rf-filter-change', (e) => changes.push(e.filters));
    const housing = checkbox(el, 'Housing');
    const countBefore = Number(housing.labels![0].querySelector('.n')!.textContent!.replace(/\D/g, ''));
    housing.click();
    await el.updateComplete;
    expect(statusText(el)).to.equal(`${countBefore} resources`);
    expect(changes.at(-1)).to.deep.equal({ category: ['housing'] });
    // The facet's own selection does not shrink its other values' counts.
    const training = checkbox(el, 'Human trafficking training');
    expect(Number(training.labels![0].querySelector('.n')!.textContent!.replace(/\D/g, ''))).to.be.greaterThan(1);
    const chips = $$(el, '[part~="chips"] .chip');
    expect(chips).to.have.length(1);
    expect(chips[0].textContent).to.contain('Housing');
    await expectAccessible(el);
    $$<HTMLButtonElement>(el, '[part~="chips"] button').find((b) => b.textContent!.includes('Clear all'))!.click();
    await el.updateComplete;
    expect(statusText(el)).to.equal('71 resources');
    expect(changes.at(-1)).to.deep.equal({});
  });

  it('filters by keyboard (Space on a checkbox) and removes a chip', async () => {
    const el = await finder();
    const box = checkbox(el, 'Screening Tools');
    box.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(box.checked).to.equal(true);
    expect(cards(el).length).to.be.greaterThan(0);
    expect(cards(el).length).to.be.lessThan(12);
    $<HTMLButtonElement>(el, '[part~="chips"] .chip')!.click();
    await el.updateComplete;
    expect(cards(el)).to.have.length(12);
  });

  it('shows more on request, moves focus to the first new result, and goes back to page one on a new query', async () => {
    const el = await finder();
    $<HTMLButtonElement>(el, '[part~="more-button"]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(cards(el)).to.have.length(24);
    const focused = el.shadowRoot!.activeElement!;
    expect(cards(el)[12].contains(focused)).to.equal(true);
    await typeQuery(el, 'training');
    expect(cards(el).length).to.be.at.most(12);
  });

  it('sorts A–Z and by most recently checked', async () => {
    const el = await finder();
    const select = $<HTMLSelectElement>(el, '[part~="sort"]')!;
    select.value = 'name';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const names = titles(el);
    expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b, 'en')));

    // "Recently checked": newest link check first, undated last, ties in bundle order.
    select.value = 'verified';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const listed = (ccci as { resources: { id: string; pinned?: boolean; link_check?: { checked?: string } }[] }).resources.filter((r) => !r.pinned);
    const expected = listed
      .map((r, i) => ({ id: r.id, i, checked: r.link_check?.checked ?? '' }))
      .sort((a, b) => (a.checked < b.checked ? 1 : a.checked > b.checked ? -1 : a.i - b.i))
      .slice(0, 12)
      .map((r) => r.id);
    // The data must tell this order from relevance (bundle order when browsing), or the check proves nothing.
    expect(expected).to.not.deep.equal(listed.slice(0, 12).map((r) => r.id));
    const shown = cards(el).map((c) => c.querySelector('[id^="r-"]')!.id.slice(2));
    expect(shown).to.deep.equal(expected);
  });

  it('applies attribute changes after load: page-size, facets, filters, heading, heading-level, layout', async () => {
    const el = await finder(html`<resource-finder .bundle=${ccci}></resource-finder>`);
    el.setAttribute('page-size', '5');
    await el.updateComplete;
    expect(cards(el)).to.have.length(5);
    el.setAttribute('facets', 'audience type');
    await el.updateComplete;
    expect($$(el, '[part~="filters"] legend').map((l) => l.textContent!.trim())).to.deep.equal(['Who it is for', 'Type of resource']);
    el.setAttribute('filters', 'type:hotline');
    await el.updateComplete;
    expect(cards(el).length).to.be.greaterThan(0);
    expect(cards(el).every((c) => c.textContent!.includes('Hotline'))).to.equal(true);
    el.setAttribute('heading', 'Help near you');
    el.setAttribute('heading-level', '3');
    await el.updateComplete;
    expect($(el, 'h3.main-title')?.textContent).to.equal('Help near you');
    el.setAttribute('layout', 'compact');
    await el.updateComplete;
    expect($<HTMLDetailsElement>(el, '[part~="filters"]')!.open).to.equal(false);
  });

  it('preselects filters from the attribute on load', async () => {
    const el = await finder(html`<resource-finder filters="category:housing" .bundle=${ccci}></resource-finder>`);
    expect(statusText(el)).to.match(/^[1-9] resources?$/);
    expect($$(el, '[part~="chips"] .chip')).to.have.length(1);
  });

  it('public methods change state without firing visitor events', async () => {
    const el = await finder();
    let fired = 0;
    el.addEventListener('rf-search', () => fired++);
    el.addEventListener('rf-filter-change', () => fired++);
    el.setQuery('legal');
    el.setFilters({ type: ['hotline'] });
    await el.updateComplete;
    await aTimeout(900);
    expect(fired).to.equal(0);
    el.clear();
    await el.updateComplete;
    expect(cards(el)).to.have.length(12);
  });

  it('fires a cancelable rf-resource-open and rf-contact', async () => {
    const el = await finder();
    const link = $<HTMLAnchorElement>(el, '[part~="result"] .title a')!;
    expect(link.rel).to.contain('noopener');
    expect(link.rel).to.contain('noreferrer');
    expect(link.referrerPolicy).to.equal('no-referrer');
    el.addEventListener('rf-resource-open', (e) => e.preventDefault(), { once: true });
    const opened = nextEvent(el, 'rf-resource-open');
    link.click();
    const event = await opened;
    expect(event.resourceId).to.be.a('string');
    expect(event.defaultPrevented).to.equal(true);
    const text = $<HTMLAnchorElement>(el, '[part~="pinned-help"] a[href="sms:233733"]')!;
    text.addEventListener('click', (e) => e.preventDefault(), { once: true });
    const contacted = nextEvent(el, 'rf-contact');
    text.click();
    const contact = await contacted;
    expect(contact.channel).to.equal('text');
    expect(contact.resourceId).to.equal('national-human-trafficking-hotline');
  });

  it('keeps several instances independent (query, filters, ids)', async () => {
    const wrap = await fixture(html`<div>
      <resource-finder .bundle=${ccci}></resource-finder><resource-finder .bundle=${ccci}></resource-finder>
    </div>`);
    const [a, b] = [...wrap.querySelectorAll('resource-finder')] as ResourceFinder[];
    // Loading is asynchronous (the full validator is imported on demand): wait for the results.
    await ready(a);
    await ready(b);
    await typeQuery(a, 'legal');
    expect($<HTMLInputElement>(b, 'input[type="search"]')!.value).to.equal('');
    expect($(a, 'input[type="search"]')!.id).to.not.equal($(b, 'input[type="search"]')!.id);
  });
});

describe('<resource-finder> keyboard', () => {
  it('offers "Skip to results" after the search box, which moves focus past the filters', async () => {
    const el = await finder();
    const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
    input.focus();
    await sendKeys({ press: 'Tab' }); // sort
    await sendKeys({ press: 'Tab' }); // skip
    const skip = el.shadowRoot!.activeElement as HTMLElement;
    expect(skip.textContent!.trim()).to.equal('Skip to results');
    expect(skip.getBoundingClientRect().width).to.be.greaterThan(20); // visible while focused
    await sendKeys({ press: 'Enter' });
    expect(el.shadowRoot!.activeElement?.classList.contains('status')).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(cards(el)[0].contains(el.shadowRoot!.activeElement)).to.equal(true);
  });
});

describe('<resource-finder> focus', () => {
  it('keeps focus in the widget when the focused control disappears (chip, Clear all)', async () => {
    const el = await finder();
    const box = $$<HTMLInputElement>(el, '[part~="filters"] input[type="checkbox"]')[4];
    box.click();
    await el.updateComplete;
    const chip = $<HTMLButtonElement>(el, '[part~="chips"] .chip')!;
    chip.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '[part~="chips"]')).to.not.exist;
    expect(el.shadowRoot!.activeElement, 'focus stays inside the widget').to.exist;
    expect(el.shadowRoot!.activeElement!.classList.contains('status')).to.equal(true);
  });
});
