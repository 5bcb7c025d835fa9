/**
 * CLI input and output: reading a bundle file (BOM, JSON syntax errors with line and column) and
 * printing problems as plain lines or JSON.
 * Owns: file reading, the "unreadable" outcome (exit code 2) and the text of output lines.
 * Does not own: what counts as a problem (core/validate.ts, lint.ts).
 */

import { readFileSync } from 'node:fs';
import { parseTree, type ParseError } from 'jsonc-parser';
import { problemPlace } from '../core/validate.js';
import type { Problem } from '../core/types.js';

/** A problem as the CLI prints it; `place` overrides the JSON location (e.g. `row 14, column "url"`). */
export interface Located extends Problem {
  place?: string;
  file?: string;
}

export type ReadResult =
  | { ok: true; text: string; bom: boolean }
  | { ok: false; message: string };

export function readText(file: string): ReadResult {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code == 'ENOENT' ? 'there is no such file' : code == 'EISDIR' ? 'it is a folder' : (e as Error).message;
    return { ok: false, message: `cannot read ${file}: ${why}. Check the file name and folder.` };
  }
  const text = buf.toString('utf8');
  if (text.includes('\uFFFD') && !buf.includes(Buffer.from('\uFFFD'))) {
    return { ok: false, message: `cannot read ${file}: it is not UTF-8 text. Save it again as "UTF-8" (in Excel: "CSV UTF-8").` };
  }
  const bom = text.charCodeAt(0) == 0xfeff;
  return { ok: true, text: bom ? text.slice(1) : text, bom };
}

/** 1-based line and column of a character offset. */
export function lineCol(text: string, pos: number): { line: number; column: number } {
  const before = text.slice(0, pos).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** A plain-words hint for a JSON syntax error at `pos`. */
function jsonHint(text: string, pos: number): string {
  if (pos >= text.length) return 'The file ends too early: a closing } or ] or a quote may be missing.';
  const ch = text[pos]!;
  try {
    JSON.parse(text.slice(0, pos));
    return 'The data ends before this point: a file holds one { … } only. Remove what follows, or put it inside.';
  } catch {
    // not complete before pos: look at the punctuation
  }
  const prev = text.slice(0, pos).trimEnd().slice(-1);
  if ((ch == '}' || ch == ']') && prev == ',') return 'Remove the comma before this bracket: JSON allows no comma after the last item.';
  if (ch == "'") return 'Use double quotes "like this" around text, not single quotes.';
  if (ch == '/' || ch == '#') return 'JSON does not allow comments: remove them.';
  if (/[NI]/.test(ch)) return 'NaN and Infinity are not allowed: write a number or null.';
  if (/["{[\d]/.test(ch) && /["}\]\de]/.test(prev)) return 'A comma "," is missing before this point.';
  return 'Check the punctuation just before this point: commas, quotes, colons and brackets.';
}

/**
 * Offset of the first JSON syntax error in `text`, or -1. JSON.parse does not always say where
 * (Node 20 often quotes a snippet instead), so VS Code's strict-mode JSON scanner (jsonc-parser,
 * comments and trailing commas refused) finds the place.
 */
export function jsonErrorAt(text: string): number {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  return errors.length ? errors[0]!.offset : -1;
}

export type ParseResult = { ok: true; value: unknown } | { ok: false; message: string };

export function parseJson(text: string, file: string): ParseResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const msg = (e as Error).message;
    const m = /position (\d+)/.exec(msg);
    const found = jsonErrorAt(text);
    const pos = found >= 0 ? found : m ? Number(m[1]) : /end of JSON/.test(msg) ? text.length : -1;
    if (pos < 0) return { ok: false, message: `${file}: not valid JSON (${msg}).` };
    const { line, column } = lineCol(text, pos);
    return { ok: false, message: `${file}:${line}:${column}: not valid JSON at line ${line}, column ${column}. ${jsonHint(text, pos)}` };
  }
}

export function placeOf(p: Located): string {
  return p.place ?? problemPlace(p);
}

export function lineFor(p: Located): string {
  return `${p.severity}: ${placeOf(p)}: ${p.message}.${p.fix ? ' Fix: ' + p.fix : ''}`;
}

export function countLine(problems: Problem[]): string {
  const e = problems.filter((p) => p.severity == 'error').length;
  const w = problems.length - e;
  return `${e.toLocaleString('en-US')} error${e == 1 ? '' : 's'}, ${w.toLocaleString('en-US')} warning${w == 1 ? '' : 's'}`;
}

/** Problems for people: errors first (in document order), then warnings. */
export function printProblems(problems: Located[], write: (s: string) => void): void {
  const sorted = [...problems.filter((p) => p.severity == 'error'), ...problems.filter((p) => p.severity != 'error')];
  for (const p of sorted) write('  ' + lineFor(p));
}

/** Stable `--json` shape of one problem. */
export function problemJson(p: Located) {
  return {
    severity: p.severity,
    code: p.code,
    where: placeOf(p),
    path: p.path,
    resourceIndex: p.resourceIndex,
    resourceId: p.resourceId,
    message: p.message,
    fix: p.fix,
  };
}
