// The build stamp: a bundle `resource-finder build` wrote skips the full validator in the browser,
// but only while it passes the checks safety depends on (lengths, field types, unique ids) and its
// resource count matches the stamp. Anything else goes back to the full validator.
import { expect } from '@open-wc/testing';
import { checkStamped, stampBundle } from '../../src/core/stamp.js';
import { validateBundle } from '../../src/core/validate.js';
import { loadBundle } from '../../src/core/load-bundle.js';
import type { Bundle } from '../../src/core/types.js';
import shipped from '../../data/ccci-resources.json';

/** The shipped data as `build` writes it: validated, then stamped. */
function built(): Bundle {
  const { bundle } = validateBundle(structuredClone(shipped));
  return stampBundle(bundle!, '0.0.0-test');
}

describe('build stamp', () => {
  it('accepts what build writes', async () => {
    const b = built();
    expect((b.meta as unknown as { built: unknown }).built).to.deep.equal({ by: 'resource-finder', version: '0.0.0-test', count: b.resources.length });
    expect(await checkStamped(b)).to.equal(b);
  });

  it('refuses an unstamped bundle, a foreign stamp and a count a hand edit changed', async () => {
    expect(await checkStamped(structuredClone(shipped))).to.equal(undefined);
    const foreign = built();
    (foreign.meta as unknown as { built: { by: string } }).built.by = 'someone-else';
    expect(await checkStamped(foreign)).to.equal(undefined);
    const edited = built();
    edited.resources.pop();
    expect(await checkStamped(edited)).to.equal(undefined);
  });

  const unsound: [string, (r: Record<string, unknown>, b: Bundle) => void][] = [
    ['an over-long text', (r) => (r.description = 'x'.repeat(10001))],
    ['a name that is a number', (r) => (r.name = 5)],
    ['a localized name with an object inside', (r) => (r.name = { en: { html: '<b>x</b>' } })],
    ['phones that are not objects', (r) => (r.phones = ['911'])],
    ['a null field', (r) => (r.url = null)],
    ['no name', (r) => delete r.name],
    ['a duplicate id', (r, b) => (r.id = b.resources[1]!.id)],
    ['a nested text of the wrong type', (r) => (r.locations = [{ location_type: 'physical', name: ['a'] }])],
    ['an absurdly deep value', (r) => (r.extra = JSON.parse('['.repeat(20) + ']'.repeat(20)))],
  ];
  for (const [what, spoil] of unsound) {
    it(`refuses a stamped bundle with ${what}`, async () => {
      const b = built();
      spoil(b.resources[0] as unknown as Record<string, unknown>, b);
      expect(await checkStamped(b)).to.equal(undefined);
    });
  }

  it('checks a big bundle in slices: the work yields to the event loop and the answer is the same', async () => {
    const b = built();
    const many = Array.from({ length: 3000 }, (_, i) => ({ ...b.resources[i % b.resources.length]!, id: `r${i}` }));
    const big = stampBundle({ ...b, resources: many }, '0.0.0-test');
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const result = await checkStamped(big, 1);
    clearInterval(timer);
    expect(result).to.equal(big);
    expect(ticks, 'timers ran while it checked').to.be.greaterThan(0);
    (many[2999] as unknown as Record<string, unknown>).name = 7;
    expect(await checkStamped(big, 1)).to.equal(undefined);
  });

  it('loadBundle: a stamped bundle loads without problems; an unsound one is validated (and the bad resource dropped)', async () => {
    const ok = await loadBundle({ data: built() });
    expect(ok.problems).to.deep.equal([]);
    expect(ok.bundle.resources.length).to.equal(shipped.resources.length);
    const bad = built();
    (bad.resources[0] as unknown as Record<string, unknown>).name = 5;
    const checked = await loadBundle({ data: bad });
    expect(checked.invalidCount).to.equal(1);
    expect(checked.bundle.resources.length).to.equal(shipped.resources.length - 1);
  });
});
