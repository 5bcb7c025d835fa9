import { expect } from '@open-wc/testing';
import type { Problem } from '../../src/core/types.js';

describe('toolchain', () => {
  it('runs TypeScript tests in Chromium', () => {
    const p: Problem = { severity: 'error', code: 'x', path: [], message: 'm' };
    expect(p.code).to.equal('x');
  });
});
