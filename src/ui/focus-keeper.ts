/**
 * Keeps keyboard and screen-reader users in place across re-renders. Owns two rules: when the
 * focused control disappears (a removed chip, "Clear all", a filter whose count fell to 0), focus
 * goes to the result count instead of dropping to the page; after "Show more", the first new card
 * takes focus so the visitor continues where the new results start; "Skip to results", Enter in the
 * search box and "Show N results" bring the count to the top of the screen (first result below it).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { drawWaiting } from './draw-waiting.js';

export class FocusKeeper implements ReactiveController {
  private hadFocus = false;
  private cardIndex = -1;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Focuses the card at `index` after the next render. */
  focusCard(index: number) {
    this.cardIndex = index;
  }

  /** After pending renders: focuses the result count and scrolls it to the top (below any sticky Exit bar, by CSS scroll-margin). */
  showResults() {
    void this.host.updateComplete.then(() => {
      const status = this.host.shadowRoot?.querySelector<HTMLElement>('.results .status');
      // Cards still waiting to be drawn after a keystroke are out of view only until this scroll.
      drawWaiting(this.host.shadowRoot?.querySelector('[part~="result-list"]'));
      status?.focus({ preventScroll: true });
      status?.scrollIntoView({ block: 'start' });
    });
  }

  hostUpdate() {
    this.hadFocus = !!this.host.shadowRoot?.activeElement;
  }

  hostUpdated() {
    const root = this.host.shadowRoot;
    if (!root) return;
    if (this.hadFocus && !root.activeElement) {
      (root.querySelector<HTMLElement>('.results .status') ?? root.querySelector<HTMLElement>('input'))?.focus();
    }
    if (this.cardIndex >= 0) {
      root.querySelectorAll<HTMLElement>('[part~="result"]')[this.cardIndex]?.focus();
      this.cardIndex = -1;
    }
  }
}
