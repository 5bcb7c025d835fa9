import { LitElement, type PropertyValues } from 'lit';
import type { SortOrder } from './core/engine.js';
import { parseFilterList, toggleFilter, type Filters } from './core/filter-attr.js';
import { LoadError } from './core/load.js';
import type { BundleSource } from './core/load-bundle.js';
import type { FinderModel, FinderView } from './core/view-model.js';
import { RfContactEvent, RfExitEvent, RfFilterChangeEvent, RfInvalidDataEvent, RfLoadEvent, RfResourceOpenEvent, RfSearchEvent } from './events.js';
import { catalogueFor, renderWithCatalogue, type Translations } from './i18n/localization.js';
import { styles } from './resource-finder.styles.js';
import { Announcer } from './ui/announcer.js';
import { DebounceController } from './ui/debounce.js';
import { renderFinder, type FinderHandlers, type FinderShell } from './ui/finder.js';
import { FocusKeeper } from './ui/focus-keeper.js';
import { OpenDetails } from './ui/open-details.js';
import { bundleSource, inlineTranslations, loadErrorEvent, warnProblems, whenParsed } from './ui/host-children.js';
import { LangController } from './ui/lang-controller.js';
import { loadModel } from './ui/load-model.js';
import { LoadTask } from './ui/load-task.js';
import { QuickExit, exitTarget } from './ui/quick-exit.js';
import { LazyRemote } from './ui/remote-lazy.js';
import { statusAnnouncement } from './ui/status-announcement.js';
import { ReadyGate } from './ui/ready-gate.js';
import { initialSearch, writeSharedSearch } from './ui/share-link.js';
import { ShortlistController } from './ui/shortlist-controller.js';
import { distanceUnit, emptyPlace, placeHandlers, placeQuery } from './ui/place-state.js';

let instances = 0;

/**
 * A searchable, filterable, localized directory of help resources.
 *
 * @summary Drop-in resource directory: search, filters, pinned help, English and Spanish.
 *
 * @slot heading - Replaces the heading (defaults to the `heading` attribute or the bundle's title).
 * @slot intro - Text under the heading.
 * @slot empty - Replaces the "No resources match" message.
 * @slot footer - A note under the results.
 * @slot help - Help to show when the bundle has no pinned help or could not be loaded (e.g. your hotline numbers).
 *
 * @fires rf-load - The bundle loaded (with `api`: the service first answered); `total` resources, `invalid` left out.
 * @fires rf-load-error - The bundle could not be loaded (with `api`: a search failed); `kind` (http, not-json, shape, network, timeout), `status`, `message`.
 * @fires rf-invalid-data - Some entries of the bundle were invalid and are not shown; `problems` lists them.
 * @fires rf-search - The visitor searched (after typing pauses); `query` and `total`. Not fired for programmatic changes.
 * @fires rf-filter-change - The visitor changed the filters; `filters` maps facet id to selected value ids.
 * @fires rf-resource-open - The visitor is opening a resource's link; `resourceId`, `href`. Cancelable.
 * @fires rf-contact - The visitor used a call, text, TTY or e-mail action; `resourceId`, `channel`, `href`.
 * @fires rf-exit - Quick exit is about to leave the page for `url`. Cancelable: cancel to clear your own session and leave yourself.
 *
 * @csspart base - The wrapper of everything.
 * @csspart pinned-help - The always-visible help box (hotline, 911).
 * @csspart search - The search form.
 * @csspart search-input - The search box.
 * @csspart sort - The sort menu.
 * @csspart filters - The filter panel.
 * @csspart chips - The active filters and "Clear all".
 * @csspart status - The result count.
 * @csspart result-list - The list of results.
 * @csspart result - One result card.
 * @csspart contact - A call, text, TTY or e-mail button.
 * @csspart more-button - The "Show more" button.
 * @csspart empty - The no-results panel.
 * @csspart error - The load-error panel.
 * @csspart notice - The note about invalid entries.
 * @csspart exit-button - The "Exit this page" button.
 * @csspart safety-note - The "Browsing safely" note.
 * @csspart shortlist - The visitor's list (print and copy).
 * @csspart place - The place and hours row ("Near ZIP code or city", radius, "Open now"); on cards: `hours`, `place-line` (distance, address, directions).
 * @csspart anywhere - Services without a place (hotlines, online), listed apart when distances are shown.
 *
 * @cssprop [--rf-accent=#0b57d0] - Accent colour: buttons, links, focus.
 * @cssprop [--rf-text=#1f1f1f] - Text colour.
 * @cssprop [--rf-background=#ffffff] - Background.
 * @cssprop [--rf-surface=#f3f5f8] - Cards and panels.
 * @cssprop [--rf-border=#8a9099] - Borders (and checkbox and input outlines: keep 3:1 contrast with the background).
 * @cssprop [--rf-radius=0.5em] - Corner radius.
 * @cssprop [--rf-font-family=system-ui, sans-serif] - Font.
 * @cssprop [--rf-font-size=16px] - Base text size (in px by default, so the host's root size does not change it).
 * @cssprop [--rf-focus=#0b57d0] - Focus ring colour.
 * @cssprop [--rf-space=1em] - Spacing unit.
 * @cssprop [--rf-on-accent=#ffffff] - Text on accent-coloured buttons.
 * @cssprop [--rf-muted=#4a4f57] - Secondary text (publisher, hints, counts).
 * @cssprop [--rf-mark=#fff3a3] - Background of matched words.
 * @cssprop [--rf-alert=#8a1c1c] - Alert text and error accents.
 * @cssprop [--rf-alert-background=#fdecec] - Background of alerts.
 * @cssprop [--rf-exit-background=#b3261e] - The "Exit this page" button.
 * @cssprop [--rf-exit-offset=0px] - Height of the host page's own sticky header: the sticky Exit bar (and results scrolled into view) stay below it.
 */
