/**
 * A list's items as plain <li class="…">text</li>, made and updated through the DOM: a card's
 * badges change with every result a keystroke brings, and a Lit list would rebuild each item with
 * its comment markers; here the items already there take the new class and text.
 */
import { Directive, directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';
import { holding, noChange, setText, syncNodes } from './in-place.js';

class PlainItems extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('plainItems() goes inside a list: <ul>${plainItems(items)}</ul>');
  }

  render(_items: readonly (readonly [string, string])[]) {
    return noChange;
  }

  override update(part: ChildPart, [items]: [readonly (readonly [string, string])[]]) {
    return syncNodes(part, items.length, () => 'LI', () => holding('li'), (node, i) => {
      const [cls, text] = items[i];
      if ((node as Element).className !== cls) (node as Element).className = cls;
      setText(node.firstChild as Text, text);
    });
  }
}

/** `items` ([class, text] each) as <li> elements, in a child position inside a list. */
export const plainItems = directive(PlainItems);
