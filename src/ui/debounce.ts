/**
 * A debounce tied to an element's life: `run(fn)` calls `fn` once calls stop coming for `delayMs`;
 * disconnecting the element cancels a pending call. Owns: one timer. Does not own: what runs.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class DebounceController implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    host: ReactiveControllerHost,
    private readonly delayMs: number,
  ) {
    host.addController(this);
  }

  /** Calls `fn` after `delayMs` without another `run`; a newer call replaces a pending one. */
  run(fn: () => void) {
    this.cancel();
    this.timer = setTimeout(fn, this.delayMs);
  }

  cancel() {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  hostDisconnected() {
    this.cancel();
  }
}
