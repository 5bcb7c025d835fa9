/** Runs axe-core on an element (shadow DOM included) with WCAG 2.2 target-size on, and fails with readable details. */
import { expect } from '@open-wc/testing';

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: unknown; failureSummary?: string }[] }[];
}
declare global {
  interface Window {
    axe?: { run(context: Element, options: object): Promise<AxeResult> };
  }
}

export async function expectAccessible(element: Element) {
  if (!window.axe) await import('axe-core/axe.min.js');
  const result = await window.axe!.run(element, {
    resultTypes: ['violations'],
    rules: { 'target-size': { enabled: true } },
  });
  const details = result.violations
    .map((v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n')}`)
    .join('\n');
  expect(result.violations.length, details).to.equal(0);
}
