/**
 * The polite live region's text: said once changes pause, so screen readers are not flooded on
 * every keystroke. Owns: the debounce and the text. Does not own: what is said (the caller's
 * `compose`, run when the pause ends so it reads the newest state) or where it is rendered.
 */
import type { ReactiveControllerHost } from 'lit';
import { DebounceController } from './debounce.js';

export class Announcer {
  /** What the live region says now. */
  text = '';
  private readonly pause: DebounceController;
  private about: readonly unknown[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    delayMs = 700,
  ) {
    this.pause = new DebounceController(host, delayMs);
  }

  /**
   * Announces `compose()` once calls stop for the delay. `about` lists what the text depends on:
   * a call about the same things (each `===`) as the last one is ignored.
   */
  announce(about: readonly unknown[], compose: () => string) {
    if (about.length === this.about.length && about.every((value, i) => value === this.about[i])) return;
    this.about = about;
    this.pause.run(() => {
      const text = compose();
      if (text === this.text) return;
      this.text = text;
      this.host.requestUpdate();
    });
  }
}
