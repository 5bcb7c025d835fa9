import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { $, $$, cards, ccci, finder, typeQuery } from '../helpers/finder.js';
import { expectAccessible } from '../helpers/a11y.js';
import type { ResourceFinder } from '../../src/resource-finder.js';
import { COUNTS_DELAY_MS } from '../../src/ui/filter-panel.js';

const pause = () => new Promise((r) => setTimeout(r, COUNTS_DELAY_MS + 50));

/** Each card's `<li>` by its resource (the title's id is `r-<resource id>`). */
const byResource = (el: ResourceFinder) => new Map(cards(el).map((li) => [li.querySelector('[id^="r-"]')!.id, li]));

const prefixes = (words: string[]) => words.flatMap((w) => Array.from(w, (_, i) => w.slice(0, i + 1)));

/**
 * Types `value` as one keystroke and reads the list right after its render, before any later task:
 * each card's resource, whether it is in view and whether it is hidden; then, once every card is
 * drawn, which of them waited (hidden, or still showing another resource than the one it ends with).
 */
async function keystroke(el: ResourceFinder, value: string) {
  const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  const list = $(el, '[part~="result-list"]')!;
  const busy = list.getAttribute('aria-busy');
  const idOf = (li: Element) => li.querySelector('[id^="r-"]')?.id;
  const now = cards(el).map((li) => ({ li, id: idOf(li), inView: li.getBoundingClientRect().top < innerHeight, hidden: getComputedStyle(li).visibility === 'hidden' }));
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  await waitUntil(() => list.getAttribute('aria-busy') !== 'true', 'the waiting cards were not drawn', { timeout: 1000 });
  const drawn = cards(el);
  return { busy, now, waited: now.map((c, i) => c.hidden || c.li !== drawn[i] || c.id !== idOf(drawn[i])) };
}

/**
 * A finder at the top of the page, once its cards' on-screen report is in (two frames), with `value`
 * typed as one keystroke (and Enter right after it, with `enter`), rendered.
 */
async function typedAtTop(value: string, enter = false) {
  const el = await finder();
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  window.scrollTo(0, 0);
  await frame();
  await frame();
  const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  if (enter) input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
  await el.updateComplete;
  return el;
}

