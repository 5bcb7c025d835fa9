/**
 * The `api=` source's requests: one search at a time, typing debounced, a superseded request
 * aborted, "Show more" as the next page, a timeout, one retry when a 429/503 says when (Retry-After),
 * and rf-load / rf-load-error like a bundle.
 * Owns: timing and the pages answered so far. Does not own: URLs, checking answers or the view
 * (core/remote-source.ts), nor anything shown.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import type { LoadStatus } from './load-task.js';
import { LoadError, loadBundleJson } from '../core/load.js';
import { readSearchPage, remoteView, searchParams, searchUrl, type RemoteLocal, type RemotePage, type RemoteState } from '../core/remote-source.js';
import type { Bundle } from '../core/types.js';
import type { ResourceView } from '../core/resource-view.js';
import type { FinderView } from '../core/view-model.js';
import { RfLoadErrorEvent, RfLoadEvent } from '../events.js';
import { loadLocal, loadValidator, localPart } from '../parts/index.js';

/** Longest Retry-After waited for (seconds); a longer one leaves the error and "Try again" to the visitor. */
const MAX_RETRY_AFTER = 60;

export class RemoteSource implements ReactiveController {
  private api = '';
  private timeoutMs = 15000;
  /** Pages answered for the current search (`key`), page 1 first. */
  private pages: RemotePage[] = [];
  private key = '';
  private state?: RemoteState;
  private request?: AbortController;
  private timer?: ReturnType<typeof setTimeout>;
  private loaded = false;
  /** The last search (key and page) retried after a Retry-After: each is retried once. */
  private retried = '';
  private readonly known = new Map<string, ResourceView>();
  /** The service's ZIP and city points as a bundle the local part's placePoint reads (GET /places, once per `api`). */
  private places?: Bundle;
  /** The `api` the local part and place table were asked for (a new `api` asks again). */
  private localFor = '';
  error?: LoadError;

  constructor(
    private readonly host: ReactiveElement,
    /** Called after the first answer of a new `api` (the element's `ready`). */
    private readonly onReady: () => void,
    /** Typing pause before a new search is sent, in ms. */
    private readonly delayMs = 250,
  ) {
    host.addController(this);
  }

  /** As the load task's: error after a failure, complete once answered, else pending (the loading state). */
  get status(): LoadStatus {
    return this.error ? 'error' : this.pages.length ? 'complete' : 'pending';
  }

  /**
   * The place and hours row to show (as the model's `local`), once the service said its data has
   * sites or hours; the first ask loads the local part and, with sites, the place table (GET /places).
   */
  get local(): RemoteLocal | undefined {
    const local = this.pages[0]?.local;
    const api = this.api;
    if (local && this.localFor != api) {
      this.localFor = api;
      this.places = undefined;
      // Without the table a typed place reads as not found; searching goes on.
      loadLocal()
        .then(() => (this.host.requestUpdate(), local.near && loadBundleJson(`${api.replace(/\/+$/, '')}/places`)))
        .then((table) => api == this.api && table && (this.places = table as Bundle), () => {});
    }
    return local && localPart ? local : undefined;
  }

  /** A typed ZIP or city → a point, in the page, from the service's table (as the model's `place`). */
  place(text: string) {
    return this.places && localPart?.placePoint(text, this.places);
  }

  /** Starts over against `api` (a service's base URL): forgets pages and asks again; rf-load follows the first answer. */
  reset(api: string, timeoutMs: number) {
    Object.assign(this, { api, timeoutMs, loaded: false, key: '' });
    this.pages = [];
    this.error = undefined;
    if (this.state) this.view(this.state);
    this.host.requestUpdate();
  }

  /**
   * The view of the answers so far for `state`, asking the service when the state needs what is not
   * there yet: a new search (after a typing pause when only the text changed), or the next page.
   * While a new search is on its way the previous answer stays shown. Undefined before the first answer.
   */
  view(state: RemoteState): FinderView | undefined {
    const key = String(searchParams(state)) + `&per_page=${state.pageSize}`;
    const textOnly = this.state !== undefined && this.pages.length > 0 && key !== this.key && state.query !== this.state.query;
    this.state = state;
    if (key !== this.key) {
      this.key = key;
      this.send(1, textOnly ? this.delayMs : 0);
    } else if (this.pages.length && !this.request && !this.error) {
      const shown = this.pages.reduce((n, p) => n + p.hits.length, 0);
      const more = shown < this.pages[0]!.status.total && this.pages[this.pages.length - 1]!.hits.length > 0;
      if (more && shown < state.limit) this.send(this.pages.length + 1, 0);
    }
    const current = this.pages.length ? this.pages : undefined;
    return current && !this.error ? { ...remoteView(current, state, this.known), pending: !!this.request } : undefined;
  }

  private send(page: number, delay: number) {
    this.cancel();
    const state = this.state!;
    const key = this.key;
    const request = (this.request = new AbortController());
    this.timer = setTimeout(() => void this.fetchPage(request, key, page, state), delay);
  }

  private async fetchPage(request: AbortController, key: string, page: number, state: RemoteState) {
    try {
      // The validator part loads (once) while the first request is on its way.
      const [json, validator] = await Promise.all([loadBundleJson(searchUrl(this.api, state, page), { signal: request.signal, timeoutMs: this.timeoutMs }), loadValidator()]);
      const answer = readSearchPage(json, validator);
      if (request.signal.aborted) return;
      for (const v of [...answer.hits, ...answer.pinned]) this.known.set(v.id, v);
      this.pages = page === 1 ? [answer] : [...this.pages, answer];
      this.error = undefined;
      if (!this.loaded) {
        this.loaded = true;
        this.host.dispatchEvent(new RfLoadEvent(answer.status.total, answer.invalid));
        this.onReady();
      }
    } catch (e) {
      if (request.signal.aborted || key !== this.key) return;
      this.error = LoadError.from(e);
      console.error(`<resource-finder>: the search service at "${this.api}" failed: ${this.error.message}`);
      this.host.dispatchEvent(new RfLoadErrorEvent(this.error.kind, this.error.status, this.error.message));
      // The service said when to come back (busy, or its database down): the error and help show meanwhile, then one more try.
      const wait = this.error.retryAfter!;
      if (wait <= MAX_RETRY_AFTER && this.retried != key + page) {
        this.retried = key + page;
        const again = (this.request = new AbortController());
        this.timer = setTimeout(() => void this.fetchPage(again, key, page, state), wait * 1000);
      }
    } finally {
      if (this.request === request) this.request = undefined;
    }
    this.host.requestUpdate();
  }

  private cancel() {
    clearTimeout(this.timer);
    this.request?.abort();
    this.request = undefined;
  }

  hostDisconnected() {
    this.cancel();
    this.key = '';
  }
}
