/** Collapses line breaks and indentation in the text of html`` templates (see collapse-html.mjs). */
export function collapseHtml(code: string): string;
