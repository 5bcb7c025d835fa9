import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import type { SortOrder } from './core/engine.js';
import { parseFilterList, type Filters } from './core/filter-attr.js';
import { LoadError } from './core/load.js';
import { loadBundle, type BundleSource } from './core/load-bundle.js';
import { pickLocale, textDirection } from './core/locale.js';
import type { ContactAction, ResourceView } from './core/resource-view.js';
import { formatProblem } from './core/validate.js';
import { createFinderModel, type FinderModel, type FinderView } from './core/view-model.js';
import { RfContactEvent, RfExitEvent, RfFilterChangeEvent, RfInvalidDataEvent, RfLoadErrorEvent, RfLoadEvent, RfResourceOpenEvent, RfSearchEvent } from './events.js';
import { catalogueFor, renderWithCatalogue, uiLocales, type Translations } from './i18n/localization.js';
import { styles } from './resource-finder.styles.js';
import { Announcer } from './ui/announcer.js';
import { DebounceController } from './ui/debounce.js';
import { headingTag } from './ui/heading.js';
import { LangController } from './ui/lang-controller.js';
import { listTitle } from './ui/messages.js';
import { renderPinnedHelp } from './ui/pinned-help.js';
import { QuickExit, exitTarget, renderExitButton, renderExitOverlay, renderSafetyNote } from './ui/quick-exit.js';
import { renderResults, statusAnnouncement, type ResultsHandlers } from './ui/results.js';
import { readSharedSearch, writeSharedSearch } from './ui/share-link.js';
import { renderShortlist, shortlistText } from './ui/shortlist.js';
import { renderLoadError, renderLoading } from './ui/status.js';

let instances = 0;
const NARROW = '(max-width: 40rem)';

/**
 * A searchable, filterable, localized directory of help resources.
 *
 * @summary Drop-in resource directory: search, filters, pinned help, English and Spanish.
 *
 * @attr src - URL of the resource bundle (JSON). Or put the bundle inline in a `<script type="application/json">` child.
 *
 * @slot heading - Replaces the heading (defaults to the `heading` attribute or the bundle's title).
 * @slot intro - Text under the heading.
 * @slot empty - Replaces the "No resources match" message.
 * @slot footer - A note under the results.
 * @slot help - Help to show when the bundle has no pinned help or could not be loaded (e.g. your hotline numbers).
 *
 * @fires rf-load - The bundle loaded; `total` resources shown, `invalid` left out.
 * @fires rf-load-error - The bundle could not be loaded; `kind` (http, not-json, shape, network, timeout), `status`, `message`.
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
 */
export class ResourceFinder extends LitElement {
  static override styles = styles;

  private readonly uid = `rf${++instances}`;
  private readonly langs = new LangController(this);
  private readonly quickExit = new QuickExit(this, { enabled: () => !this.noExit, exit: () => this.exitNow(), forget: () => this.forget() });
  /** The live region waits for typing to pause, so screen readers are not flooded per keystroke. */
  private readonly announcer = new Announcer(this, 700);
  /** rf-search and the share link follow a search after their own short pause. */
  private readonly searchPause = new DebounceController(this, 400);
  private readonly loading = new Task<[BundleSource, number], FinderModel>(this, {
    autoRun: false,
    task: async ([source, timeoutMs], { signal }) => createFinderModel(await loadBundle(source, { signal, timeoutMs }), this.langs.requested),
    onComplete: (model) => this.loaded(model),
    onError: (error) => this.failed(error),
  });
  private model?: FinderModel;
  private view?: FinderView;
  private announced: unknown[] = [];
  private whenReady = openable();
  private userSearched = false;
  private focusCardIndex = -1;
  private hadFocus = false;

  @state() private query = '';
  @state() private selected: Filters = {};
  @state() private sort: SortOrder = 'relevance';
  @state() private limit = 0;
  @state() private filtersOpen = !matchMedia(NARROW).matches;
  /** Resource ids on the visitor's shortlist, in the order added. Memory only. */
  @state() private shortlist: string[] = [];
  @state() private copied = false;
  /** The host gave fallback help in the `help` slot (it may arrive after the first render). */
  @state() private hasHelp = false;

  /** URL of the resource bundle (JSON). */
  @property() src = '';

  /** The bundle as an object, for frameworks and tests (skips the network). Validated like a loaded file. */
  @property({ attribute: false }) bundle?: unknown;

  /** Language of the interface and data (BCP 47, e.g. `es` or `es-MX`). Defaults to the nearest `lang` on the page, then the browser's. */
  @property() override lang = '';

