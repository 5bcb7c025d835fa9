/**
 * The view model: everything the templates show, from the finder's state, as plain data.
 * Owns: the engine and the card-view cache of one loaded bundle; which locale of the data serves
 * the page; facet display order; the shortlist's cards; the title; the status flags (count,
 * relaxed) the screen and the announcement share. Recomputes only what its inputs changed: a new
 * UI language or translations never re-run the search. Does not own: UI texts (msg), the DOM,
 * events, timing (the element and ui/).
 */
import { createEngine, type Engine, type EngineOptions, type Hit, type Results, type SortOrder } from './engine.js';
import type { FacetView } from './facets.js';
import { parseIdList, type Filters } from './filter-attr.js';
import { pickLocale } from './locale.js';
import { memoize } from './memo.js';
import { looseningFilters, type Loosening } from './no-results.js';
import type { NormalizedBundle } from './normalize.js';
import { resourceView, type ResourceView } from './resource-view.js';
import type { LatLon, Resource } from './types.js';
import { browseFacet, type BrowsedFacet, type FacetBrowse } from './facet-browse.js';
import type { DistanceUnit } from './geo.js';
import type { PlaceView } from './place-view.js';
import type { placePoint } from './near.js';
// Sites and hours: the local part, loaded before the model for bundles that have them (ui/load-model.ts).
import { localPart } from '../parts/index.js';

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
  /** The visitor's point (typed ZIP or city, or the device's location): distances, radius, nearest first. */
  near?: LatLon;
  /** With `near`: the largest distance in `unit`; 0 or absent = any. */
  radius?: number;
  /** Only what is open at `now`. */
  openNow?: boolean;
  /** The clock (epoch ms) hours are evaluated at; absent = Date.now(). Inject a fixed one in tests. */
  now?: number;
  unit?: DistanceUnit;
  /** Per facet id: the visitor's browsing of a big facet ("Show all", filter text, level). */
  browse?: Readonly<Record<string, FacetBrowse>>;
}

/** One result card: the resource's view and the ranges to highlight. */
export interface HitView {
  view: ResourceView;
  matches: Hit['matches'];
  /** Distance, address, directions and hours of the site shown; absent when there is nothing to say. */
  place?: PlaceView;
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
  /** With a point: matching services without a place (hotlines, online), listed apart. */
  anywhere: HitView[];
  anywhereTotal: number;
  /** Facets in display order (the `facets` attribute's, else the bundle's), big ones trimmed as browsed. */
  facets: BrowsedFacet[];
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
  /** What is shown is the previous search's: the data this one needs is on its way (a split bundle's files, a service's answer). */
  pending?: boolean;
}

export interface FinderModel {
  readonly bundle: NormalizedBundle;
  /** The engine (for measurements; the view is the way to search). */
  readonly engine: Engine;
  /** The view of `state`; parts whose inputs did not change are reused. */
  view(state: FinderState): FinderView;
  /** Resolves when the search index of the locale last viewed is complete. */
  readonly ready: Promise<void>;
  /** A typed ZIP or city → a point, from the bundle alone (nothing is looked up elsewhere). */
  place(text: string): ReturnType<typeof placePoint>;
  /** Which place and time controls are worth showing: `near` (sites with points), `hours` (structured hours); undefined = neither. */
  readonly local?: { near: boolean; hours: boolean };
  /**
   * Called when the view of the last state asked for may have changed on its own: a split bundle's
   * files arrived (until then `view` gives the last complete view, as a search service's source does).
   */
  onChange?: () => void;
}

/**
 * The model of one loaded bundle; `lang` (the language the page asks for) picks the locale indexed
 * first. `defaults`: engine options (the bundle's own `prepared` ones win).
 */
