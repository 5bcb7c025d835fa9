/**
 * Marks matched ranges in text with <mark>, building text nodes through lit templates —
 * never an HTML string, so data can never become markup.
 */
import { html, nothing, type TemplateResult } from 'lit';

export function highlight(text: string, ranges: readonly [number, number][] | undefined): TemplateResult | string {
  if (!ranges?.length) return text;
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const parts: (TemplateResult | string)[] = [];
  let at = 0;
  for (const [start, end] of sorted) {
    if (end <= at || start >= text.length) continue;
    const from = Math.max(start, at);
    if (from > at) parts.push(text.slice(at, from));
    parts.push(html`<mark>${text.slice(from, end)}</mark>`);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return html`${parts.length ? parts : nothing}`;
}
