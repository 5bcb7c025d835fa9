/**
 * Which cards have "More details" open. A card's details are rendered only while open, so the
 * many cards nobody expands cost no nodes; the set lives as long as the element (memory only).
 */
import type { ReactiveControllerHost } from 'lit';

export class OpenDetails {
  // ES private fields: spreading this object into the card handlers copies only the two methods.
  readonly #open = new Set<string>();
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  readonly detailOpen = (id: string) => this.#open.has(id);

  readonly detailToggled = (id: string, open: boolean) => {
    if (open === this.#open.has(id)) return;
    if (open) this.#open.add(id);
    else this.#open.delete(id);
    this.#host.requestUpdate();
  };
}
