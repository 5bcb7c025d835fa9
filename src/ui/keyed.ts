/**
 * Keyed lists: each item (a result card, a filter value) keeps one element, its own Lit render root,
 * while it stays listed. A render that keeps an item only updates the parts of it that changed
 * (highlights, counts); an item that comes takes over the element of one that left. The list
 * element is the caller's, kept too, and its children are placed here: the fewest are moved (those
 * off the longest run already in order), with no comment markers. While the visitor types (a
 * finite `now`), no element moves at all: each position keeps its element (see `slots`).
 * Lit's `repeat` directive does the same for about 0.9 KB gzip; this is a few hundred bytes.
 */
import { render } from 'lit';
import { keep } from '../core/keep-order.js';
import { afterFrame, background } from '../core/after-frame.js';
import { captureCatalogue } from '../i18n/localization.js';
import { DRAW_WAITING } from './draw-waiting.js';

/** Per owner (an object that lives as long as the element) and list name: key → its element. */
const lists = new WeakMap<object, Map<string, Map<string, HTMLElement>>>();

/**
 * `box`, a list element of the caller's (created once by `make()`), holding the items' elements in
 * order, with `content(item)` rendered into each; `make(item)` creates an item's element when no
 * element is free, and elements left over are dropped; `content` may return Lit's noChange for an
 * element that already shows `item`. `owner` is an object that lives as long as the element
 * (its handlers); `list` names one of its lists. Lit renders `box` itself, once: the same node.
 * Items from position `now` on may wait (see drawLater): their elements are placed at once, their
 * content is drawn when the page is idle, in this render's UI language. With `inView`, those of them
 * that it finds in view once the render is committed (in order, up to the first it does not) are drawn then.
 */
export function keyed<T>(owner: object, list: string, items: readonly T[], key: (item: T) => string, content: (item: T, el: HTMLElement) => unknown, make: (item?: T) => HTMLElement, now = Infinity, inView?: (el: HTMLElement) => boolean): HTMLElement {
  let all = lists.get(owner);
  if (!all) lists.set(owner, (all = new Map()));
  const before = all.get(list);
  const placed = new Map<string, HTMLElement>();
  const box = before?.get('') ?? make();
  placed.set('', box);
  // Keys are prefixed so that none is the box's ''.
  const keys = items.map((item) => '=' + key(item));
  // The elements already listed, in order, with the key each was placed for.
  const shown = [...(before ?? [])].filter(([k]) => k);
  // While the visitor types (`now` is finite), elements stay where they are: the item at each
  // position takes the element already there. Moving an element rebuilds its whole layout; an
  // element that stays only re-lays out the text that changed.
  const slots = now < Infinity;
  // Otherwise elements of items that left are reused for items that came: their parts are updated
  // in place, as an unkeyed list would, instead of new elements being built (a new query replaces every card).
  const wanted = slots ? undefined : new Set(keys);
  const spare = wanted ? shown.filter(([k]) => !wanted.has(k)).map(([, el]) => el) : [];
  const waiting: { el: HTMLElement; job: () => void }[] = [];
  // Drawn later, outside this render: its UI texts must still be in the element's language.
  let inLanguage: ReturnType<typeof captureCatalogue> | undefined;
  const nodes = items.map((item, i) => {
    const id = keys[i];
    let kept: HTMLElement | false | undefined, el: HTMLElement;
    if (slots) {
      el = shown[i]?.[1] ?? make(item);
      kept = shown[i]?.[0] === id && el;
    } else {
      // A repeated key (never expected) gets an element of its own rather than stealing the first one's.
      kept = !placed.has(id) && before?.get(id);
      el = kept || spare.shift() || make(item);
    }
    if (i < now) draw(el, item, content);
    else {
      // It is out of view (the items in view were drawn above, or are drawn once found in view) and
      // the list is aria-busy until it is drawn. An element that shows an item (this one, its marks
      // perhaps a keystroke old, or the one it showed before) keeps it till then, at its size: hiding
      // it would restyle, lay out and repaint its whole card on every keystroke that changes the
      // results (about a tenth of such a keystroke at 10,000 resources on a slow phone). A new, empty
      // element is hidden till then: no empty box.
      if (!kept && !el.firstChild && !hidden.has(el)) {
        hidden.add(el);
        el.classList.add(LATER);
      }
      const later = (inLanguage ??= captureCatalogue());
      waiting.push({ el, job: () => later(() => draw(el, item, content)) });
    }
    placed.set(id, el);
    return el;
  });
  all.set(list, placed);
  place(box, nodes);
  drawLater(box, waiting, inView);
  return box;
}