describe('<resource-finder> renders less per keystroke', () => {
  it('while the visitor types, no card element moves: each place keeps its <li>, which shows the resource now there', async () => {
    const el = await finder();
    let kept = 0;
    let reordered = 0;
    let before = cards(el);
    let ids = [...byResource(el).keys()];
    for (const query of prefixes(['housing', 'traficking', 'legal help'])) {
      await typeQuery(el, query);
      const after = cards(el);
      const now = [...byResource(el).keys()];
      // Moving an element rebuilds its whole layout: the first places keep theirs, whatever they show.
      after.slice(0, before.length).forEach((li, i) => expect(li === before[i], `"${query}": place ${i + 1} got another element`).to.equal(true));
      now.forEach((id, i) => {
        if (ids[i] === id) kept++;
        else if (ids.includes(id)) reordered++;
      });
      before = after;
      ids = now;
    }
    // The check means something: places kept their resource, and resources changed places.
    expect(kept).to.be.greaterThan(50);
    expect(reordered).to.be.greaterThan(5);
  });

  it('a card element that shows a linked resource, then one without a link, then a linked one again, shows each one\'s title', async () => {
    // Typing keeps each place's <li> for whichever resource is now there: its title switches between a link and plain text.
    const resource = (id: string, name: string, url?: string) => ({ id, name, description: `About ${name}.`, ...(url ? { url } : {}) });
    const bundle = {
      format_version: 1,
      meta: { title: 'Test', default_locale: 'en', locales: ['en'], updated: '2026-11-01' },
      resources: [resource('linked-a', 'Harbor shelter', 'https://example.org/a'), resource('plain-b', 'Harbor food bank'), resource('linked-c', 'Harbor food pantry', 'https://example.org/c')],
    };
    const el = await finder(html`<resource-finder .bundle=${bundle}></resource-finder>`);
    const first = () => cards(el)[0].querySelector('.title')!.textContent!.trim();
    for (const [query, want] of [['harbor s', 'Harbor shelter'], ['harbor food b', 'Harbor food bank'], ['harbor food p', 'Harbor food pantry'], ['harbor food b', 'Harbor food bank'], ['harbor s', 'Harbor shelter']]) {
      await typeQuery(el, query);
      expect(first(), query).to.equal(want);
      expect(!!cards(el)[0].querySelector('.title a'), `${query}: linked`).to.equal(want !== 'Harbor food bank');
    }
  });

  it('a change that is not typing (the sort order) keeps each resource\'s <li>, moved to its new place', async () => {
    const el = await finder();
    const before = byResource(el);
    const select = $<HTMLSelectElement>(el, '[part~="sort"]')!;
    select.value = 'name';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const after = byResource(el);
    let moved = 0;
    const order = [...before.keys()];
    [...after.keys()].forEach((id, i) => {
      if (!before.has(id)) return;
      expect(after.get(id), `card ${id} was replaced`).to.equal(before.get(id));
      if (order.indexOf(id) !== i) moved++;
    });
    expect(moved, 'the sort moved cards').to.be.at.least(2);
  });

  it('keeps the first results as the same nodes when a keystroke keeps them first', async () => {
    const el = await finder();
    await typeQuery(el, 'hous');
    const first = cards(el).slice(0, 3);
    const ids = [...byResource(el).keys()].slice(0, 3);
    await typeQuery(el, 'housi');
    expect([...byResource(el).keys()].slice(0, 3), 'the same resources stay first').to.deep.equal(ids);
    cards(el).slice(0, 3).forEach((li, i) => expect(li === first[i], `card ${i + 1} was replaced`).to.equal(true));
    // Same nodes, still marked for the new query.
    expect(first[0].querySelector('mark')!.textContent!.toLowerCase()).to.match(/^housi/);
  });

  it('passes axe (target size on) with results and an open detail', async () => {
    const el = await finder();
    await typeQuery(el, 'housing');
    const card = cards(el).find((li) => li.querySelector('details'))!;
    expect(card.querySelector('details dl'), 'detail content waits for the opening').to.equal(null);
    card.querySelector<HTMLElement>('details summary')!.click();
    // The toggle event comes a task later; the detail then renders into the same card.
    await waitUntil(() => card.querySelector('details dl'), 'the opened detail did not render');
    await expectAccessible(el);
  });

  it('skips rendering only of cards off screen: every card in view is rendered, wherever the visitor scrolls', async () => {
    const el = await finder();
    $<HTMLButtonElement>(el, '[part~="more-button"]')!.click();
    await el.updateComplete;
    const all = cards(el);
    expect(all.length).to.be.greaterThan(12);
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    // `checkVisibility({ contentVisibilityAuto: true })` is false inside content skipped by content-visibility.
    const rendered = (li: Element) => li.querySelector('.title')!.checkVisibility({ contentVisibilityAuto: true } as CheckVisibilityOptions);
    let skipped = 0;
    for (const target of [all[0], all[Math.floor(all.length / 2)], all.at(-1)!]) {
      target.scrollIntoView({ block: 'center' });
      await frame();
      const inView = all.filter((li) => { const r = li.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; });
      expect(inView.length).to.be.greaterThan(0);
      inView.forEach((li) => expect(rendered(li), `card in view not rendered: ${li.textContent!.slice(0, 40)}`).to.equal(true));
      skipped += all.filter((li) => !rendered(li)).length;
    }
    // …and the saving is real: some card off screen was skipped at some point.
    expect(skipped).to.be.greaterThan(0);
    window.scrollTo(0, 0);
  });

  it('while the visitor types, draws the cards in view in the keystroke\'s frame and the rest right after, out of view till then', async () => {
    const el = await finder();
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    cards(el)[0].scrollIntoView({ block: 'start' });
    await frame();
    await frame(); // the cards' on-screen report comes in a task after the frame
    const inViewBefore = cards(el).filter((li) => li.getBoundingClientRect().top < innerHeight).length;
    expect(inViewBefore, 'some cards are in view and some are not').to.be.within(1, cards(el).length - 2);
    const { busy, now, waited } = await keystroke(el, 'legal');
    expect(busy, 'the list says it is still being drawn').to.equal('true');
    expect(waited.filter(Boolean).length, 'cards out of view wait').to.be.greaterThan(0);
    // The cards that were in view, and any the new ones bring into view, show the new search at once; no waiting card shows.
    waited.slice(0, inViewBefore).forEach((w, i) => expect(w, `card ${i + 1} waits`).to.equal(false));
    now.forEach((c, i) => c.inView && expect(waited[i], `card ${i + 1}, in view, waits`).to.equal(false));
    // A waiting card that already showed a resource keeps it (restyling it hidden would cost a pass over its whole card).
    now.forEach((c, i) => waited[i] && c.id && expect(c.hidden, `card ${i + 1} was hidden`).to.equal(false));
    // Once drawn: the same cards, in the same order, as a search set at once.
    expect(cards(el).filter((li) => li.classList.contains('later'))).to.have.length(0);
    await expectAccessible(el);
    const shown = cards(el).map((li) => li.textContent);
    el.remove();
    window.scrollTo(0, 0);
    const whole = await finder();
    whole.setQuery('legal');
    await whole.updateComplete;
    expect(shown).to.deep.equal(cards(whole).map((li) => li.textContent));
  });

  it('draws the cards that wait one per task, so a key typed meanwhile waits for one card at most', async () => {
    const el = await typedAtTop('legal');
    const list = $(el, '[part~="result-list"]')!;
    expect(list.getAttribute('aria-busy'), 'cards wait').to.equal('true');
    // Mutation records come once per task (at its end): the cards each task changed.
    const perTask: number[] = [];
    const cardOf = (n: Node) => (n instanceof Element ? n : n.parentElement)?.closest('[part~="result"]');
    const watch = new MutationObserver((records) => perTask.push(new Set(records.map((r) => cardOf(r.target)).filter(Boolean)).size));
    watch.observe(list, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['class'] });
    await waitUntil(() => list.getAttribute('aria-busy') !== 'true', 'the waiting cards were not drawn', { timeout: 2000 });
    watch.disconnect();
    expect(perTask.filter((n) => n > 0).length, 'several tasks drew cards').to.be.greaterThan(1);
    perTask.forEach((n, i) => expect(n, `task ${i + 1} drew ${n} cards`).to.be.at.most(1));
  });

  it('Enter right after a keystroke draws the waiting cards before it brings the results into view', async () => {
    const el = await typedAtTop('legal', true); // the keystroke's render, then Enter's scroll to the results
    const list = $(el, '[part~="result-list"]')!;
    const idOf = (li: Element) => li.querySelector('[id^="r-"]')?.id;
    const now = cards(el).map((li) => ({ id: idOf(li), inView: li.getBoundingClientRect().top < innerHeight && li.getBoundingClientRect().bottom > 0, hidden: getComputedStyle(li).visibility === 'hidden' }));
    const busy = list.getAttribute('aria-busy');
    expect(now.some((c) => c.inView), 'the results are in view').to.equal(true);
    await waitUntil(() => list.getAttribute('aria-busy') !== 'true', 'the waiting cards were not drawn', { timeout: 1000 });
    const drawn = cards(el).map(idOf);
    now.forEach((c, i) => c.inView && expect(!c.hidden && c.id === drawn[i], `card ${i + 1}, in view after Enter, shows its resource`).to.equal(true));
    expect(busy, 'nothing waits once Enter has brought the list into view').to.not.equal('true');
    window.scrollTo(0, 0);
  });

  it('while the visitor types, a waiting card that shorter cards above it bring into view is drawn in the keystroke\'s frame', async () => {
    const el = await finder();
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    // Tall cards in view: the three for "hotline", with their details open.
    el.setQuery('hotline');
    await el.updateComplete;
    const open = cards(el).slice(0, 3).map((li) => li.querySelector('details'));
    expect(open.every(Boolean), 'the first three "hotline" cards have details').to.equal(true);
    for (const d of open) d!.open = true;
    await el.updateComplete;
    cards(el)[0].scrollIntoView({ block: 'start' });
    await frame();
    await frame();
    const tall = cards(el).filter((li) => li.getBoundingClientRect().top < innerHeight).length;
    const { now, waited } = await keystroke(el, 'screening');
    // The new first cards are closed, so shorter: cards that were out of view are in view now, and drawn.
    expect(now.filter((c) => c.inView).length, 'the keystroke brought more cards into view').to.be.greaterThan(tall);
    now.forEach((c, i) => c.inView && expect(waited[i], `card ${i + 1}, in view, waits`).to.equal(false));
    expect(waited.some(Boolean), 'cards out of view still wait').to.equal(true);
    window.scrollTo(0, 0);
  });

  it('after a search with no results, the next one still draws every card in view in its keystroke\'s frame', async () => {
    const el = await finder();
    el.style.fontSize = '7px'; // small cards: several of them in view
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    cards(el)[0].scrollIntoView({ block: 'start' });
    await frame();
    await frame();
    const inView = cards(el).filter((li) => li.getBoundingClientRect().top < innerHeight).length;
    expect(inView, 'several cards are in view').to.be.within(4, cards(el).length - 2);
    await typeQuery(el, 'zzqqxx'); // no results: the list leaves the page
    expect(cards(el)).to.have.length(0);
    // Where the cards are is not known yet: every card in view shows the new search at once, none waits.
    const legal = await keystroke(el, 'legal');
    legal.now.forEach((c, i) => c.inView && expect(legal.waited[i], `card ${i + 1}, in view, waits`).to.equal(false));
    // And the next keystroke knows again which cards are in view.
    await frame();
    const housing = await keystroke(el, 'housing');
    housing.now.forEach((c, i) => c.inView && expect(housing.waited[i], `card ${i + 1}, in view, waits`).to.equal(false));
    expect(housing.waited.some(Boolean), 'cards out of view wait').to.equal(true);
    el.style.fontSize = '';
    window.scrollTo(0, 0);
  });

  it('the first results draw their first four cards in their own render and the rest just after the frame', async () => {
    const drawn = (li: Element) => !li.classList.contains('later') && !!li.querySelector('.title')?.textContent?.trim();
    // What the render that first shows the list left, read before any later task (in the mutation's microtask).
    let first: { drawn: boolean[]; busy: string | null } | undefined;
    const el = document.createElement('resource-finder') as ResourceFinder;
    el.bundle = ccci;
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el); // connected: its shadow root is there
    const watch = new MutationObserver(() => {
      const list = $(el, '[part~="result-list"]');
      if (list && !first) first = { drawn: cards(el).map(drawn), busy: list.getAttribute('aria-busy') };
    });
    watch.observe(el.shadowRoot!, { subtree: true, childList: true });
    await waitUntil(() => first, 'no results', { timeout: 5000 });
    watch.disconnect();
    expect(first!.drawn).to.deep.equal([...Array(4).fill(true), ...Array(8).fill(false)]);
    expect(first!.busy).to.equal('true');
    const list = $(el, '[part~="result-list"]')!;
    await waitUntil(() => !list.hasAttribute('aria-busy'), 'the other cards were not drawn', { timeout: 3000 });
    expect(cards(el).every(drawn)).to.equal(true);
  });

  it('draws every card at once for a change that is not typing (a filter, a query set by the page)', async () => {
    const el = await finder();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    el.setQuery('legal');
    await el.updateComplete;
    expect($(el, '[part~="result-list"]')!.hasAttribute('aria-busy')).to.equal(false);
    expect(cards(el).filter((li) => li.classList.contains('later'))).to.have.length(0);
  });
});

