/**
 * Which language the page asks an element for: its own `lang`, else the nearest ancestor's (across
 * shadow roots), else the browser's. Follows later changes anywhere above it, e.g. a site's
 * language switcher changing <html lang>. Owns: the requested tag. Does not own: which available
 * locale serves it (core/locale.ts).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pickLocale } from '../core/locale.js';
import { catalogueLoaded, loadCatalogue, uiLocales, type Translations } from '../i18n/localization.js';

export class LangController implements ReactiveController {
  /** The BCP 47 tag asked for, e.g. "es-MX". */
  requested = '';
  private observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected() {
    this.refresh();
    this.observer = new MutationObserver(() => this.refresh());
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected() {
    this.observer?.disconnect();
  }

  /**
   * The UI locale serving the requested tag: built-in catalogues plus the host's `translations`.
   * A built-in catalogue not loaded yet starts loading; the host renders again when it is there.
   */
  uiLocale(translations: Translations | undefined): string {
    const locale = pickLocale(this.requested, uiLocales(translations), 'en');
    if (!catalogueLoaded(locale)) void loadCatalogue(locale).then(() => this.host.requestUpdate());
    return locale;
  }

  /** Reads the tag again; re-renders the host when it changed. */
  refresh() {
    const next = this.find();
    if (next === this.requested) return;
    this.requested = next;
    this.host.requestUpdate();
  }

  private find(): string {
    // The element's own `lang` property first: it may be set without the attribute.
    if (this.host.lang) return this.host.lang;
    let node: Node | null = this.host.parentNode;
    while (node) {
      if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
      node = node instanceof ShadowRoot ? node.host : node.parentNode;
    }
    return navigator.languages?.[0] ?? navigator.language ?? 'en';
  }
}