/** Renders `item` into its element, and shows the element if it waited hidden. */
function draw<T>(el: HTMLElement, item: T, content: (item: T, el: HTMLElement) => unknown) {
  render(content(item, el), el);
  if (hidden.delete(el)) el.classList.remove(LATER);
}

/** Class of a new element whose content waits to be drawn (styled `visibility: hidden`: no empty box shows). */
export const LATER = 'later';
const hidden = new WeakSet<Element>();
/** What waits to be drawn in a list, kept on the list element (see ui/draw-waiting.ts): draws it all now; `cancel` drops the later drawing. */
type Waiting = (() => void) & { cancel: () => void };

/**
 * Draws the waiting items after the frame that shows the first ones, when nothing more urgent waits,
 * one item per task of the lowest priority: a key typed meanwhile waits for one card at most, not for
 * every card out of view (at 10,000 resources on a slow phone they take tens of ms together).
 * A newer render of the list replaces what waits (a fast typist's skipped keystrokes cost nothing).
 * `aria-busy` on the list says it is still being drawn. With `inView`, the waiting items it finds in
 * view (in order, up to the first it does not) are drawn once the render that placed them is
 * committed: the first ones may have become shorter. That reads the layout once, after every
 * change of the render: the layout the frame would make anyway. Whatever brings the list into view
 * at once (Enter in the search box) draws what waits first (drawWaiting).
 */
function drawLater(box: HTMLElement, jobs: { el: HTMLElement; job: () => void }[], inView?: (el: HTMLElement) => boolean) {
  const holder = box as HTMLElement & { [DRAW_WAITING]?: Waiting };
  holder[DRAW_WAITING]?.cancel();
  delete holder[DRAW_WAITING];
  if (!jobs.length) return box.hasAttribute('aria-busy') && box.removeAttribute('aria-busy');
  box.setAttribute('aria-busy', 'true');
  const all = (() => {
    for (const { job } of jobs.splice(0)) job();
    done();
  }) as Waiting;
  const done = () => {
    all.cancel();
    delete holder[DRAW_WAITING];
    box.removeAttribute('aria-busy');
  };
  const one = () => {
    jobs.shift()?.job();
    if (jobs.length) all.cancel = background(one);
    else done();
  };
  all.cancel = afterFrame(one, { background: true });
  holder[DRAW_WAITING] = all;
  if (inView) queueMicrotask(() => {
    if (holder[DRAW_WAITING] !== all) return; // a newer render took over
    while (jobs.length && box.isConnected && inView(jobs[0].el)) jobs.shift()!.job();
    if (!jobs.length) done();
  });
}

/** Makes `nodes`, in order, the children of `box`: removes the others and moves the fewest. */
function place(box: HTMLElement, nodes: readonly ChildNode[]) {
  const want = new Set(nodes);
  for (const n of [...box.childNodes]) if (!want.has(n)) n.remove();
  const at = new Map([...box.childNodes].map((n, i) => [n, i]));
  const stay = keep(nodes.map((n) => at.get(n) ?? -1));
  let ref: Node | null = null;
  for (let i = nodes.length - 1; i >= 0; i--) {
    if (!stay.has(i)) box.insertBefore(nodes[i], ref);
    ref = nodes[i];
  }
}

/** An element with these attributes: the root an item's or a list's template would have had. */
export function element(tag: string, attributes: Record<string, string> = {}): HTMLElement {
  const e = document.createElement(tag);
  for (const name in attributes) e.setAttribute(name, attributes[name]);
  return e;
}
