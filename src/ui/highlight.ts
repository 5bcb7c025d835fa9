/**
 * Marks matched ranges in text with <mark>, as text nodes and elements made through the DOM —
 * never an HTML string, so data can never become markup.
 */
import type { noChange as litNoChange } from 'lit';
import { Directive, directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';

// Lit's noChange is this registered symbol; named so, the search part (which takes Lit from the
// first script, src/parts/shared-lit.ts) needs nothing more from it.
const noChange = Symbol.for('lit-noChange') as typeof litNoChange;

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
    // The node's own parent: on a first render the part is still in the template's fragment (part.parentNode names its future parent).
    const parent = (part.startNode?.parentNode ?? part.parentNode) as Node, end = part.endNode;
    const want = pieces(text, ranges);
    let node = part.startNode ? part.startNode.nextSibling : parent.firstChild;
    want.forEach((piece, i) => {
      const marked = i % 2 === 1;
      const fits = node !== end && (marked ? node?.nodeName === 'MARK' : node?.nodeType === Node.TEXT_NODE);
      if (!fits) {
        const made = marked ? document.createElement('mark') : document.createTextNode('');
        if (marked) made.appendChild(document.createTextNode(''));
        parent.insertBefore(made, node);
        node = made;
      }
      // A mark's text node is updated, not replaced.
      const t = (marked ? node!.firstChild : node) as Text;
      if (t.data !== piece) t.data = piece;
      node = node!.nextSibling;
    });
    while (node && node !== end) {
      const next = node.nextSibling;
      node.remove();
      node = next;
    }
    return noChange;
  }
}

/** `text` with `ranges` marked, as a child value (see Marks). */
export const highlight = directive(Marks);
