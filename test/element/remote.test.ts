// The element with `api=`: a stand-in search service (fetch replaced; answers computed by the
// in-browser engine on the shipped bundle, in the docs/api.md shape) must give the same screen as
// the bundle, with debounced and aborted requests, the privacy line, and the error state with help.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ResourceFinder } from '../../src/resource-finder.js';
import { createEngine } from '../../src/core/engine.js';
import type { Bundle } from '../../src/core/types.js';
import { $, ccci, finder, nextEvent, statusText, titles, typeQuery } from '../helpers/finder.js';
import { expectAccessible } from '../helpers/a11y.js';
import { COUNTS_DELAY_MS } from '../../src/ui/filter-panel.js';

const API = 'https://search.test';
const bundle = ccci as Bundle;
const engine = createEngine(bundle, 'en');
const realFetch = window.fetch;

interface Call { url: URL; signal?: AbortSignal | null }
let calls: Call[] = [];
/** How the stand-in answers: a status (503…) or after a delay. */
let fault: { status?: number; delayMs?: number; retryAfter?: string } = {};

function answer(url: URL) {
  const q = url.searchParams;
  const filters: Record<string, string[]> = {};
  for (const t of q.getAll('taxonomy_term_id')) {
    const [f, v] = t.split(':') as [string, string];
    (filters[f] ??= []).push(v);
  }
  const page = Number(q.get('page'));
  const per = Number(q.get('per_page'));
  const r = engine.search({ text: q.get('search') ?? '', filters, sort: (q.get('sort') ?? 'relevance') as 'relevance', limit: page * per });
  return {
    total_items: r.total, page_number: page, size: per, locale: 'en', relaxed: r.relaxed,
    contents: r.hits.slice((page - 1) * per).map((h) => ({ id: h.resource.id, resource: h.resource })),
    pinned: r.pinned,
    facets: r.facets.map((f) => ({ ...f, field: bundle.facets!.find((d) => d.id === f.id)!.field })),
  };
}

beforeEach(() => {
  calls = [];
  fault = {};
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    if (url.origin !== API) return realFetch(input, init);
    calls.push({ url, signal: init?.signal });
    if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
    init?.signal?.throwIfAborted();
    if (fault.status) return new Response(JSON.stringify({ error: 'The directory database is unavailable right now.' }), { status: fault.status, headers: fault.retryAfter ? { 'retry-after': fault.retryAfter } : {} });
    return new Response(JSON.stringify(answer(url)), { headers: { 'content-type': 'application/json' } });
  };
});
afterEach(() => {
  window.fetch = realFetch;
});

async function remote(attrs = html`<resource-finder api=${API} lang="en"><p slot="help">Front desk: 555-0100</p></resource-finder>`) {
  const el = await fixture<ResourceFinder>(attrs);
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="result-list"], [part~="empty"], [part~="error"]'), 'no answer shown', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

