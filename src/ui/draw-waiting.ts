/**
 * A list whose items wait to be drawn (ui/keyed.ts) holds, under this key, a function that draws
 * them at once. Shared by name (Symbol.for), not by import: keyed.ts is in the search part, and
 * what calls it (ui/focus-keeper.ts) is in the first script.
 */
export const DRAW_WAITING = Symbol.for('resource-finder.draw-waiting');

/** Draws the items still waiting in `list` now, if any (before it is scrolled into view). */
export function drawWaiting(list: Element | null | undefined) {
  (list as { [DRAW_WAITING]?: () => void } | null | undefined)?.[DRAW_WAITING]?.();
}
