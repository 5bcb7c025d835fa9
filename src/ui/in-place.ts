/**
 * Directives that keep the nodes of their child position themselves (highlight.ts, plain-items.ts):
 * a re-render updates the nodes already there instead of Lit rebuilding templates and markers.
 */
import type { noChange as litNoChange } from 'lit';
import type { ChildPart } from 'lit/directive.js';

// Lit's noChange is this registered symbol; named so, the search part (which takes Lit from the
// first script, src/parts/shared-lit.ts) needs nothing more from it.
export const noChange: typeof litNoChange = Symbol.for('lit-noChange') as typeof litNoChange;

/**
 * Makes the part's nodes `n` nodes, the i-th named `name(i)` (nodeName: '#text', 'MARK', 'LI'…):
 * a node of the right name is kept, else `make(i)` is put in its place; then `set(node, i)` gives
 * it its content, and the nodes left over are removed. Returns noChange, for Lit to leave them.
 */
export function syncNodes(part: ChildPart, n: number, name: (i: number) => string, make: (i: number) => Node, set: (node: Node, i: number) => void): typeof litNoChange {
  // The node's own parent: on a first render the part is still in the template's fragment (part.parentNode names its future parent).
  const parent = (part.startNode?.parentNode ?? part.parentNode) as Node, end = part.endNode;
  let node = part.startNode ? part.startNode.nextSibling : parent.firstChild;
  for (let i = 0; i < n; i++) {
    if (node === end || node?.nodeName !== name(i)) node = parent.insertBefore(make(i), node) as ChildNode;
    set(node!, i);
    node = node!.nextSibling;
  }
  while (node && node !== end) {
    const next = node.nextSibling;
    node.remove();
    node = next;
  }
  return noChange;
}

/** Sets a text node's text, only when it differs. */
export function setText(t: Text, text: string) {
  if (t.data !== text) t.data = text;
}

/** A new `tag` element holding one empty text node, for setText to fill. */
export function holding(tag: string): HTMLElement {
  const e = document.createElement(tag);
  e.appendChild(document.createTextNode(''));
  return e;
}
