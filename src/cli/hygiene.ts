/**
 * Data-hygiene checks for text exported from 211 and community-information systems: escape
 * sequences written as text ("\n"), marker junk ("###MON###"), mojibake (UTF-8 read as Windows-1252
 * or as the DOS code page: "Ã©", "â€™", "CASAΓÇÖs"), and names in capitals only.
 * Owns: detection and the suggested fix. Never rewrites the data: the fix is a suggestion.
 */

export interface HygieneFinding {
  code: 'literal-escape' | 'marker-junk' | 'mojibake' | 'all-caps';
  message: string;
  fix: string;
}

const quote = (s: string) => JSON.stringify(s.length > 50 ? s.slice(0, 49) + '…' : s);

// Windows-1252 characters 0x80–0x9F, in order (undefined where the code page has none).
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
// UTF-8 of “”‘’–—… read through the DOS code page 437 ("â€™" there is "ΓÇÖ"); exports that drop
// Greek letters turn the Γ into a G.
const CP437_PUNCT: Record<string, string> = { Ö: '’', ÿ: '‘', '£': '“', '¥': '”', ô: '–', ö: '—', ª: '…', ó: '“' };

/** The text with Windows-1252 mojibake undone, when the characters decode as UTF-8; else undefined. */
function undo1252(run: string): string | undefined {
  const bytes: number[] = [];
  for (const ch of run) {
    const c = ch.codePointAt(0)!;
    const i = CP1252.indexOf(ch);
    if (i >= 0) bytes.push(0x80 + i);
    else if (c < 0x100) bytes.push(c);
    else return undefined;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
}

const MOJIBAKE_1252 = new RegExp(`[ÂÃÄÅâ][\\u0080-\\u00bf${CP1252}]+`, 'u');
const MOJIBAKE_437 = /[ΓG]Ç[Öÿ£¥ôöªó]/u;

/** What the garbled text probably said, or undefined when it is not garbled. */
export function unmojibake(s: string): string | undefined {
  let fixed = s;
  if (MOJIBAKE_437.test(s)) fixed = fixed.replace(/[ΓG]Ç([Öÿ£¥ôöªó])/gu, (_, c: string) => CP437_PUNCT[c]!);
  if (MOJIBAKE_1252.test(fixed)) {
    fixed = fixed.replace(new RegExp(`[\\u00c0-\\u00ff][\\u0080-\\u00bf${CP1252}]+`, 'gu'), (run) => undo1252(run) ?? run);
  }
  return fixed != s ? fixed : undefined;
}

const SMALL = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'de', 'del', 'la', 'las', 'los', 'y']);

/** "FOOD PANTRY OF MIAMI (YMCA)" → "Food Pantry of Miami (YMCA)": short words without vowels stay capitals. */
export function normalCase(s: string): string {
  let first = true;
  return s.replace(/[\p{L}'’]+/gu, (w) => {
    const lower = w.toLowerCase();
    const out = !/[AEIOUY]/.test(w) && w.length <= 4 ? w : SMALL.has(lower) && !first ? lower : lower[0]!.toUpperCase() + lower.slice(1);
    first = false;
    return out;
  });
}

/** Findings for one string; `isName` turns on the all-capitals check. */
export function hygiene(s: string, isName: boolean): HygieneFinding[] {
  const out: HygieneFinding[] = [];
  const esc = /\\[nrt]/.exec(s);
  if (esc) {
    out.push({
      code: 'literal-escape',
      message: `contains the characters "${esc[0]}" at character ${esc.index + 1}: an escape sequence written as text`,
      fix: `Replace "${esc[0]}" with ${esc[0] == '\\t' ? 'a space' : 'a real line break'} in the source data, or remove it.`,
    });
  }
  const marker = /#{2,}\s*[A-Za-z_]{2,}\s*#{2,}/.exec(s);
  if (marker) {
    out.push({
      code: 'marker-junk',
      message: `contains the marker "${marker[0]}" at character ${marker.index + 1}, left over from the source system`,
      fix: 'Remove the marker in the source data (or turn it into words, e.g. "Monday:").',
    });
  }
  const fixed = unmojibake(s);
  if (fixed) {
    const at = [...s].findIndex((_, i) => s[i] != fixed[i]);
    const word = s.slice(Math.max(0, s.lastIndexOf(' ', at) + 1)).split(/\s/)[0]!;
    const meant = fixed.slice(Math.max(0, fixed.lastIndexOf(' ', at) + 1)).split(/\s/)[0]!;
    out.push({
      code: 'mojibake',
      message: `looks garbled: ${quote(word)} (UTF-8 text read as another encoding)`,
      fix: `It probably reads ${quote(meant)}. Export the source again as UTF-8, or correct the text.`,
    });
  }
  if (isName) {
    const letters = s.replace(/[^\p{L}]/gu, '');
    if (letters.length >= 6 && /\s/.test(s.trim()) && letters == letters.toUpperCase() && letters != letters.toLowerCase()) {
      out.push({ code: 'all-caps', message: 'is written in capital letters only, which is hard to read', fix: `Write it in normal case, e.g. ${quote(normalCase(s))}.` });
    }
  }
  return out;
}