  /** Facet ids to show, in order, separated by spaces or commas (e.g. `category audience`). Defaults to all in the bundle's order. */
  @property() facets = '';

  /** Filters selected on load, as `facet:value` pairs separated by spaces (e.g. `category:housing`). */
  @property() filters = '';

  /** Seconds to wait for the bundle before showing a load error. */
  @property({ type: Number, attribute: 'load-timeout' }) loadTimeout = 15;

  /** How many results to show before "Show more". */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 12;

  /** Heading text. Defaults to the bundle's title. */
  @property() heading = '';

  /** Level of the heading (1–6); result titles use the next level. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** `full` (default) or `compact` (filters folded away, smaller cards). */
  @property({ reflect: true }) layout: 'full' | 'compact' = 'full';

  /** Colour scheme: `light` (default), `dark`, or `auto` to follow the visitor's system setting. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  /** Hides the "Exit this page" button and turns off the Shift ×3 shortcut. */
  @property({ type: Boolean, attribute: 'no-exit' }) noExit = false;

  /** Where "Exit this page" goes: a neutral site (default: a weather page). Only http(s) addresses are used. */
  @property({ attribute: 'exit-url' }) exitUrl = '';

  /** Keeps the search and filters in the page address (with replaceState only), so a search can be shared by link. Off by default: nothing the visitor types reaches the address bar or history. */
  @property({ type: Boolean, attribute: 'share-links' }) shareLinks = false;

  /** Replacement or extra UI strings: locale → message id → text (see README). */
  @property({ attribute: false }) translations?: Translations;

  override connectedCallback() {
    super.connectedCallback();
    // When the script tag comes before the element, the element upgrades before the parser has
    // added its children (inline bundle, translations): read them once the document is parsed.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.readChildren(), { once: true });
    } else {
      this.readChildren();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    this.hadFocus = !!this.shadowRoot?.activeElement;
    if (changed.has('lang')) this.langs.refresh();
    if ((changed.has('src') || changed.has('bundle')) && (this.src || this.bundle !== undefined)) this.load();
    if (changed.has('filters') && this.model) this.selected = parseFilterList(this.filters);
    if (changed.has('pageSize') || !this.limit) this.limit = this.pageSize;
    if (this.model) this.updateView(this.model);
  }

  protected override updated() {
    // The control that had focus went away (a removed chip, "Clear all", a filter whose count fell
    // to 0): keep the visitor in the widget, at the result count, instead of dropping focus to the page.
    if (this.hadFocus && !this.shadowRoot!.activeElement) {
      (this.renderRoot.querySelector<HTMLElement>('.results .status') ?? this.renderRoot.querySelector<HTMLElement>('input'))?.focus();
    }
    if (this.focusCardIndex >= 0) {
      // The first new card takes focus, so keyboard and screen-reader users continue where the new results start.
      this.renderRoot.querySelectorAll<HTMLElement>('[part~="result"]')[this.focusCardIndex]?.focus();
      this.focusCardIndex = -1;
    }
  }

  // ---- loading ---------------------------------------------------------------------------

  private readChildren() {
    this.readInlineTranslations();
    if (this.loading.status === TaskStatus.INITIAL && !this.src && this.bundle === undefined) this.load();
  }

  private load() {
    if (this.whenReady.done) this.whenReady = openable();
    // The `bundle` property first, then `src`, then an inline <script type="application/json"> child.
    const inline = this.querySelector(':scope > script[type="application/json"]:not([data-rf="translations"])');
    const source: BundleSource =
      this.bundle !== undefined ? { data: this.bundle } : this.src ? { url: this.src } : { text: inline?.textContent ?? undefined };
    if (source.url) {
      try {
        source.url = new URL(source.url, document.baseURI).href;
      } catch {
        // loadBundle reports it as a network error
      }
    }
    void this.loading.run([source, this.loadTimeout * 1000]);
  }

  /** A valid bundle arrived: start from the configured (or shared) search, then tell the host. */
  private loaded(model: FinderModel) {
    this.model = model;
    const shared = this.shareLinks ? readSharedSearch(location.href) : undefined;
    const configured = parseFilterList(this.filters);
    this.setSearch({ query: shared?.query, selected: shared && Object.keys(shared.filters).length ? shared.filters : configured });
    const { problems, invalidCount, bundle } = model.bundle;
    if (problems.length) {
      // One grouped warning for site staff; it never includes anything the visitor typed.
      console.warn(`<resource-finder>: ${problems.length} problem(s) in the data:\n` + problems.map((p) => `- ${formatProblem(p)}`).join('\n'));
      this.dispatchEvent(new RfInvalidDataEvent(problems));
    }
    this.dispatchEvent(new RfLoadEvent(bundle.resources.length, invalidCount));
    void model.ready.then(() => this.model === model && this.whenReady.open());
  }

