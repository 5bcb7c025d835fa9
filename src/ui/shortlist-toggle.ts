/** Each card's "Add to my list" button (the list itself is shortlist.ts, a part fetched on the first save). */
import { html } from 'lit';
import { msg } from '@lit/localize';
import type { ResourceView } from '../core/resource-view.js';

/** The button's name is its visible words; the card's title (`titleId`) is its description. */
export function renderShortlistToggle(view: ResourceView, saved: boolean, toggle: (id: string) => void, titleId: string) {
  return html`<button type="button" class="link-button save" aria-pressed=${saved ? 'true' : 'false'} aria-describedby=${titleId} @click=${() => toggle(view.id)}>
    ${saved
      ? msg('On my list', { id: 'list.saved', desc: 'Toggle button state: this resource is on the visitor’s shortlist (press to remove).' })
      : msg('Add to my list', { id: 'list.add', desc: 'Toggle button: add this resource to the visitor’s shortlist.' })}
  </button>`;
}
