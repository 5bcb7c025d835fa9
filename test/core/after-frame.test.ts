import { expect } from '@open-wc/testing';
import { afterFrame, background, lowPriority } from '../../src/core/after-frame.js';

describe('after-frame: work that waits for the frame, or for everything else', () => {
  it('lowPriority resolves after a plain task posted later (input and frames go first)', async () => {
    const order: string[] = [];
    const low = lowPriority().then(() => order.push('low'));
    setTimeout(() => order.push('plain'));
    await low;
    expect(order).to.deep.equal(['plain', 'low']);
  });

  it('afterFrame runs its task once, after the next frame, at background priority too; cancel stops it', async () => {
    const ran: string[] = [];
    let framed = false;
    requestAnimationFrame(() => (framed = true));
    afterFrame(() => ran.push(framed ? 'after frame' : 'before frame'), { background: true });
    afterFrame(() => ran.push('cancelled'))();
    await new Promise((r) => setTimeout(r, 200));
    expect(ran).to.deep.equal(['after frame']);
  });

  it('background runs its task once, after a plain task posted later; cancel stops it', async () => {
    const order: string[] = [];
    background(() => order.push('background'));
    background(() => order.push('cancelled'))();
    setTimeout(() => order.push('plain'));
    await new Promise((r) => setTimeout(r, 100));
    expect(order).to.deep.equal(['plain', 'background']);
  });
});
