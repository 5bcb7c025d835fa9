/** Shared fixtures for element tests: the shipped bundle, and small helpers to read the shadow DOM. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { ResourceFinder } from '../../src/resource-finder.js';
import shipped from '../../data/ccci-resources.json';

export const ccci = shipped as unknown;

export function cloneBundle<T = Record<string, unknown>>(): T {
  return JSON.parse(JSON.stringify(shipped)) as T;
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

export const cards = (el: Element) => $$(el, '[part~="result"]');
export const titles = (el: Element) => cards(el).map((c) => c.querySelector('.title')!.textContent!.trim());
export const statusText = (el: Element) => $(el, '.results > .status')?.textContent?.trim() ?? '';

export async function ready(el: ResourceFinder) {
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="result-list"], [part~="empty"], [part~="error"]'), 'finder did not render', { timeout: 5000 });
  await el.updateComplete;
  // A big filter panel draws one task after the first results (ui/filter-panel.ts BIG_PANEL).
  await waitUntil(() => !el.shadowRoot?.querySelector('[part~="filters"][open] .groups:empty'), 'the filter panel did not draw', { timeout: 5000 });
  // The first results draw their first cards at once and the rest just after the frame (ui/result-list.ts).
  await cardsDrawn(el, 5000);
  return el;
}

export async function finder(template = html`<resource-finder .bundle=${ccci}></resource-finder>`) {
  const el = await fixture<ResourceFinder>(template);
  return ready(el);
}

/** Types into the search box as a visitor would (input events). */
export async function typeQuery(el: ResourceFinder, text: string) {
  const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  // While the visitor types, cards out of view are drawn just after the frame (ui/keyed.ts).
  await cardsDrawn(el, 2000);
}

/** Waits until the result list is no longer aria-busy: every card waiting to be drawn is drawn. */
function cardsDrawn(el: ResourceFinder, timeout: number) {
  return waitUntil(() => !$(el, '[part~="result-list"][aria-busy="true"]'), 'the cards waiting to be drawn were not drawn', { timeout });
}

/** The next event of that name, typed from HTMLElementEventMap. */
export function nextEvent<K extends keyof HTMLElementEventMap>(el: EventTarget, name: K): Promise<HTMLElementEventMap[K]> {
  return new Promise((resolve) => el.addEventListener(name, (e) => resolve(e as HTMLElementEventMap[K]), { once: true }));
}