/** The filter counts shown, in order. */
const counts = (el: ResourceFinder) => [...el.shadowRoot!.querySelectorAll('[part~="filters"] .check .n')].map((n) => n.textContent).join(' ');

/** Types every prefix of "housing" and returns how many changes the panel's groups saw meanwhile. */
async function groupChangesWhileTyping(el: ResourceFinder, panel: HTMLDetailsElement, settle = false) {
  let changes = 0;
  const watch = new MutationObserver((records) => (changes += records.length));
  watch.observe(panel.querySelector('.groups')!, { subtree: true, childList: true, characterData: true, attributes: true });
  for (const query of prefixes(['housing'])) await typeQuery(el, query);
  if (settle) await new Promise((r) => setTimeout(r));
  watch.disconnect();
  return changes;
}

describe('<resource-finder> with the filter panel folded (phones, compact)', () => {

  it('typing leaves the folded groups untouched; opening the panel shows the counts of the current search', async () => {
    const el = await finder(html`<resource-finder layout="compact" .bundle=${ccci}></resource-finder>`);
    const panel = $<HTMLDetailsElement>(el, '[part~="filters"]')!;
    expect(panel.open, 'compact starts folded').to.equal(false);
    const before = counts(el);
    const changes = await groupChangesWhileTyping(el, panel, true);
    expect(changes, 'folded groups changed while typing').to.equal(0);
    expect(counts(el)).to.equal(before);
    panel.querySelector('summary')!.click();
    await waitUntil(() => counts(el) !== before, 'opening the panel did not show the counts for "housing"');
    // The counts now match a fresh element showing "housing" with the panel open (once typing paused).
    const fresh = await finder();
    await typeQuery(fresh, 'housing');
    await pause();
    expect(counts(el)).to.equal(counts(fresh));
  });
});

