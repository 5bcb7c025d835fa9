/**
 * Problems in words, for people. Kept apart from validate.ts so the one-file build can say what is
 * wrong without carrying the validator (which it loads only for bundles `build` did not stamp).
 */
import type { Problem } from './types.js';

/** Where a problem is, in words: `resource 12 (id "legal-aid"), field "phones[1].number"`. Counts from 1. */
export function problemPlace(p: Problem): string {
  const r = p.resourceIndex;
  const head = r === undefined ? '' : `resource ${r + 1}` + (p.resourceId ? ` (id "${p.resourceId}")` : '');
  const rest = p.path
    .slice(r === undefined ? 0 : 2)
    .map((k, i) => (typeof k == 'number' ? `[${k + 1}]` : (i ? '.' : '') + k))
    .join('');
  return [head, rest && `field "${rest}"`].filter(Boolean).join(', ') || 'the file';
}

/** One line for people: where, what is wrong, how to fix it. */
export function formatProblem(p: Problem): string {
  return `${problemPlace(p)}: ${p.message}.${p.fix ? ' ' + p.fix : ''}`;
}
