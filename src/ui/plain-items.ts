/**
 * A list's items as plain <li class="…">text</li>, made and updated through the DOM: a card's
 * badges change with every result a keystroke brings, and a Lit list would rebuild each item with
 * its comment markers; here the items already there take the new class and text.
 */
import type { noChange as litNoChange } from 'lit';
import { Directive, directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';

// Lit's noChange (see highlight.ts).
const noChange = Symbol.for('lit-noChange') as typeof litNoChange;

class PlainItems extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('plainItems() goes inside a list: <ul>${plainItems(items)}</ul>');
  }

  render(_items: readonly (readonly [string, string])[]) {
    return noChange;
  }

  override update(part: ChildPart, [items]: [readonly (readonly [string, string])[]]) {
    // The node's own parent: on a first render the part is still in the template's fragment (part.parentNode names its future parent).
    const parent = (part.startNode?.parentNode ?? part.parentNode) as Node, end = part.endNode;
    let node = part.startNode ? part.startNode.nextSibling : parent.firstChild;
    for (const [cls, text] of items) {
      if (node === end || node?.nodeName !== 'LI') {
        const li = document.createElement('li');
        li.appendChild(document.createTextNode(''));
        parent.insertBefore(li, node);
        node = li;
      }
      const li = node as HTMLLIElement;
      if (li.className !== cls) li.className = cls;
      const t = li.firstChild as Text;
      if (t.data !== text) t.data = text;
      node = li.nextSibling;
    }
    while (node && node !== end) {
      const next = node.nextSibling;
      node.remove();
      node = next;
    }
    return noChange;
  }
}

/** `items` ([class, text] each) as <li> elements, in a child position inside a list. */
export const plainItems = directive(PlainItems);
