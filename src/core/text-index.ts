/**
 * A new, empty text index: MiniSearch set up with folding and words, plus the side tables built while
 * indexing (vocabulary, 1–2 letter prefix lists). Its own module because it carries MiniSearch: the
 * one-file build loads it as a sibling file, in parallel with the data (src/parts/).
 */
import MiniSearch from 'minisearch';
import type { Doc, TextIndex } from './search-index.js';
import { foldForSearch, words } from './text.js';

export function newIndex(): TextIndex {
  const vocab = new Map<string, Set<string>>();
  const short = new Map<string, { name: number[]; tags: number[] }>();
  let doc = -1;
  const addShort = (p: string, field: 'name' | 'tags') => {
    let e = short.get(p);
    if (!e) short.set(p, (e = { name: [], tags: [] }));
    if (e.name[e.name.length - 1] === doc || e.tags[e.tags.length - 1] === doc) return;
    e[field].push(doc);
  };
  // Called for every indexed word with its field (and for query words without one).
  const processTerm = (t: string, field?: string) => {
    const f = foldForSearch(t);
    if (field && f) {
      let s = vocab.get(f[0]);
      if (!s) vocab.set(f[0], (s = new Set()));
      s.add(f);
      if (field === 'name' || field === 'tags') { addShort(f[0], field); if (f.length > 1) addShort(f.slice(0, 2), field); }
    }
    return f;
  };
  // Name is indexed first, so a word in both name and tags counts as a name match.
  const ms = new MiniSearch<Doc>({ fields: ['name', 'tags', 'org', 'desc'], tokenize: words, processTerm });
  return { ms, vocab, short, add: (d) => { doc = d.id; ms.add(d); } };
}

