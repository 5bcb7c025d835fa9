/**
 * The text index of one locale: which text of a resource is indexed, its shape (the MiniSearch
 * set-up itself is text-index.ts, loaded on demand) and building in time slices. Owns what is searchable. Does not own: query planning and scoring
 * (query.ts), facets, sorting, highlighting or pinned resources (engine.ts).
 */
import type MiniSearch from 'minisearch';
import type { Bundle, Resource } from './types.js';
import { foldForSearch, localizedText, pick, words } from './text.js';

export interface Doc { id: number; name: string; tags: string; org: string; desc: string }

/** The locale's text of one resource (default-locale text where it has no translation). */
export function docOf(bundle: Bundle, r: Resource, id: number, locale: string, tagLabels: string[]): Doc {
  const def = bundle.meta.default_locale;
  const t = (x: Parameters<typeof localizedText>[0]) => localizedText(x, locale, def).text;
  const kw = r.keywords;
  const keywords = Array.isArray(kw) ? kw : kw ? (pick(kw, locale, def)?.value ?? []) : [];
  return { id, name: t(r.name), tags: tagLabels.concat(keywords).join(' · '), org: t(r.organization?.name), desc: t(r.description) };
}

export interface TextIndex {
  ms: MiniSearch<Doc>;
  /** Indexed words by first letter, to correct a typo in a word still being typed. */
  vocab: Map<string, Set<string>>;
  /**
   * 1–2 letter prefix → resources with a name or tag word starting so, names first, each in
   * bundle order: a short prefix matches thousands of words, too slow to expand per keystroke.
   */
  short: Map<string, { name: number[]; tags: number[] }>;
  add(doc: Doc): void;
}

/**
 * Runs `step(0 … total-1)` in slices of ~`sliceMs`, yielding with setTimeout between slices so no
 * main-thread task runs long; `isCurrent` lets a superseded build stop early.
 */
export function inSlices(total: number, step: (i: number) => void, sliceMs: number, isCurrent: () => boolean): Promise<boolean> {
  return new Promise((resolve) => {
    let i = 0;
    const slice = () => {
      if (!isCurrent()) return resolve(false);
      const t0 = performance.now();
      while (i < total && performance.now() - t0 < sliceMs) for (const end = Math.min(total, i + 8); i < end; i++) step(i);
      if (i < total) setTimeout(slice, 0); else resolve(true);
    };
    setTimeout(slice, 0);
  });
}

/** Stop-gap while the index builds: every query word must start some word of the name. */
export function scanNames(nameWords: (i: number) => string[], cand: ArrayLike<number>, text: string): number[] {
  const q = words(foldForSearch(text));
  const out: number[] = [];
  for (let k = 0; k < cand.length; k++) {
    const ws = nameWords(cand[k]);
    if (q.every((t) => ws.some((w) => w.startsWith(t)))) out.push(cand[k]);
  }
  return out;
}
