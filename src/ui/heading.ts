/**
 * A heading whose level the host chooses (heading-level), rendered with static markup:
 * lit cannot bind a tag name, so each level has its own template.
 */
import { html, type TemplateResult } from 'lit';

export function headingTag(level: number, content: unknown, className = ''): TemplateResult {
  switch (Math.min(6, Math.max(1, Math.round(level) || 2))) {
    case 1:
      return html`<h1 class=${className}>${content}</h1>`;
    case 2:
      return html`<h2 class=${className}>${content}</h2>`;
    case 3:
      return html`<h3 class=${className}>${content}</h3>`;
    case 4:
      return html`<h4 class=${className}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className}>${content}</h5>`;
    default:
      return html`<h6 class=${className}>${content}</h6>`;
  }
}
