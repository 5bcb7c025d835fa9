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

/**
 * Off-screen cards and filter groups use `content-visibility: auto` (src/ui/styles/layout.ts): while
 * skipped, they are laid out at a placeholder size that clips their content, which axe's target-size
 * rule reads as "obscured". What a visitor interacts with is always rendered (it renders as it comes
 * on screen), so axe checks every box rendered for real: the containment is lifted while axe runs.
 */
function renderAll(element: Element): () => void {
  const root = element.shadowRoot;
  if (!root) return () => {};
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('* { content-visibility: visible !important; }');
  const before = root.adoptedStyleSheets;
  root.adoptedStyleSheets = [...before, sheet];
  return () => (root.adoptedStyleSheets = before);
}

export async function expectAccessible(element: Element) {
  if (!window.axe) await import('axe-core/axe.min.js');
  const restore = renderAll(element);
  let result: AxeResult;
  try {
    result = await window.axe!.run(element, {
      resultTypes: ['violations'],
      rules: { 'target-size': { enabled: true } },
    });
  } finally {
    restore();
  }
  const details = result.violations
    .map((v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n')}`)
    .join('\n');
  expect(result.violations.length, details).to.equal(0);
}
