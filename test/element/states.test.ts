import { expect, fixture, html, aTimeout } from '@open-wc/testing';
import type { ResourceFinder } from '../../src/resource-finder.js';
import { $, $$, ccci, cards, cloneBundle, finder, nextEvent, ready, statusText, titles } from '../helpers/finder.js';
import { expectAccessible } from '../helpers/a11y.js';

describe('<resource-finder> states', () => {
  it('has documented defaults', async () => {
    const el = document.createElement('resource-finder');
    expect(el.src).to.equal('');
    expect(el.pageSize).to.equal(12);
    expect(el.headingLevel).to.equal(2);
    expect(el.layout).to.equal('full');
    expect(el.theme).to.equal('light');
    expect(el.noExit).to.equal(false);
    expect(el.shareLinks).to.equal(false);
    expect(el.facets).to.equal('');
    expect(el.filters).to.equal('');
  });

  it('shows the shipped bundle: pinned help, a first page of cards and the count', async () => {
    const el = await finder();
    const pinned = $(el, '[part~="pinned-help"]')!;
    expect(pinned.textContent).to.contain('1-888-373-7888');
    expect(pinned.querySelector('a[href="sms:233733"]'), 'the short code is a text line').to.exist;
    expect(pinned.querySelector('a[href^="tel:"][href$="233733"]'), 'never a call to a short code').to.not.exist;
    expect(pinned.querySelector('a[href="tel:911"]')).to.exist;
    expect(cards(el)).to.have.length(12);
    expect(statusText(el)).to.equal('71 resources');
    await expectAccessible(el);
  });

  it('requests its src once: from the moment it is connected, not again at its first render or when moved; a new src loads anew', async () => {
    const url = (n: string) => new URL(`/test-data/slow.json?ms=30&once=${n}${Math.random()}`, location.href).href;
    const requests = (u: string) => performance.getEntriesByType('resource').filter((e) => e.name === u).length;
    const first = url('a');
    const el = document.createElement('resource-finder');
    el.src = first;
    let loaded = nextEvent(el, 'rf-load');
    document.body.append(el);
    try {
      await loaded;
      document.body.prepend(el); // moved in the page: connected again
      await aTimeout(100);
      await el.updateComplete;
      expect(requests(first)).to.equal(1);
      const second = url('b');
      loaded = nextEvent(el, 'rf-load');
      el.src = second;
      await loaded;
      expect(requests(second)).to.equal(1);
      expect(requests(first)).to.equal(1);
    } finally {
      el.remove();
    }
  });

  it('loads from src, fires rf-load, and shows a calm placeholder without "0 results" meanwhile', async () => {
    const el = await fixture<ResourceFinder>(html`<resource-finder src="/test-data/slow.json?ms=600"></resource-finder>`);
    await el.updateComplete;
    expect($(el, '.placeholder'), 'placeholder while loading').to.exist;
    expect(el.shadowRoot!.textContent).to.not.match(/\b0 resources\b/);
    const placeholderHeight = $(el, '.placeholder')!.getBoundingClientRect().height;
    expect(placeholderHeight).to.be.greaterThan(200);
    await expectAccessible(el);
    const loaded = await nextEvent(el, 'rf-load');
    expect(loaded.total).to.equal(73);
    expect(loaded.invalid).to.equal(0);
    await ready(el);
    expect(cards(el).length).to.equal(12);
  });

  it('reads an inline <script type="application/json"> bundle (zero requests)', async () => {
    const bundle = cloneBundle<{ resources: unknown[] }>();
    bundle.resources = bundle.resources.slice(0, 5);
    const el = await fixture<ResourceFinder>(
      html`<resource-finder><script type="application/json">${JSON.stringify(bundle)}</script></resource-finder>`,
    );
    await ready(el);
    expect(cards(el).length).to.equal(4); // 5 minus the pinned 911 entry
  });

  for (const [path, pattern, kind] of [
    ['status-404', /error 404/, 'http'],
    ['status-500', /error 500/, 'http'],
    ['html', /not valid JSON/, 'not-json'],
    ['bad-json', /not valid JSON/, 'not-json'],
    ['wrong-shape', /expected format/, 'shape'],
  ] as const) {
    it(`explains a load failure in plain words (${path}) with a retry, and fires rf-load-error`, async () => {
      const el = document.createElement('resource-finder');
      const failed = nextEvent(el, 'rf-load-error');
      el.src = `/test-data/${path}`;
      document.body.append(el);
      const event = await failed;
      expect(event.kind).to.equal(kind);
      await el.updateComplete;
      const error = $(el, '[part~="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.match(pattern);
      expect(error.querySelector('button')?.textContent).to.contain('Try again');
      await expectAccessible(el);
      el.remove();
    });
  }

  it('keeps host-provided help visible on a load error', async () => {
    const el = await fixture<ResourceFinder>(html`<resource-finder src="/test-data/status-500"><p slot="help">Call 1-888-373-7888</p></resource-finder>`);
    await ready(el);
    const slot = $<HTMLSlotElement>(el, '[part~="pinned-help"] slot[name="help"]')!;
    expect(slot.assignedElements()[0].textContent).to.contain('1-888-373-7888');
  });

  it('retries after an error and recovers', async () => {
    const el = await fixture<ResourceFinder>(html`<resource-finder src="/test-data/status-500"></resource-finder>`);
    await ready(el);
    el.src = '/test-data/ccci.json';
    await nextEvent(el, 'rf-load');
    await ready(el);
    expect($(el, '[part~="error"]')).to.not.exist;
    expect(cards(el).length).to.equal(12);
  });

  it('never shows an older response when src changes during a request', async () => {
    const el = await fixture<ResourceFinder>(html`<resource-finder src="/test-data/slow.json?ms=800"></resource-finder>`);
    const small = cloneBundle<{ resources: { id: string }[] }>();
    small.resources = [small.resources[1]];
    el.bundle = small;
    await ready(el);
    await aTimeout(1000);
    await el.updateComplete;
    expect(cards(el).length).to.equal(1);
  });

  it('shows the valid resources of partially invalid data, says how many were left out, and reports them', async () => {
    const bad = cloneBundle<{ resources: Record<string, unknown>[] }>();
    bad.resources[5] = { ...bad.resources[5], url: 'javascript:alert(1)' };
    bad.resources[6] = { id: 'no-name' };
    const el = document.createElement('resource-finder');
    const reported = nextEvent(el, 'rf-invalid-data');
    el.bundle = bad;
    document.body.append(el);
    const event = await reported;
    expect(event.problems.length).to.be.greaterThan(0);
    await ready(el);
    expect($(el, '[part~="notice"]')?.textContent).to.match(/could not be shown/);
    expect(el.shadowRoot!.querySelector('a[href^="javascript:"]')).to.not.exist;
    expect(statusText(el)).to.match(/^(69|70) resources$/);
    el.remove();
  });

  it('says so plainly when nothing matches, keeps pinned help, and offers a way back', async () => {
    const el = await finder();
    el.setQuery('qqqzzzxx');
    await el.updateComplete;
    expect(cards(el)).to.have.length(0);
    expect($(el, '[part~="empty"]')!.textContent).to.contain('No resources match');
    expect($(el, '[part~="pinned-help"]')!.textContent).to.contain('1-888-373-7888');
    await expectAccessible(el);
    const showAll = $$<HTMLButtonElement>(el, '[part~="empty"] button').find((b) => b.textContent!.includes('Show all'))!;
    showAll.click();
    await el.updateComplete;
    expect(cards(el)).to.have.length(12);
  });

  it('renders markup in data as text', async () => {
    const bundle = cloneBundle<{ resources: Record<string, unknown>[] }>();
    bundle.resources[3] = { ...bundle.resources[3], name: '<img src=x onerror=alert(1)>Bold <b>name</b>' };
    const el = await finder(html`<resource-finder .bundle=${bundle}></resource-finder>`);
    expect(el.shadowRoot!.querySelector('img, b')).to.not.exist;
    expect(titles(el).some((t) => t.includes('<b>name</b>'))).to.equal(true);
  });

  it('uses the shipped bundle object as given (sanity of the fixture)', () => {
    expect((ccci as { resources: unknown[] }).resources.length).to.equal(73);
  });
});