describe('<resource-finder api=…>', () => {
  it('shows what the bundle shows: count, cards, pinned help; the privacy note says searches go to the server', async () => {
    const local = await finder();
    const el = await remote();
    expect(statusText(el)).to.equal(statusText(local));
    expect(titles(el)).to.deep.equal(titles(local));
    expect($(el, '[part~="pinned-help"]')!.textContent).to.contain('1-888-373-7888');
    expect($(el, '[part~="safety-note"]')!.textContent).to.contain("sent to this site's own server");
    expect($(local, '[part~="safety-note"]')!.textContent).to.not.contain("own server");
    expect(calls[0]!.url.searchParams.get('per_page')).to.equal('12');
    local.remove(); // one widget per page for axe (each has its own banner)
    await expectAccessible(el);
  });

  it('sends one request per pause in typing, and the result equals the bundle\'s', async () => {
    const el = await remote();
    const local = await finder();
    const before = calls.length;
    const searched = nextEvent(el, 'rf-search');
    // Keystrokes 30 ms apart, each rendered: typeQuery's wait for every card could outlast the pause on a busy machine.
    const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
    input.focus();
    for (const text of ['l', 'le', 'leg', 'legal']) {
      input.value = text;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 30));
    }
    await typeQuery(local, 'legal');
    // The answer to typing is drawn as typing is: cards out of view just after the frame (aria-busy till then).
    await waitUntil(() => statusText(el) === statusText(local) && !$(el, '[part~="result-list"][aria-busy="true"]'), `count ${statusText(el)} vs ${statusText(local)}`, { timeout: 3000 });
    expect(titles(el)).to.deep.equal(titles(local));
    const sent = calls.slice(before).map((c) => c.url.searchParams.get('search'));
    expect(sent).to.deep.equal(['legal']);
    expect((await searched).query).to.equal('legal');
  });

  it('rf-search waits for a slow answer and reports its total, not the one on screen while it was on its way', async () => {
    const el = await remote();
    const expected = engine.search({ text: 'legal', filters: {}, sort: 'relevance', limit: 12 }).total;
    const searched = nextEvent(el, 'rf-search');
    fault = { delayMs: 900 };
    await typeQuery(el, 'legal');
    const event = await searched;
    expect([event.query, event.total]).to.deep.equal(['legal', expected]);
    expect(expected).to.be.lessThan(bundle.resources.length);
    fault = {};
  });

  it('draws the answer to a keystroke as the keystroke itself: its filter counts wait for the pause after the keystroke, then show the answer\'s', async () => {
    const el = await remote();
    const counts = () => [...el.shadowRoot!.querySelectorAll('[part~="filters"] .check .n')].map((n) => n.textContent).join(' ');
    const before = counts();
    const expected = engine.search({ text: 'legal', filters: {}, sort: 'relevance', limit: 12 }).total;
    // When the answer showed, and when the counts changed, after the keystroke.
    let answered = 0, counted = 0;
    const watch = new MutationObserver(() => {
      if (!answered && statusText(el).startsWith(`${expected} `)) answered = performance.now();
      if (!counted && counts() !== before) counted = performance.now();
    });
    watch.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    fault = { delayMs: 20 };
    const typedAt = performance.now();
    await typeQuery(el, 'legal');
    await waitUntil(() => answered && counted, 'the answer or its counts never showed', { timeout: 3000 });
    watch.disconnect();
    expect(counted - answered, 'the counts changed with the answer').to.be.greaterThan(0);
    expect(counted - typedAt, 'the counts did not wait for the pause after the keystroke').to.be.at.least(COUNTS_DELAY_MS - 20);
    const local = await finder();
    await typeQuery(local, 'legal');
    await new Promise((r) => setTimeout(r, COUNTS_DELAY_MS + 100));
    const want = [...local.shadowRoot!.querySelectorAll('[part~="filters"] .check .n')].map((n) => n.textContent).join(' ');
    expect(counts()).to.equal(want);
  });

  it('a removed element asks the service nothing more (no timer of its own outlives it)', async () => {
    const el = await remote();
    await typeQuery(el, 'legal');
    await waitUntil(() => calls.some((c) => c.url.searchParams.get('search') === 'legal'), 'the search was not sent', { timeout: 2000 });
    await typeQuery(el, 'legal aid');
    el.remove();
    const after = calls.length;
    await new Promise((r) => setTimeout(r, COUNTS_DELAY_MS + 400));
    expect(calls.length).to.equal(after);
  });

  it('aborts a request a newer search supersedes', async () => {
    const el = await remote();
    fault = { delayMs: 400 };
    await typeQuery(el, 'housing');
    await waitUntil(() => calls.some((c) => c.url.searchParams.get('search') === 'housing'), 'first request', { timeout: 2000 });
    await typeQuery(el, 'legal');
    await waitUntil(() => calls.some((c) => c.url.searchParams.get('search') === 'legal'), 'second request', { timeout: 2000 });
    expect(calls.find((c) => c.url.searchParams.get('search') === 'housing')!.signal!.aborted).to.equal(true);
    fault = {};
  });

  it('a 503 shows the error panel with the host\'s help and fires rf-load-error; "Try again" recovers', async () => {
    fault = { status: 503 };
    const el = await fixture<ResourceFinder>(html`<resource-finder api=${API} lang="en"><p slot="help">Front desk: 555-0100</p></resource-finder>`);
    const failed = await nextEvent(el, 'rf-load-error');
    expect([failed.kind, failed.status]).to.deep.equal(['http', 503]);
    await el.updateComplete;
    expect($(el, '[part~="error"]')!.textContent).to.contain('503');
    expect($(el, '[part~="pinned-help"]')!.hidden).to.equal(false);
    await expectAccessible(el);
    fault = {};
    const loaded = nextEvent(el, 'rf-load');
    $(el, '[part~="error"] button')!.click();
    expect((await loaded).total).to.equal(answer(new URL(`${API}/?page=1&per_page=12`)).total_items);
    await el.updateComplete;
    expect($(el, '[part~="error"]')).to.equal(null);
  });

  it('a typed search that failed and is tried again shows the answer in every card (none left from before the error)', async () => {
    const el = await remote();
    const local = await finder();
    await typeQuery(el, 'housing');
    await waitUntil(() => calls.some((c) => c.url.searchParams.get('search') === 'housing') && !$(el, '[part~="result-list"][aria-busy="true"]') && !el.shadowRoot!.querySelector('[aria-busy="true"]'), 'housing never answered', { timeout: 3000 });
    fault = { status: 503 };
    const failed = nextEvent(el, 'rf-load-error');
    await typeQuery(el, 'shelter');
    await failed;
    await el.updateComplete;
    expect($(el, '[part~="error"]')).to.not.equal(null);
    fault = {};
    $(el, '[part~="error"] button')!.click();
    await typeQuery(local, 'shelter');
    await waitUntil(() => !$(el, '[part~="error"]') && statusText(el) === statusText(local) && !$(el, '[part~="result-list"][aria-busy="true"]'), 'the search was not answered again', { timeout: 3000 });
    expect(titles(el)).to.deep.equal(titles(local));
  });

  it('a 503 with Retry-After: the error and help show meanwhile, then it asks once more by itself and recovers', async () => {
    fault = { status: 503, retryAfter: '1' };
    const el = await fixture<ResourceFinder>(html`<resource-finder api=${API} lang="en"><p slot="help">Front desk: 555-0100</p></resource-finder>`);
    const failed = await nextEvent(el, 'rf-load-error');
    expect(failed.status).to.equal(503);
    await el.updateComplete;
    expect($(el, '[part~="error"]')).to.not.equal(null);
    expect($(el, '[part~="pinned-help"]')!.hidden).to.equal(false);
    const asked = calls.length;
    fault = {};
    const t0 = performance.now();
    const loaded = await nextEvent(el, 'rf-load');
    // Not before the second the service asked for.
    expect(performance.now() - t0).to.be.greaterThan(800);
    expect(calls.length).to.equal(asked + 1);
    expect(loaded.total).to.equal(answer(new URL(`${API}/?page=1&per_page=12`)).total_items);
    await el.updateComplete;
    expect($(el, '[part~="error"]')).to.equal(null);
  });

  it('a 429 with Retry-After is retried once only; then the error stays for "Try again"', async () => {
    fault = { status: 429, retryAfter: '0' };
    const el = await fixture<ResourceFinder>(html`<resource-finder api=${API} lang="en"></resource-finder>`);
    await nextEvent(el, 'rf-load-error');
    const again = await nextEvent(el, 'rf-load-error');
    expect(again.status).to.equal(429);
    await new Promise((r) => setTimeout(r, 500));
    expect(calls.length).to.equal(2);
    await el.updateComplete;
    expect($(el, '[part~="error"]')).to.not.equal(null);
  });

  it('a 503 without Retry-After (or asking for more than a minute) is not retried by itself', async () => {
    fault = { status: 503, retryAfter: '3600' };
    const el = await fixture<ResourceFinder>(html`<resource-finder api=${API} lang="en"></resource-finder>`);
    await nextEvent(el, 'rf-load-error');
    await new Promise((r) => setTimeout(r, 500));
    expect(calls.length).to.equal(1);
  });
});
