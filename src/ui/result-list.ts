/**
 * The result cards as a keyed list (ui/keyed.ts), drawn in view first while the visitor types:
 * the cards on screen in the last frame are drawn in the keystroke's frame, and so is each next one
 * that the new cards above it bring into view; the rest, out of view, when the page is idle (meanwhile
 * they keep what they showed, or stay hidden if new).
 * The first results after loading draw the first few cards at once and the rest the same way.
 * Other changes (filters, "Show more", a new language) draw every card at once.
 */
import type { FinderView } from '../core/view-model.js';
import { element, keyed } from './keyed.js';
import { cardContent, type CardInput } from './result-card.js';

type Hit = FinderView['hits'][number];

/**
 * The list's very first drawing (the first results after loading) draws this many cards in its
 * task, the rest after that frame: under the help box and the search box, no common screen shows
 * more (1280×900: 2; 1920×1200: 3; a phone: 0 or 1), and on a slow phone each card is a few ms of
 * a task that is long already. Its layout is not read to check (that would pull the frame's layout
 * into this task too); a taller screen sees the next cards one frame later.
 */
const FIRST = 4;

/** Which of one finder's cards were on screen in the last frame (an IntersectionObserver's reports). */
class OnScreen {
  list?: HTMLElement;
  private seen = new Set<Element>();
  private known = false;
  private io = typeof IntersectionObserver === 'function'
    ? new IntersectionObserver((entries) => {
        this.known = true;
        for (const { target, isIntersecting } of entries) {
          if (isIntersecting) this.seen.add(target);
          else this.seen.delete(target);
          // A card dropped from the list is reported once more, as it leaves the page: let it go.
          if (!target.isConnected) this.io!.unobserve(target);
        }
      })
    : undefined;

  watch(card: HTMLElement) {
    this.io?.observe(card);
    return card;
  }

  /** How many leading cards to draw now: through the last one seen on screen. Before any report: all, each in its place (a finite count: keyed.ts keeps elements where they are while typing). */
  drawNow(): number {
    if (!this.known || !this.list) return Number.MAX_SAFE_INTEGER;
    let last = -1;
    const cards = this.list.children;
    for (let i = 0; i < cards.length; i++) if (this.seen.has(cards[i])) last = i;
    // None on screen (a phone, the list below the fold): none now; one the keystroke brings into view is found by inView.
    return last + 1;
  }
}

/**
 * Whether a card waiting to be drawn is now in view: the cards drawn above it may have become
 * shorter. This reads the new layout, which the frame would lay out anyway (in the common case no
 * card comes into view, and this is the only extra read).
 */
function inView(card: HTMLElement): boolean {
  return card.getBoundingClientRect().top < (window.innerHeight || document.documentElement.clientHeight);
}

const screens = new WeakMap<object, OnScreen>();

/**
 * The `<ul>` of result cards. `owner` lives as long as the element (its handlers); `typed`: this
 * render follows a keystroke in the search box, so cards out of view may wait.
 */
export function renderResultList(owner: object, hits: readonly Hit[], card: (hit: Hit) => CardInput, typed: boolean): HTMLElement {
  let screen = screens.get(owner);
  if (!screen) screens.set(owner, (screen = new OnScreen()));
  const on = screen;
  const first = !on.list;
  return keyed(owner, 'results', hits, (hit) => hit.view.id, (hit, el) => cardContent(card(hit), el),
    (hit) => (hit ? on.watch(element('li', { part: 'result', class: 'card', tabindex: '-1' })) : (on.list = element('ul', { class: 'list', part: 'result-list', role: 'list' }))),
    first ? FIRST : typed ? on.drawNow() : Infinity, first ? undefined : inView);
}