export class ResourceFinder extends LitElement {
  static override styles = styles;

  private readonly uid = `rf${++instances}`;
  private readonly langs = new LangController(this);
  private readonly quickExit = new QuickExit(this, {
    enabled: () => !this.noExit,
    exit: () => this.exitNow(),
    forget: () => (this.clear(), this.shortlist.clear()),
  });
  /** The live region waits for typing to pause, so screen readers are not flooded per keystroke. */
  private readonly announcer = new Announcer(this, 700);
  /** rf-search and the share link follow a search after their own pause, once it is answered (`pending` views wait). */
  private readonly searchPause = new DebounceController(this, 500);
  private readonly loading = new LoadTask<[BundleSource, number], FinderModel>(this, {
    task: ([source, timeoutMs], { signal }) => loadModel(source, { signal, timeoutMs }, this.langs.requested, this.langs.uiLocale(this.translations)),
    onComplete: (model) => this.start(model),
    onError: (error) => this.dispatchEvent(loadErrorEvent(this.src, LoadError.from(error))),
  });
  private readonly remote = new LazyRemote(this, () => this.whenReady.open());
  private readonly focusKeeper = new FocusKeeper(this);
  private readonly details = new OpenDetails(this);
  private readonly shortlist = new ShortlistController(this);
  private model?: FinderModel;
  private view?: FinderView;
  private whenReady = new ReadyGate();
  private userSearched = false; private from?: unknown[]; // what the last load was from

  // Reactive properties as a static map: decorators cost bytes in the one-file build.
  static override properties = {
    query: { state: true }, selected: { state: true }, sort: { state: true }, limit: { state: true },
    filtersOpen: { state: true }, hasHelp: { state: true }, place: { state: true },
    src: {}, api: {}, bundle: { attribute: false }, lang: {}, facets: {}, filters: {}, heading: {}, translations: { attribute: false },
    loadTimeout: { type: Number, attribute: 'load-timeout' }, pageSize: { type: Number, attribute: 'page-size' },
    headingLevel: { type: Number, attribute: 'heading-level' }, layout: { reflect: true }, theme: { reflect: true },
    noExit: { type: Boolean, attribute: 'no-exit' }, exitUrl: { attribute: 'exit-url' }, shareLinks: { type: Boolean, attribute: 'share-links' },
    noBuiltinHelp: { type: Boolean, attribute: 'no-builtin-help' }, newTab: { type: Boolean, attribute: 'new-tab' }, distanceUnit: { attribute: 'distance-unit' }, now: { attribute: false },
  };

