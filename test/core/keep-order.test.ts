import { expect } from '@open-wc/testing';
import { keep } from '../../src/core/keep-order.js';

/** Applies a move plan: items not kept are the ones a keyed list must move or insert. */
const moved = (pos: number[]) => pos.map((_, i) => i).filter((i) => !keep(pos).has(i));

describe('keep (which list items stay in place)', () => {
  it('keeps everything when the order is unchanged', () => {
    expect(moved([0, 1, 2, 3])).to.deep.equal([]);
  });
  it('moves only the item that jumped to the front, or to the back', () => {
    expect(moved([4, 0, 1, 2, 3])).to.deep.equal([0]);
    expect(moved([1, 2, 3, 4, 0])).to.deep.equal([4]);
  });
  it('inserts new items (-1) and keeps the longest run already in order', () => {
    expect(moved([-1, 0, 2, 1, 3])).to.have.length(2);
    expect(moved([-1, 0, 2, 1, 3])).to.include(0);
    expect(moved([3, 2, 1, 0])).to.have.length(3);
    expect(moved([])).to.deep.equal([]);
  });
  it('returns an increasing run of positions', () => {
    const pos = [5, 1, 8, 2, 9, 3, -1, 4, 0];
    const kept = [...keep(pos)].sort((a, b) => a - b).map((i) => pos[i]);
    expect(kept).to.deep.equal([1, 2, 3, 4]);
  });
});
