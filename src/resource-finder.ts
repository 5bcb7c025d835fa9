import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { createEngine, type Engine, type Results, type SortOrder } from './core/engine.js';
import { pickLocale, textDirection } from './core/locale.js';
import { resourceView, type ContactAction, type ResourceView } from './core/resource-view.js';
import { parseFilterList, parseIdList, type Filters } from './core/filter-attr.js';
import type { Bundle } from './core/types.js';
import { RfContactEvent, RfExitEvent, RfFilterChangeEvent, RfResourceOpenEvent, RfSearchEvent } from './events.js';
import { catalogueFor, renderWithCatalogue, uiLocales, type Translations } from './i18n/localization.js';
import { styles } from './resource-finder.styles.js';
import { renderChips, renderFilterPanel } from './ui/filter-panel.js';
import { headingTag } from './ui/heading.js';
import { renderPinnedHelp } from './ui/pinned-help.js';
import { renderResultCard, type CardHandlers } from './ui/result-card.js';
import { renderSearchBox } from './ui/search-box.js';
import { countText, renderLoadError, renderLoading, renderNoResults, renderPartialNotice } from './ui/status.js';
import { localizedText } from './core/text.js';
import { QuickExit, exitTarget, renderExitButton, renderExitOverlay, renderSafetyNote } from './ui/quick-exit.js';
import { readSharedSearch, writeSharedSearch } from './ui/share-link.js';
import { renderShortlist, shortlistText } from './ui/shortlist.js';
import { BundleLoader } from './ui/bundle-loader.js';
import { LangController } from './ui/lang-controller.js';

let instances = 0;

const relaxedText = () =>
  msg('No resource matched every word; showing resources that match any of them.', {
    id: 'status.relaxed',
    desc: 'Shown when the search fell back from all words to any word.',
  });