  private failed(error: unknown) {
    const failure = error instanceof LoadError ? error : new LoadError('shape', String((error as Error)?.message ?? error));
    // For the site's developers: what failed and where (the visitor sees the localized message).
    console.error(`<resource-finder>: could not load ${this.src ? `"${this.src}"` : 'the inline bundle'}: ${failure.message}`);
    this.dispatchEvent(new RfLoadErrorEvent(failure.kind, failure.status, failure.message));
  }

  private readInlineTranslations() {
    const script = this.querySelector(':scope > script[type="application/json"][data-rf="translations"]');
    if (!script || this.translations) return;
    try {
      this.translations = JSON.parse(script.textContent ?? '') as Translations;
    } catch {
      console.warn('<resource-finder>: the translations <script> is not valid JSON; using the built-in texts.');
    }
  }

  // ---- state → view ----------------------------------------------------------------------

  private uiLocale() {
    return pickLocale(this.langs.requested, uiLocales(this.translations), 'en');
  }

  private updateView(model: FinderModel) {
    const previous = this.view;
    const view = (this.view = model.view({
      lang: this.langs.requested, query: this.query, filters: this.selected, sort: this.sort,
      limit: this.limit, shortlist: this.shortlist, facets: this.facets, heading: this.heading,
    }));
    // Big bundles index in the background: show the full search once the index is complete.
    if (view.indexing) void model.ready.then(() => this.model === model && this.requestUpdate());
    if (view.status !== previous?.status) this.searchPause.run(() => this.searchSettled(view));
    const locale = this.uiLocale();
    const said = [view.status, locale, this.translations];
    if (said.some((value, i) => value !== this.announced[i])) {
      this.announced = said;
      this.announcer.announce(() => renderWithCatalogue(catalogueFor(locale, this.translations), () => statusAnnouncement(view.status, locale)));
    }
  }

  private searchSettled(view: FinderView) {
    if (this.userSearched) {
      this.userSearched = false;
      this.dispatchEvent(new RfSearchEvent(this.query, view.status.total));
    }
    if (this.shareLinks) writeSharedSearch(this.query, this.selected);
  }

  // ---- visitor actions -------------------------------------------------------------------

  /** Changes the search; every change starts again from the first page. */
  private setSearch(change: { query?: string; selected?: Filters; sort?: SortOrder }) {
    if (change.query !== undefined) this.query = change.query;
    if (change.selected) this.selected = change.selected;
    if (change.sort) this.sort = change.sort;
    this.limit = this.pageSize;
  }

  private changeFilters(selected: Filters) {
    this.setSearch({ selected });
    this.dispatchEvent(new RfFilterChangeEvent(selected));
  }

  private forget() {
    this.clear();
    this.shortlist = [];
  }

  private toggleSaved = (id: string) => {
    this.shortlist = this.shortlist.includes(id) ? this.shortlist.filter((s) => s !== id) : [...this.shortlist, id];
    this.copied = false;
  };

  private readonly handlers: ResultsHandlers = {
    input: (query) => {
      this.userSearched = true;
      this.setSearch({ query });
    },
    clear: () => this.handlers.input(''),
    sort: (sort) => this.setSearch({ sort }),
    toggle: (facetId, valueId, on) => {
      const current = this.selected[facetId] ?? [];
      const next = on ? [...new Set([...current, valueId])] : current.filter((v) => v !== valueId);
      const selected = { ...this.selected, [facetId]: next };
      if (!next.length) delete selected[facetId];
      this.changeFilters(selected);
    },
    clearAll: () => {
      if (Object.keys(this.selected).length) this.changeFilters({});
    },
    filtersToggled: (open) => (this.filtersOpen = open),
    skipToResults: () => this.renderRoot.querySelector<HTMLElement>('.results .status')?.focus(),
    showMore: () => {
      this.focusCardIndex = this.limit;
      this.limit += this.pageSize;
    },
    toggleSaved: this.toggleSaved,
    card: {
      open: (view: ResourceView, event: Event) => {
        if (!this.dispatchEvent(new RfResourceOpenEvent(view.id, view.href ?? ''))) event.preventDefault();
      },
      contact: (view: ResourceView, action: ContactAction) => this.dispatchEvent(new RfContactEvent(view.id, action.channel, action.href)),
    },
  };

