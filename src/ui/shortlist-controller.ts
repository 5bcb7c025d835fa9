/**
 * The visitor's list ("My list"): resource ids in the order added, and whether it was just copied.
 * Memory only: never stored, and emptied by quick exit. Owns the list's state and its actions; the
 * template is shortlist.ts's, the views the view model's.
 */
import type { ReactiveControllerHost } from 'lit';
import { toggleSaved } from '../core/shortlist.js';
import type { FinderHandlers } from './finder.js';
import { copyShortlist } from './shortlist.js';

export class ShortlistController {
  /** A new array on every change, so the view model's memo sees it. */
  ids: string[] = [];
  copied = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  toggle(id: string) {
    this.set(toggleSaved(this.ids, id), false);
  }

  clear() {
    this.set([], false);
  }

  readonly handlers: FinderHandlers['list'] = {
    remove: (id) => this.toggle(id),
    clear: () => this.clear(),
    print: () => print(),
    copy: (views) => void copyShortlist(views)?.then(() => this.set(this.ids, true)),
  };

  private set(ids: string[], copied: boolean) {
    this.ids = ids;
    this.copied = copied;
    this.host.requestUpdate();
  }
}
