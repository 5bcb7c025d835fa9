/**
 * Issue 13 in the element: built-in help before data and its replacements (the bundle's pinned
 * help, the `help` slot, `no-builtin-help`), cards that read naturally (no new-tab noise in
 * headings, the list button named by its words, e-mail written out), and forgetting the search on
 * pagehide.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { ResourceFinder } from '../../src/resource-finder.js';
import { $, $$, ccci, cards, finder, ready, statusText, typeQuery } from '../helpers/finder.js';
import { expectAccessible } from '../helpers/a11y.js';

const pinnedTels = (el: Element) => $$<HTMLAnchorElement>(el, '[part~="pinned-help"] a[href^="tel:"]').map((a) => a.getAttribute('href'));

describe('<resource-finder> for the person in front of it', () => {
  it('shows the built-in 911 and hotline before any data, and the bundle’s pinned help once loaded', async () => {
    const el = await fixture<ResourceFinder>(html`<resource-finder></resource-finder>`);
    expect(pinnedTels(el)).to.deep.equal(['tel:911', 'tel:+18883737888', 'tel:711']);
    el.bundle = { ...(ccci as object) };
    await ready(el);
    expect(pinnedTels(el)).to.include('tel:+18883737888');
    expect($$(el, '[part~="pinned-help"]').filter((p) => !p.hidden).length).to.equal(1);
    await expectAccessible(el);
  });

  it('the help slot replaces the built-in help; no-builtin-help turns it off', async () => {
    const slotted = await fixture<ResourceFinder>(html`<resource-finder><p slot="help">Call our desk: 555-0100.</p></resource-finder>`);
    await new Promise((r) => setTimeout(r, 50));
    await slotted.updateComplete;
    expect(pinnedTels(slotted)).to.deep.equal([]);
    const off = await fixture<ResourceFinder>(html`<resource-finder no-builtin-help></resource-finder>`);
    expect(pinnedTels(off)).to.deep.equal([]);
  });

  it('headings carry no new-tab words; the list button is named by its words; e-mail is written out', async () => {
    const el = await finder(html`<resource-finder .bundle=${ccci} page-size="100"></resource-finder>`);
    const headings = cards(el).map((c) => c.querySelector('.title')!.textContent!);
    expect(headings.filter((h) => /tab|pestaña/i.test(h))).to.deep.equal([]);
    const save = cards(el)[0].querySelector<HTMLButtonElement>('button.save')!;
    expect(save.textContent!.trim()).to.equal('Add to my list');
    expect(el.shadowRoot!.getElementById(save.getAttribute('aria-describedby')!)!.textContent).to.equal(cards(el)[0].querySelector('.title')!.textContent);
    const mail = $$(el, '[part~="contact"][data-channel="email"]');
    expect(mail.length).to.be.greaterThan(0);
    const written = mail[0].parentElement!.querySelector('.email')!.textContent;
    expect(mail[0].getAttribute('href')).to.equal(`mailto:${written}`);
    expect($$(el, 'details.more dl').length, 'closed details render nothing').to.equal(0);
    await expectAccessible(el);
  });

  it('forgets the search and filters on pagehide', async () => {
    const el = await finder();
    await typeQuery(el, 'housing');
    el.setFilters({ cost: ['free'] });
    await el.updateComplete;
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    await el.updateComplete;
    expect($<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('');
    expect(statusText(el)).to.equal('71 resources');
  });
});