export function createFinderModel(normalized: NormalizedBundle, lang = '', defaults: EngineOptions = {}): FinderModel {
  const { bundle } = normalized;
  const { locales, default_locale: fallback } = bundle.meta;
  const dataLocale = memoize((lang: string) => pickLocale(lang, locales, fallback));
  const engine = createEngine(bundle, dataLocale(lang), { ...defaults, ...normalized.prepared });
  // A split bundle (core/split-source.ts): its resources and index terms arrive as searches need them.
  const split = normalized.prepared?.split;
  const byId = new Map(bundle.resources.map((r) => [r.id, r]));
  const find = (id: string) => byId.get(id) ?? (split ? bundle.resources.find((r) => r.id === id) : undefined);
  /** Card views per locale and resource: building one parses links and names languages. */
  const cards = new Map<string, ResourceView>();
  const card = (resource: Resource, locale: string) => {
    const key = `${locale}\u0000${resource.id}`;
    let view = cards.get(key);
    if (!view) cards.set(key, (view = resourceView(resource, normalized, locale)));
    return view;
  };

  const timeZone = bundle.meta.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const search = memoize(
    (_locale: string, text: string, filters: Filters, sort: SortOrder, limit: number, _indexed: boolean, _arrived: number,
      near: LatLon | undefined, radius: number, unit: DistanceUnit, openAt: number | undefined): Results =>
      engine.search({ text, filters, sort, limit, near, radius, unit, openAt }),
  );
  const status = memoize((results: Results): StatusView => ({ total: results.total, relaxed: results.relaxed }));
  const hitView = (hit: Hit, locale: string, now: number, unit: DistanceUnit): HitView => {
    const place = localPart?.placeView(hit.resource, now, timeZone, unit, hit);
    // `matches` is read through: the engine works it out when a card is drawn.
    return { view: card(hit.resource, locale), get matches() { return hit.matches; }, ...(place && { place }) };
  };
  // A split bundle's resource whose file could not be read is left out (split.fetch does not ask again at once).
  const cardsOf = (list: Hit[], locale: string, now: number, unit: DistanceUnit) =>
    (split ? list.filter((h) => split.has(h.resource)) : list).map((hit) => hitView(hit, locale, now, unit));
  const hits = memoize(cardsOf);
  const anywhere = memoize(cardsOf);
  const browsed = memoize((all: FacetView[], browse: FinderState['browse']) => all.map((f) => browseFacet(f, browse?.[f.id])));
  const pinned = memoize((results: Results, locale: string) => results.pinned.map((r) => card(r, locale)));
  const facetOrder = memoize((attr: string) => parseIdList(attr));
  const facets = memoize((all: FacetView[], order: string[]) =>
    order.length ? order.map((id) => all.find((f) => f.id === id)).filter((f) => f !== undefined) : all,
  );
  const shortlist = memoize((ids: readonly string[], locale: string) => ids.map(find).filter((r) => r !== undefined).map((r) => card(r, locale)));
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
  /**
   * Facet counts while the visitor types: a complete view for new text (the last complete view had
   * other text; same filters, place and language) keeps the last counted facets, also when it is
   * the answer to a keystroke whose files were on their way (a split bundle); asked again with the
   * same text (the filter panel asks once typing pauses), it counts. The filter panel follows the
   * same rule (ui/filter-panel.ts, ui/results.ts): a keystroke pays for its results, not for
   * counting every value of every facet.
   */
  let counted: { facets: FacetView[]; context: unknown[] } | undefined;
  let asked: string | undefined;
  const countedFacets = (results: Results, state: FinderState, locale: string, typing: boolean) => {
    const context = [locale, state.filters, state.near, state.radius, state.openNow, state.unit];
    const keep = typing && counted && state.query.trim() && context.every((x, i) => x === counted!.context[i]);
    if (!keep) counted = { facets: results.facets, context };
    return counted!.facets;
  };
  let local: { value: FinderModel['local'] } | undefined;
  let last: FinderView | undefined;
  /** A split bundle's files are on their way: the last complete view meanwhile, and onChange once they are here. */
  const later = (files: Promise<unknown>, state: FinderState) => {
    void files.then(() => model.onChange?.());
    // The last view says the index is building only while it is (the element waits for `ready` on that word).
    if (last?.indexing && engine.indexed) last = { ...last, indexing: false };
    // Before any complete view (the first one): what is here, stand-ins left out. Either way marked pending.
    if (!last) last = view(state, false);
    return last.pending ? last : (last = { ...last, pending: true });
  };
  function view(state: FinderState, gated = true): FinderView {
    // New text since the last complete view: typed, or the answer to typing whose files were on their way.
    const typing = state.query !== asked;
    const locale = dataLocale(state.lang);
    if (engine.locale !== locale) engine.setLocale(locale);
    // Hours change by the minute: a clock rounded to it lets renders within a minute reuse the search.
    const now = Math.floor((state.now ?? Date.now()) / 60_000) * 60_000;
    const unit = state.unit ?? 'mi';
    const near = state.near;
    // The locale's index first (the engine's own promise: it holds the index once that resolves), then the files the search needs.
    const files = gated && split && ((state.query.trim() && !engine.indexed && engine.ready) || split.need(locale, state.query, state.sort));
    if (files) return later(files, state);
    const results = search(locale, state.query, state.filters, state.sort, state.limit, engine.indexed, split?.version ?? 0,
      near, near ? state.radius ?? 0 : 0, unit, state.openNow ? now : undefined);
    const shown = gated && split?.fetch([...results.hits, ...results.anywhere].map((h) => h.resource));
    if (shown) return later(shown, state);
    asked = state.query;
    const all = countedFacets(results, state, locale, typing);
    return (last = {
      locale,
      title: title(state.heading, locale),
      pinned: pinned(results, locale),
      hits: hits(results.hits, locale, now, unit),
      anywhere: anywhere(results.anywhere, locale, now, unit),
      anywhereTotal: results.anywhereTotal,
      facets: browsed(facets(all, facetOrder(state.facets)), state.browse),
      status: status(results),
      hasMore: results.hits.length < results.total,
      shortlist: shortlist(state.shortlist, locale),
      saved: saved(state.shortlist),
      indexing: !engine.indexed,
      loosen: loosen(results, state.query, state.filters, locale),
      featured: featured(all),
      suggestions: suggestions(results, state.query, locale),
    });
  }

  const model: FinderModel = {
    bundle: normalized,
    engine,
    get ready() {
      return engine.ready;
    },
    place: (text) => localPart?.placePoint(text, bundle),
    // Read when the element renders: by then the local part is loaded for a bundle that needs it.
    get local() {
      if (!local && localPart) local = { value: localControls(bundle, localPart) };
      return local?.value;
    },
    view,
  };
  return model;
}

function localControls(bundle: NormalizedBundle['bundle'], part: NonNullable<typeof localPart>): FinderModel['local'] {
  const { pointOf, isStructured } = part;
  const near = bundle.resources.some((r) => r.locations?.some((l) => pointOf(l)));
  const hours = bundle.resources.some((r) => [r, ...(r.locations ?? [])].some((x) => x.schedules?.some(isStructured)));
  return near || hours ? { near, hours } : undefined;
}

export { toggleSaved } from './shortlist.js';
