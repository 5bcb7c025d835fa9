/**
 * The visitor's list ("My list"): resource ids in the order added, and whether it was just copied.
 * Memory only: never stored, and emptied by quick exit. Owns the list's state and its actions, and
 * fetching the list part on the first save; the template is shortlist.ts's, the views the view model's.
 */
import type { ReactiveControllerHost } from 'lit';
import { toggleSaved } from '../core/shortlist.js';
import type { FinderHandlers } from './finder.js';
import { listPart, loadList } from '../parts/index.js';

export class ShortlistController {
  /** A new array on every change, so the view model's memo sees it. */
  ids: string[] = [];
  copied = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  /**
   * Adds or removes `id`. The first save fetches the list part (a sibling file in the one-file build)
   * and the list shows once it is there; if it cannot be fetched nothing is saved, the button stays
   * "Add to my list", and a later press tries again.
   */
  toggle(id: string) {
    if (listPart) return this.set(toggleSaved(this.ids, id), false);
    loadList().then(
      () => this.toggle(id),
      (e) => console.error(`<resource-finder>: "My list" is not available: ${(e as Error)?.message ?? e}`),
    );
  }

  clear() {
    this.set([], false);
  }

  readonly handlers: FinderHandlers['list'] = {
    remove: (id) => this.toggle(id),
    clear: () => this.clear(),
    print: () => print(),
    copy: (views) => void listPart?.copyShortlist(views)?.then(() => this.set(this.ids, true)),
  };

  private set(ids: string[], copied: boolean) {
    this.ids = ids;
    this.copied = copied;
    this.host.requestUpdate();
  }
}
