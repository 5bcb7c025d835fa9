/**
 * Marks matched ranges in text with <mark>, building text nodes through lit templates —
 * never an HTML string, so data can never become markup.
 */
import { html, type TemplateResult } from 'lit';

/**
 * One template per range, nested (text before, the mark, the rest): three parts a range, and the
 * same shape keystroke after keystroke while the number of ranges stays, so Lit only updates text.
 */
export function highlight(text: string, ranges: readonly [number, number][] | undefined): TemplateResult | string {
  if (!ranges?.length) return text;
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const cuts: [number, number][] = [];
  let at = 0;
  for (const [start, end] of sorted) {
    if (end <= at || start >= text.length) continue;
    cuts.push([Math.max(start, at), end]);
    at = end;
  }
  let out: TemplateResult | string = text.slice(at);
  for (let i = cuts.length - 1; i >= 0; i--) {
    const [from, end] = cuts[i];
    out = html`${text.slice(i ? cuts[i - 1][1] : 0, from)}<mark>${text.slice(from, end)}</mark>${out}`;
  }
  return out;
}