const ANNOUNCE_DELAY_MS = 700;
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
  private engine?: Engine;
  private data?: Bundle;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private userSearched = false;
  private focusCardIndex = -1;
  private hadFocus = false;
  private readonly quickExit = new QuickExit(this);
  private readonly langs = new LangController(this);
  private readonly loader = new BundleLoader(this, (bundle, isCurrent) => this.accept(bundle, isCurrent));

  @state() private query = '';
  @state() private selected: Filters = {};
  @state() private sort: SortOrder = 'relevance';
  @state() private limit = 0;
  @state() private announcement = '';
  @state() private filtersOpen = !matchMedia(NARROW).matches;
  /** Resource ids on the visitor's shortlist, in the order added. Memory only. */
  @state() private shortlist: string[] = [];
  @state() private copied = false;
  /** The host gave fallback help in the `help` slot (it may arrive after the first render). */
  @state() private hasHelp = false;
  /** Re-renders when the search index finishes building (big bundles index in the background). */
  @state() protected indexReady = false;
  private results?: Results;
  private lastSearch?: unknown[];
  /** Card views per locale and resource: building one parses links and names languages. */
  private views = new Map<string, ResourceView>();

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

  private readChildren() {
    this.readInlineTranslations();
    if (this.loader.state === 'idle' && !this.src && this.bundle === undefined) void this.load();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    this.hadFocus = !!this.shadowRoot?.activeElement;
    if (changed.has('lang')) this.langs.refresh();
    if ((changed.has('src') || changed.has('bundle')) && (this.src || this.bundle !== undefined)) void this.load();
    if (changed.has('filters') && this.data) this.selected = parseFilterList(this.filters);
    if (changed.has('pageSize') || !this.limit) this.limit = this.pageSize;
    if (this.engine && this.data) {
      const locale = this.dataLocale();
      if (this.engine.locale !== locale) this.engine.setLocale(locale);
      // Search only when an input of the search changed (not for announcements or the shortlist).
      const inputs = [this.engine, locale, this.query, this.selected, this.sort, this.limit, this.indexReady, this.uiLocale(), this.translations];
      if (!this.lastSearch || inputs.some((value, i) => value !== this.lastSearch![i])) {
        this.lastSearch = inputs;
        this.results = this.engine.search({ text: this.query, filters: this.selected, sort: this.sort, limit: this.limit });
        this.scheduleAnnouncement();
      }
    }
  }

  protected override updated() {
    // The control that had focus went away (a removed chip, "Clear all", a filter whose count fell
    // to 0): keep the visitor in the widget, at the result count, instead of dropping focus to the page.
    if (this.hadFocus && !this.shadowRoot!.activeElement) {
      (this.renderRoot.querySelector<HTMLElement>('.results .status') ?? this.renderRoot.querySelector<HTMLElement>('input'))?.focus();
    }
    if (this.focusCardIndex >= 0) {
      // The first new card takes focus, so keyboard and screen-reader users continue where the new results start.
      const card = this.renderRoot.querySelectorAll<HTMLElement>('[part~="result"]')[this.focusCardIndex];
      card?.focus();
      this.focusCardIndex = -1;
    }
  }

  // ---- public methods -------------------------------------------------------------------

  /** Sets the search text (does not fire `rf-search`). */
  setQuery(query: string) {
    this.userSearched = false;
    this.query = query;
    this.limit = this.pageSize;
  }

  /** Replaces the selected filters: facet id → value ids (does not fire `rf-filter-change`). */
  setFilters(filters: Filters) {
    this.selected = Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, [...v]]));
    this.limit = this.pageSize;
  }

  /** Clears the search text and every filter. */
  clear() {
    this.setQuery('');
    this.setFilters({});
  }

  /** @internal Forgets everything the visitor did: search, filters and list. */
  forget() {
    this.clear();
    this.shortlist = [];
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

  /** @internal Whether the quick-exit shortcut is on for this element. */
  exitEnabled() {
    return !this.noExit;
  }

  /** Loads the bundle again (e.g. after a network error). */
  reload() {
    void this.load();
  }

  // ---- loading ---------------------------------------------------------------------------

  private load() {
    return this.loader.load({ bundle: this.bundle, src: this.src, timeoutMs: this.loadTimeout * 1000 });
  }

  /** A valid bundle arrived: index it and start from the configured (or shared) search. */
  private accept(bundle: Bundle, isCurrent: () => boolean) {
    this.data = bundle;
    this.views.clear();
    this.engine = createEngine(bundle, this.dataLocale());
    this.indexReady = false;
    void this.engine.ready.then(() => {
      if (isCurrent()) this.indexReady = true;
    });
    this.selected = parseFilterList(this.filters);
    if (this.shareLinks) {
      const shared = readSharedSearch(location.href);
      if (shared) {
        this.query = shared.query;
        if (Object.keys(shared.filters).length) this.selected = shared.filters;
      }
    }
    this.limit = this.pageSize;
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

  // ---- locale ----------------------------------------------------------------------------

  private uiLocale() {
    return pickLocale(this.langs.requested, uiLocales(this.translations), 'en');
  }

  private dataLocale() {
    const meta = this.data?.meta;
    return meta ? pickLocale(this.langs.requested, meta.locales, meta.default_locale) : this.uiLocale();
  }

  // ---- visitor actions -------------------------------------------------------------------

  private onInput(value: string) {
    this.query = value;
    this.limit = this.pageSize;
    this.userSearched = true;
  }

  private toggleFilter(facetId: string, valueId: string, on: boolean) {
    const current = this.selected[facetId] ?? [];
    const next = on ? [...new Set([...current, valueId])] : current.filter((v) => v !== valueId);
    const selected = { ...this.selected, [facetId]: next };
    if (!next.length) delete selected[facetId];
    this.selected = selected;
    this.limit = this.pageSize;
    this.dispatchEvent(new RfFilterChangeEvent(selected));
  }

  private clearFilters() {
    if (!Object.keys(this.selected).length) return;
    this.selected = {};
    this.limit = this.pageSize;
    this.dispatchEvent(new RfFilterChangeEvent({}));
  }

  private showMore() {
    this.focusCardIndex = this.limit;
    this.limit += this.pageSize;
  }

  private readonly cardHandlers: CardHandlers = {
    open: (view: ResourceView, event: Event) => {
      if (!this.dispatchEvent(new RfResourceOpenEvent(view.id, view.href ?? ''))) event.preventDefault();
    },
    contact: (view: ResourceView, action: ContactAction) => {
      this.dispatchEvent(new RfContactEvent(view.id, action.channel, action.href));
    },
  };

  /** The count is announced once typing pauses, so screen readers are not flooded per keystroke. */
  private scheduleAnnouncement() {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const results = this.results;
      if (!results || this.loader.state !== 'ready') return;
      const locale = this.uiLocale();
      this.announcement = renderWithCatalogue(catalogueFor(locale, this.translations), () =>
        [countText(results.total, locale), results.relaxed ? relaxedText() : ''].join(' ').trim(),
      );
      if (this.userSearched) {
        this.userSearched = false;
        this.dispatchEvent(new RfSearchEvent(this.query, results.total));
      }
      if (this.shareLinks) writeSharedSearch(this.query, this.selected);
    }, ANNOUNCE_DELAY_MS);
  }

  // ---- rendering -------------------------------------------------------------------------

  protected override render() {
    const locale = this.uiLocale();
    return renderWithCatalogue(catalogueFor(locale, this.translations), () => this.renderIn(locale));
  }

  private renderIn(locale: string) {
    const level = this.headingLevel;
    const { state, error } = this.loader;
    const results = state === 'ready' ? this.results : undefined;
    const data = state === 'ready' ? this.data : undefined;
    const dataLocale = this.dataLocale();
    const view = (r: Parameters<typeof resourceView>[0]) => {
      const key = `${dataLocale}\u0000${r.id}`;
      let shown = this.views.get(key);
      if (!shown) this.views.set(key, (shown = resourceView(r, data!, dataLocale)));
      return shown;
    };
    const title = this.heading || (data ? localizedText(data.meta.title, dataLocale, data.meta.default_locale).text : '');
    return html`<div part="base" class="base ${this.shortlist.length ? 'has-list' : ''}" lang=${locale} dir=${textDirection(locale)}>
      ${this.noExit ? nothing : renderExitButton(this.quickExit, () => this.exitNow())}
      <header class="head">
        <slot name="heading">${title ? headingTag(level, title, 'main-title') : nothing}</slot>
        <slot name="intro"></slot>
      </header>
      ${results?.pinned.length
        ? renderPinnedHelp(results.pinned.map(view), locale, level + 1, this.cardHandlers)
        : html`<div class="pinned" part="pinned-help" ?hidden=${!this.hasHelp}>
            <slot name="help" @slotchange=${(e: Event) => (this.hasHelp = (e.target as HTMLSlotElement).assignedNodes().length > 0)}></slot>
          </div>`}
      ${error ? renderLoadError(error.kind, error.status, () => this.reload()) : nothing}
      ${state === 'loading' || state === 'idle'
        ? html`<p class="status" part="status">${msg('Loading resources…', { id: 'status.loading', desc: 'Shown while the list loads.' })}</p>
            ${renderLoading()}`
        : nothing}
      ${data ? this.renderShortlist(view) : nothing}
      ${results && data ? this.renderFinder(results, locale, level, view) : nothing}
      ${this.noExit ? nothing : renderSafetyNote()}
      <slot name="footer"></slot>
      <p class="visually-hidden" role="status">${state === 'ready' ? this.announcement : ''}</p>
    </div>
    ${this.noExit ? nothing : renderExitOverlay(this.quickExit)}`;
  }

  private toggleSaved = (id: string) => {
    this.shortlist = this.shortlist.includes(id) ? this.shortlist.filter((s) => s !== id) : [...this.shortlist, id];
    this.copied = false;
  };

  private renderShortlist(view: (r: Parameters<typeof resourceView>[0]) => ResourceView) {
    const views = this.shortlist
      .map((id) => this.data!.resources.find((r) => r.id === id))
      .filter((r) => r !== undefined)
      .map(view);
    return renderShortlist(views, this.copied, {
      remove: this.toggleSaved,
      clear: () => (this.shortlist = []),
      print: () => print(),
      copy: () => {
        const title = msg('My list', { id: 'list.title', desc: 'Heading of the visitor’s shortlist of resources.' });
        void navigator.clipboard?.writeText(shortlistText(title, views)).then(() => (this.copied = true));
      },
    });
  }

  private renderFinder(results: Results, locale: string, level: number, view: (r: Parameters<typeof resourceView>[0]) => ResourceView) {
    const facetOrder = parseIdList(this.facets);
    const facets = facetOrder.length
      ? facetOrder.map((id) => results.facets.find((f) => f.id === id)).filter((f) => f !== undefined)
      : results.facets;
    const filterHandlers = { toggle: (f: string, v: string, on: boolean) => this.toggleFilter(f, v, on), clearAll: () => this.clearFilters() };
    const count = countText(results.total, locale);
    const relaxed = results.relaxed ? relaxedText() : '';
    const hasFilters = Object.keys(this.selected).length > 0;
    return html`${renderSearchBox(this.uid, this.query, this.sort, {
        input: (v) => this.onInput(v),
        clear: () => this.onInput(''),
        sort: (s) => {
          this.sort = s;
          this.limit = this.pageSize;
        },
      })}
      <button type="button" class="skip" @click=${() => this.renderRoot.querySelector<HTMLElement>('.results .status')?.focus()}>
        ${msg('Skip to results', { id: 'results.skip', desc: 'Keyboard shortcut link that jumps over the filters to the results.' })}
      </button>
      <div class="layout">
        ${renderFilterPanel(this.uid, facets, this.filtersOpen && this.layout !== 'compact', locale, filterHandlers, (open) => (this.filtersOpen = open))}
        <section class="results" aria-label=${msg('Results', { id: 'results.label', desc: 'Accessible name of the results region.' })}>
          ${renderChips(facets, filterHandlers)}
          <p class="status" part="status" tabindex="-1">${count}${relaxed ? html` <span class="relaxed">${relaxed}</span>` : nothing}</p>
          ${renderPartialNotice(this.loader.invalidCount, locale)}
          ${results.total === 0
            ? renderNoResults(this.query.trim() !== '', hasFilters, { clearFilters: () => this.clearFilters(), clearSearch: () => this.onInput('') })
            : html`<ul class="list" part="result-list" role="list">
                ${results.hits.map((hit) =>
                  renderResultCard(view(hit.resource), hit.matches, locale, level + 1, this.cardHandlers, this.shortlist.includes(hit.resource.id), this.toggleSaved),
                )}
              </ul>`}
          ${results.hits.length < results.total
            ? html`<button type="button" class="button more" part="more-button" @click=${() => this.showMore()}>
                ${msg('Show more', { id: 'results.more', desc: 'Button that shows the next page of results.' })}
              </button>`
            : nothing}
        </section>
      </div>`;
  }
}