  private query = ''; private selected: Filters = {}; private sort: SortOrder = 'relevance'; private limit = 0;
  private filtersOpen = !matchMedia('(max-width: 40rem)').matches;
  /** The host gave fallback help in the `help` slot (it may arrive after the first render). */
  private hasHelp = false;
  /** Near, radius, open now and facet browsing: memory only, never in the address. */
  private place = emptyPlace;

  /** URL of the resource bundle (JSON). Or put the bundle inline in a `<script type="application/json">` child. */
  src = '';
  /** Base URL of a search service (`server/`, HSDS API 3.0: see docs/api.md) to search instead of loading a bundle, for directories too big to download. Replaces `src`; what the visitor types is sent there (the safety note says so). */
  api = '';
  /** The bundle as an object, for frameworks and tests (skips the network). Validated like a loaded file. */
  bundle?: unknown;
  /** Language of the interface and data (BCP 47, e.g. `es` or `es-MX`). Defaults to the visitor's pick in the language switch, else the nearest container's `lang`, else the browser's languages, else `<html lang>`. */
  override lang = '';
  /** Facet ids to show, in order, separated by spaces or commas (e.g. `category audience`). Defaults to all in the bundle's order. */
  facets = '';
  /** Filters selected on load, as `facet:value` pairs separated by spaces (e.g. `category:housing`). */
  filters = '';
  /** Seconds to wait for the bundle before showing a load error. */
  loadTimeout = 15;
  /** How many results to show before "Show more". */
  pageSize = 12;
  /** Heading text. Defaults to the bundle's title. */
  heading = '';
  /** Level of the heading (1–6); result titles use the next level. */
  headingLevel = 2;
  /** `full` (default) or `compact` (filters folded away, smaller cards). */
  layout: 'full' | 'compact' = 'full';
  /** Colour scheme: `light` (default), `dark`, or `auto` to follow the visitor's system setting. */
  theme: 'light' | 'dark' | 'auto' = 'light';
  /** Hides the "Exit this page" button and turns off the Shift ×3 shortcut. */
  noExit = false;
  /** Where "Exit this page" goes: a neutral site (default: a weather page). Only http(s) addresses are used. */
  exitUrl = '';
  /** Keeps the search and filters in the page address (with replaceState only), so a search can be shared by link. Off by default: nothing the visitor types reaches the address bar or history. */
  shareLinks = false;
  /** Leaves out the built-in emergency help (911 and the US National Human Trafficking Hotline), e.g. on sites outside the US. The bundle's pinned help and the `help` slot still show. */
  noBuiltinHelp = false;
  /** Resource links open in a new tab (e.g. for professionals). By default they open in this tab, so "Exit this page" leaves no tab behind. */
  newTab = false;
  /** Unit of distances: `mi` or `km`. Default: miles for a bundle with US ZIP codes, else by language. */
  distanceUnit = '';
  /** The clock for hours and "Open now" (tests, kiosks, previews). Default: the device's clock. */
  now?: Date;
  /** Replacement or extra UI strings: locale → message id → text (see README). */
  translations?: Translations;

  override connectedCallback() {
    super.connectedCallback();
    setTimeout(() => this.isConnected && this.load(true)); // the request's start in a task of its own, before the first render's (scheduleUpdate)
    whenParsed(() => {
      this.translations ??= inlineTranslations(this);
      if (this.loading.status === 'initial' && !this.src && !this.api && this.bundle === undefined) this.load();
    });
  }

