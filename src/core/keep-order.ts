/**
 * Which items of a reordered list can stay where they are: the longest run already in order
 * (a longest increasing subsequence), so a keyed list moves the fewest elements.
 */

/**
 * `pos[i]`: where the item now wanted at `i` stands in the current order (-1 = new).
 * Returns the indexes `i` whose items stay; every other one must be moved or inserted.
 */
export function keep(pos: number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = [];
  pos.forEach((p, i) => {
    if (p < 0) return;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pos[tails[mid]] < p) lo = mid + 1;
      else hi = mid;
    }
    prev[i] = lo ? tails[lo - 1] : -1;
    tails[lo] = i;
  });
  const out = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = prev[i]) out.add(i);
  return out;
}