  private copyShortlist(views: ResourceView[]) {
    void navigator.clipboard?.writeText(shortlistText(listTitle(), views)).then(() => (this.copied = true));
  }

  // ---- public methods -------------------------------------------------------------------

  /**
   * Resolves once a bundle has loaded and its search index is complete (big bundles index in the
   * background after `rf-load`; until then a search only scans names). A new load gives a new promise;
   * a load that fails leaves it pending.
   */
  get ready(): Promise<void> {
    return this.whenReady.promise;
  }

  /** Sets the search text (does not fire `rf-search`). */
  setQuery(query: string) {
    this.userSearched = false;
    this.setSearch({ query });
  }

  /** Replaces the selected filters: facet id → value ids (does not fire `rf-filter-change`). */
  setFilters(filters: Filters) {
    this.setSearch({ selected: Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, [...v]])) });
  }

  /** Clears the search text and every filter. */
  clear() {
    this.setQuery('');
    this.setFilters({});
  }

  /** Leaves the page at once, as the "Exit this page" button does. */
  exitNow() {
    const url = exitTarget(this.exitUrl);
    if (!this.dispatchEvent(new RfExitEvent(url))) return;
    this.forget();
    this.quickExit.showOverlay(this.renderRoot.querySelector<HTMLElement>('.exit-overlay'));
    // replace(), not assign(): the Back button must not bring the visitor back here.
    location.replace(url);
  }

  /** Loads the bundle again (e.g. after a network error). */
  reload() {
    this.load();
  }

  // ---- rendering -------------------------------------------------------------------------

  protected override render() {
    const locale = this.uiLocale();
    return renderWithCatalogue(catalogueFor(locale, this.translations), () => this.renderIn(locale));
  }

  private renderIn(locale: string) {
    const { status, error } = this.loading;
    const view = status === TaskStatus.COMPLETE ? this.view : undefined;
    const level = this.headingLevel;
    const title = this.heading || view?.title;
    const failure = status === TaskStatus.ERROR ? (error instanceof LoadError ? error : new LoadError('shape', String(error))) : undefined;
    return html`<div part="base" class="base ${this.shortlist.length ? 'has-list' : ''}" lang=${locale} dir=${textDirection(locale)}>
      ${this.noExit ? nothing : renderExitButton(this.quickExit, () => this.exitNow())}
      <header class="head">
        <slot name="heading">${title ? headingTag(level, title, 'main-title') : nothing}</slot>
        <slot name="intro"></slot>
      </header>
      ${view?.pinned.length
        ? renderPinnedHelp(view.pinned, locale, level + 1, this.handlers.card)
        : html`<div class="pinned" part="pinned-help" ?hidden=${!this.hasHelp}>
            <slot name="help" @slotchange=${(e: Event) => (this.hasHelp = (e.target as HTMLSlotElement).assignedNodes().length > 0)}></slot>
          </div>`}
      ${failure ? renderLoadError(failure.kind, failure.status, () => this.reload()) : nothing}
      ${status === TaskStatus.PENDING || status === TaskStatus.INITIAL
        ? html`<p class="status" part="status">${msg('Loading resources…', { id: 'status.loading', desc: 'Shown while the list loads.' })}</p>
            ${renderLoading()}`
        : nothing}
      ${view
        ? html`${renderShortlist(view.shortlist, this.copied, {
              remove: this.toggleSaved,
              clear: () => (this.shortlist = []),
              print: () => print(),
              copy: () => this.copyShortlist(view.shortlist),
            })}
            ${renderResults(
              view,
              {
                uid: this.uid, locale, level: level + 1, query: this.query, sort: this.sort, hasFilters: Object.keys(this.selected).length > 0,
                filtersOpen: this.filtersOpen && this.layout !== 'compact', invalidCount: this.model!.bundle.invalidCount,
              },
              this.handlers,
            )}`
        : nothing}
      ${this.noExit ? nothing : renderSafetyNote()}
      <slot name="footer"></slot>
      <p class="visually-hidden" role="status">${view ? this.announcer.text : ''}</p>
    </div>
    ${this.noExit ? nothing : renderExitOverlay(this.quickExit)}`;
  }
}

/** A promise with its resolve, opened once. */
function openable() {
  let open!: () => void;
  const gate = { done: false, promise: new Promise<void>((resolve) => (open = resolve)), open: () => ((gate.done = true), open()) };
  return gate;
}