  /** The first render gets a task of its own: on a slow phone the script's task (parse, define, upgrade) and the shell's first render together ran past 200 ms. */
  protected override scheduleUpdate() { return this.hasUpdated ? super.scheduleUpdate() : new Promise((r) => setTimeout(r)).then(() => super.scheduleUpdate()); }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('lang')) this.langs.refresh();
    if (changed.has('api') && this.api) this.setSearch(initialSearch(this.shareLinks, this.filters));
    if (changed.has('src') || changed.has('bundle') || changed.has('api')) this.load(true);
    if (changed.has('filters') && (this.model || this.api)) this.selected = parseFilterList(this.filters);
    if (changed.has('pageSize') || !this.limit) this.limit = this.pageSize;
    if (changed.has('layout') && this.layout === 'compact') this.filtersOpen = false; // the panel's real state: folded groups are not re-rendered
    if (this.model || this.api) this.updateView(this.api ? undefined : this.model);
  }

  /** Searches the service at `api`, else loads from the `bundle` property, else `src`, else the inline bundle child. `ifNew`: only a source other than the last load's. */
  private load(ifNew = false) {
    const from = [this.src, this.api, this.bundle];
    if (ifNew && !((this.src || this.api || this.bundle !== undefined) && from.some((v, i) => v !== this.from?.[i]))) return;
    this.from = from;
    if (this.whenReady.opened) this.whenReady = new ReadyGate();
    if (this.api) return this.remote.reset(this.api, this.loadTimeout * 1000);
    void this.loading.run([bundleSource(this, this.bundle, this.src), this.loadTimeout * 1000]);
  }

  /** A valid bundle arrived: start from the configured (or shared) search, then tell the host. */
  private start(model: FinderModel) {
    (this.model = model).onChange = () => this.requestUpdate(); // a split bundle's files arrived
    this.setSearch(initialSearch(this.shareLinks, this.filters));
    const { problems, invalidCount, bundle } = model.bundle;
    warnProblems(problems);
    if (problems.length) this.dispatchEvent(new RfInvalidDataEvent(problems));
    this.dispatchEvent(new RfLoadEvent(bundle.resources.length, invalidCount));
    void model.ready.then(() => this.model === model && this.whenReady.open());
  }

  /** state → view. A new search result is announced, and reported (rf-search, share link) after its own pause. */
  private updateView(model?: FinderModel) {
    const previous = this.view;
    const { query, selected: filters, sort, limit, facets, heading, pageSize } = this;
    const state = { lang: this.langs.requested, query, filters, limit, shortlist: this.shortlist.ids, facets, heading, ...placeQuery(this.place, sort, distanceUnit(this.distanceUnit, this.langs.requested, model), this.now) };
    const view = (this.view = model ? model.view(state) : this.remote.view({ ...state, pageSize }));
    if (!view) return;
    // Big bundles index in the background: search again once the index is complete.
    if (view.indexing) void model?.ready.then(() => this.model === model && this.requestUpdate());
    if (view.status !== previous?.status) this.searchPause.run(() => {
      if (!this.view || this.view.pending) return;
      if (this.userSearched) this.dispatchEvent(new RfSearchEvent(this.query, this.view.status.total));
      this.userSearched = false;
      if (this.shareLinks) writeSharedSearch(this.query, this.selected);
    });
    const locale = this.langs.uiLocale(this.translations);
    this.announcer.announce([view.status, locale, this.translations], () => statusAnnouncement(view.status, locale, this.translations));
  }

  /** Changes the search, starting again from the first page. Only a visitor's change is reported: filters at once (rf-filter-change), text once typing pauses (rf-search). */
  private setSearch(change: { query?: string; selected?: Filters; sort?: SortOrder }, byVisitor = false) {
    Object.assign(this, change);
    this.limit = this.pageSize;
    if (change.query !== undefined) this.userSearched = byVisitor;
    if (byVisitor && change.selected) this.dispatchEvent(new RfFilterChangeEvent(change.selected));
  }

  private readonly handlers: FinderHandlers = {
    input: (query) => this.setSearch({ query }, true),
    clear: () => this.handlers.input(''),
    sort: (sort) => this.setSearch({ sort }),
    browse: (id, change) => this.placeOn.browse(id, change),
    toggle: (facetId, valueId, on) => this.setSearch({ selected: toggleFilter(this.selected, facetId, valueId, on) }, true),
    clearAll: () => Object.keys(this.selected).length && this.setSearch({ selected: {} }, true),
    filtersToggled: (open) => (this.filtersOpen = open),
    skipToResults: () => this.focusKeeper.showResults(),
    chooseLang: (locale) => this.langs.choose(locale),
    showMore: () => (this.focusKeeper.focusCard(this.limit), (this.limit += this.pageSize)),
    toggleSaved: (id) => this.shortlist.toggle(id),
    card: {
      open: (view, event) => !this.dispatchEvent(new RfResourceOpenEvent(view.id, view.href ?? '')) && event.preventDefault(),
      contact: (view, action) => this.dispatchEvent(new RfContactEvent(view.id, action.channel, action.href)),
      ...this.details,
      newTab: () => this.newTab,
    },
    exit: () => this.exitNow(), retry: () => this.reload(), recount: () => this.isConnected && this.requestUpdate(),
    helpChanged: (present) => (this.hasHelp = present), list: this.shortlist.handlers,
  };
  private readonly placeOn = placeHandlers(() => this.place, (p) => ((this.place = p), (this.limit = this.pageSize)), () => this.model ?? this.remote);

  /** Resolves once a bundle has loaded and its search index is complete (big bundles finish indexing after `rf-load`). A new load gives a new promise; a failed load leaves it pending. */
  get ready(): Promise<void> { return this.whenReady.promise; }
  /** Sets the search text (does not fire `rf-search`). */
  setQuery(query: string) { this.setSearch({ query }); }
  /** Replaces the selected filters: facet id → value ids (does not fire `rf-filter-change`). */
  setFilters(filters: Filters) { this.setSearch({ selected: Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, [...v]])) }); }
  /** Clears the search text and every filter. */
  clear() { this.setSearch({ query: '', selected: {} }); }
  /** Leaves the page at once, as the "Exit this page" button does. */
  exitNow() {
    const url = exitTarget(this.exitUrl);
    if (this.dispatchEvent(new RfExitEvent(url))) this.quickExit.leave(url, this.renderRoot.querySelector<HTMLElement>('.exit-overlay'));
  }
  /** Loads the bundle again (e.g. after a network error). */
  reload() { this.load(); }

  protected override render() {
    const locale = this.langs.uiLocale(this.translations);
    const { status, error } = this.api ? this.remote : this.loading;
    const view = status === 'complete' ? this.view : undefined;
    const shell: FinderShell = {
      view, locale, uid: this.uid, level: this.headingLevel, title: this.heading || (view?.title ?? ''), remote: !!this.api,
      loading: status === 'pending' || status === 'initial', error: status === 'error' ? LoadError.from(error) : undefined,
      quickExit: this.noExit ? undefined : this.quickExit, query: this.query, sort: this.sort, hasFilters: Object.keys(this.selected).length > 0,
      filtersOpen: this.filtersOpen, invalidCount: this.model?.bundle.invalidCount ?? 0,
      place: (this.model ?? this.remote).local && { ...(this.model ?? this.remote).local!, state: this.place, unit: distanceUnit(this.distanceUnit, locale, this.model), on: this.placeOn },
      hasList: this.shortlist.ids.length > 0, hasHelp: this.hasHelp, copied: this.shortlist.copied, announcement: this.announcer.text,
      builtinHelp: !this.noBuiltinHelp, newTab: this.newTab, locales: this.langs.offered(this.translations, this.model?.bundle.bundle.meta.locales),
    };
    return renderWithCatalogue(catalogueFor(locale, this.translations), () => renderFinder(shell, this.handlers));
  }
}
