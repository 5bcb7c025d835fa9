// The floor: the least a Lit element can do per keystroke here. It renders the cards the widget
// showed for the same text (handed over by the bench as { prefix: [{ name, text }] }) under a search
// box, with no search, no filters and no other parts. Bundled with esbuild into .bench/floor.js.
import { LitElement, html, css } from 'lit';

class BenchFloor extends LitElement {
  static properties = { cards: { attribute: false }, items: { state: true } };
  static styles = css`
    :host { display: block; }
    input { font: inherit; padding: 0.5rem; width: 100%; box-sizing: border-box; }
    ul { list-style: none; margin: 1rem 0; padding: 0; display: grid; gap: 0.75rem; }
    li { border: 1px solid #ccc; border-radius: 6px; padding: 0.75rem 1rem; }
    h3 { margin: 0 0 0.25rem; font-size: 1.125rem; }
    p { margin: 0; }
  `;

  constructor() {
    super();
    this.cards = {};
    this.items = [];
  }

  render() {
    return html`<label>Search <input type="search" @input=${(e) => (this.items = this.cards[e.target.value] ?? this.cards[''] ?? [])} /></label>
      <p>${this.items.length} results</p>
      <ul>${this.items.map((c) => html`<li part="result"><h3>${c.name}</h3><p>${c.text}</p></li>`)}</ul>`;
  }
}
customElements.define('bench-floor', BenchFloor);
