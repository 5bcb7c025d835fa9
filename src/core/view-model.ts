/**
 * The view model: everything the templates show, from the finder's state, as plain data.
 * Owns: the engine and the card-view cache of one loaded bundle; which locale of the data serves
 * the page; facet display order; the shortlist's cards; the title; the status flags (count,
 * relaxed) the screen and the announcement share. Recomputes only what its inputs changed: a new
 * UI language or translations never re-run the search. Does not own: UI texts (msg), the DOM,
 * events, timing (the element and ui/).
 */
import { createEngine, type Engine, type Hit, type Results, type SortOrder } from './engine.js';
import type { FacetView } from './facets.js';
import { parseIdList, type Filters } from './filter-attr.js';
import { pickLocale } from './locale.js';
import { memoize } from './memo.js';
import { looseningFilters, type Loosening } from './no-results.js';
import type { NormalizedBundle } from './normalize.js';
import { resourceView, type ResourceView } from './resource-view.js';
import type { Resource } from './types.js';

/** What the visitor and the host chose: the model's only input. */
export interface FinderState {
  /** The language the page asks for (BCP 47); the data's nearest locale serves it. */
  lang: string;
  query: string;
  filters: Filters;
  sort: SortOrder;
  /** How many hits to show ("Show more" raises it). */
  limit: number;
  /** Resource ids on the visitor's list, in the order added. */
  shortlist: readonly string[];
  /** The `facets` attribute: facet ids to show, in order; empty = all, in the bundle's order. */
  facets: string;
  /** The host's heading; empty = the bundle's title. */
  heading: string;
}

/** One result card: the resource's view and the ranges to highlight. */
export interface HitView {
  view: ResourceView;
  matches: Hit['matches'];
}

/** The search's outcome as the status line and the live region tell it. */
export interface StatusView {
  total: number;
  /** No resource matched every word, so these match any word. */
  relaxed: boolean;
}

export interface FinderView {
  /** The data's locale serving the page. */
  locale: string;
  title: string;
  pinned: ResourceView[];
  hits: HitView[];
  /** Facets in display order (the `facets` attribute's, else the bundle's). */
  facets: FacetView[];
  /** A new object exactly when the search ran again (the announcement follows it). */
  status: StatusView;
  /** More hits than shown. */
  hasMore: boolean;
  /** The visitor's list, in the order added. */
  shortlist: ResourceView[];
  saved: ReadonlySet<string>;
  /** The index is still being built: a query only scans names until `FinderModel.ready`. */
  indexing: boolean;
  /** On zero results: selected filters whose removal gives results, with how many. */
  loosen: Loosening[];
  /** On zero results with a query: words of the index close to it ("did you mean"). */
  suggestions: string[];
  /** The bundle's featured facet (`meta.featured_facet`), offered as big buttons before any search. */
  featured?: FacetView;
}

export interface FinderModel {
  readonly bundle: NormalizedBundle;
  /** The engine (for measurements; the view is the way to search). */
  readonly engine: Engine;
  /** The view of `state`; parts whose inputs did not change are reused. */
  view(state: FinderState): FinderView;
  /** Resolves when the search index of the locale last viewed is complete. */
  readonly ready: Promise<void>;
}

/** The model of one loaded bundle; `lang` (the language the page asks for) picks the locale indexed first. */
export function createFinderModel(normalized: NormalizedBundle, lang = ''): FinderModel {
  const { bundle } = normalized;
  const { locales, default_locale: fallback } = bundle.meta;
  const dataLocale = memoize((lang: string) => pickLocale(lang, locales, fallback));
  const engine = createEngine(bundle, dataLocale(lang));
  const byId = new Map(bundle.resources.map((r) => [r.id, r]));
  /** Card views per locale and resource: building one parses links and names languages. */
  const cards = new Map<string, ResourceView>();
  const card = (resource: Resource, locale: string) => {
    const key = `${locale}\u0000${resource.id}`;
    let view = cards.get(key);
    if (!view) cards.set(key, (view = resourceView(resource, normalized, locale)));
    return view;
  };

  const search = memoize(
    (_locale: string, text: string, filters: Filters, sort: SortOrder, limit: number, _indexed: boolean): Results =>
      engine.search({ text, filters, sort, limit }),
  );
  const status = memoize((results: Results): StatusView => ({ total: results.total, relaxed: results.relaxed }));
  const hits = memoize((results: Results, locale: string) => results.hits.map((hit) => ({ view: card(hit.resource, locale), matches: hit.matches })));
  const pinned = memoize((results: Results, locale: string) => results.pinned.map((r) => card(r, locale)));
  const facetOrder = memoize((attr: string) => parseIdList(attr));
  const facets = memoize((all: FacetView[], order: string[]) =>
    order.length ? order.map((id) => all.find((f) => f.id === id)).filter((f) => f !== undefined) : all,
  );
  const shortlist = memoize((ids: readonly string[], locale: string) => ids.map((id) => byId.get(id)).filter((r) => r !== undefined).map((r) => card(r, locale)));
  const saved = memoize((ids: readonly string[]) => new Set(ids));
  const loosen = memoize((results: Results, text: string, filters: Filters, _locale: string) =>
    results.total ? [] : looseningFilters(engine, text, filters, results.facets),
  );
  // Did-you-mean: whole queries rebuilt from the index's own words (engine.suggest).
  const suggestions = memoize((results: Results, text: string, locale: string): string[] =>
    results.total || !text.trim() ? [] : engine.suggest(text, locale, 3),
  );
  const featured = memoize((all: FacetView[]) => all.find((f) => f.id === bundle.meta.featured_facet));
  const title = memoize((heading: string, locale: string) => heading || normalized.in(locale).title);

  return {
    bundle: normalized,
    engine,
    get ready() {
      return engine.ready;
    },
    view(state) {
      const locale = dataLocale(state.lang);
      if (engine.locale !== locale) engine.setLocale(locale);
      const results = search(locale, state.query, state.filters, state.sort, state.limit, engine.indexed);
      return {
        locale,
        title: title(state.heading, locale),
        pinned: pinned(results, locale),
        hits: hits(results, locale),
        facets: facets(results.facets, facetOrder(state.facets)),
        status: status(results),
        hasMore: results.hits.length < results.total,
        shortlist: shortlist(state.shortlist, locale),
        saved: saved(state.shortlist),
        indexing: !engine.indexed,
        loosen: loosen(results, state.query, state.filters, locale),
        featured: featured(results.facets),
        suggestions: suggestions(results, state.query, locale),
      };
    },
  };
}

/** The shortlist with `id` added at the end, or removed when it is there. */
export function toggleSaved(shortlist: readonly string[], id: string): string[] {
  return shortlist.includes(id) ? shortlist.filter((s) => s !== id) : [...shortlist, id];
}