describe('<resource-finder> with the filter panel open, while typing', () => {

  it('leaves the counts as they are keystroke by keystroke, and shows the counts of the search once typing pauses', async () => {
    const el = await finder();
    const panel = $<HTMLDetailsElement>(el, '[part~="filters"]')!;
    expect(panel.open, 'the panel starts open on a wide screen').to.equal(true);
    const before = counts(el);
    const changes = await groupChangesWhileTyping(el, panel);
    expect(changes, 'the groups changed while typing').to.equal(0);
    expect(cards(el).length, 'the results did not wait').to.be.greaterThan(0);
    await waitUntil(() => counts(el) !== before, 'the counts never followed the search', { timeout: 2000 });
    // The counts are those of "housing": ticking a value shows as many results as its count said.
    const box = $<HTMLInputElement>(el, '[part~="filters"] .check input')!;
    const said = Number(box.labels![0].querySelector('.n')!.textContent!.replace(/\D/g, ''));
    box.click();
    await el.updateComplete;
    expect($(el, '.results > .status')!.textContent!.trim()).to.match(new RegExp(`^${said} resources?$`));
  });

  it('an emptied box shows the whole directory\'s counts at once; the first keystroke after it leaves them as they are', async () => {
    const el = await finder();
    const panel = $<HTMLDetailsElement>(el, '[part~="filters"]')!;
    const whole = counts(el);
    await typeQuery(el, 'housing');
    await waitUntil(() => counts(el) !== whole, 'the counts never followed "housing"', { timeout: 2000 });
    // Emptying the box is not typing new text: no pause, the counts are the whole directory's in the same update.
    await typeQuery(el, '');
    expect(counts(el)).to.equal(whole);
    let changes = 0;
    const watch = new MutationObserver((records) => (changes += records.length));
    watch.observe(panel.querySelector('.groups')!, { subtree: true, childList: true, characterData: true, attributes: true });
    await typeQuery(el, 'l');
    watch.disconnect();
    expect(changes, 'the first keystroke after emptying the box redrew the groups').to.equal(0);
  });

  it('renders at once what is not a count: a ticked box and its group, with the counts of the new selection', async () => {
    const el = await finder();
    await typeQuery(el, 'legal');
    const box = $<HTMLInputElement>(el, '[part~="filters"] .check input')!;
    box.click();
    await el.updateComplete;
    // No pause: the checkbox, the chip and the status follow the click in the same update.
    expect(box.checked).to.equal(true);
    expect($(el, '[part~="chips"]'), 'chip').to.not.equal(null);
    const checked = $$<HTMLInputElement>(el, '[part~="filters"] .check input').filter((b) => b.checked);
    expect(checked).to.have.length(1);
  });
});
