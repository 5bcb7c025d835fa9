import { expect } from '@open-wc/testing';
import { createShiftSequence } from '../../src/core/shift-sequence.js';

const tap = (seq: ReturnType<typeof createShiftSequence>, t: number) => {
  seq.keydown('Shift', false, t);
  return seq.keyup('Shift', t + 50);
};

describe('quick-exit Shift sequence', () => {
  it('completes on the third lone Shift within five seconds', () => {
    const seq = createShiftSequence(3, 5000);
    expect(tap(seq, 0)).to.equal(1);
    expect(tap(seq, 1000)).to.equal(2);
    expect(tap(seq, 2000)).to.equal(3);
    expect(tap(seq, 3000)).to.equal(1); // starts again after completing
  });

  it('does not count Shift used for a capital letter or with another key', () => {
    const seq = createShiftSequence();
    seq.keydown('Shift', false, 0);
    seq.keydown('A', false, 10);
    expect(seq.keyup('Shift', 20)).to.equal(0);
    expect(tap(seq, 100)).to.equal(1);
  });

  it('resets on any other key', () => {
    const seq = createShiftSequence();
    tap(seq, 0);
    tap(seq, 100);
    expect(seq.keydown('a', false, 200)).to.equal(0);
    expect(tap(seq, 300)).to.equal(1);
  });

  it('starts again when presses are more than five seconds apart', () => {
    const seq = createShiftSequence(3, 5000);
    tap(seq, 0);
    tap(seq, 1000);
    expect(tap(seq, 6000)).to.equal(1);
  });

  it('counts a held Shift (auto-repeat) once', () => {
    const seq = createShiftSequence();
    seq.keydown('Shift', false, 0);
    seq.keydown('Shift', true, 30);
    seq.keydown('Shift', true, 60);
    expect(seq.keyup('Shift', 90)).to.equal(1);
  });
});
