/**
 * Marks matched ranges in text with <mark>, as text nodes and elements made through the DOM —
 * never an HTML string, so data can never become markup.
 */
import { Directive, directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';
import { holding, noChange, setText, syncNodes } from './in-place.js';

type Ranges = readonly [number, number][] | undefined;

/** `text` cut at the ranges: plain, marked, plain, …, plain (overlaps merged, out-of-text ranges dropped). */
export function pieces(text: string, ranges: Ranges): string[] {
  if (!ranges?.length) return [text];
  const out: string[] = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (end <= at || start >= text.length) continue;
    const from = Math.max(start, at);
    out.push(text.slice(at, from), text.slice(from, end));
    at = end;
  }
  out.push(text.slice(at));
  return out;
}

/**
 * In a child position: the text with its matched ranges in <mark>. A keystroke that changes what
 * is marked updates the nodes already there (text, mark, text, …) and adds or removes only the
 * difference: no templates, no comment markers per range, no nodes rebuilt. The part always holds
 * this directive (a card's title, organization or summary), so Lit never commits anything else there.
 */
class Marks extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('highlight() goes where text goes: <p>${highlight(text, ranges)}</p>');
  }

  render(_text: string, _ranges: Ranges) {
    return noChange;
  }

  override update(part: ChildPart, [text, ranges]: [string, Ranges]) {
    const want = pieces(text, ranges);
    // Text, mark, text, …; a mark's text node is updated, not replaced.
    return syncNodes(part, want.length, (i) => (i % 2 ? 'MARK' : '#text'), (i) => (i % 2 ? holding('mark') : document.createTextNode('')),
      (node, i) => setText((i % 2 ? node.firstChild : node) as Text, want[i]));
  }
}

/** `text` with `ranges` marked, as a child value (see Marks). */
export const highlight = directive(Marks);
