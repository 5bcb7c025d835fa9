/**
 * Which language the page asks an element for: the visitor's pick in the switch (memory only), else
 * its own `lang`, else the nearest container's below <html> (across shadow roots), else the first
 * browser language the UI has, else <html lang> (core/locale.ts preferredLanguage). Follows later changes anywhere above it, e.g. a site's
 * language switcher changing <html lang>. Owns: the requested tag. Does not own: which available
 * locale serves it (core/locale.ts).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pickLocale, preferredLanguage, sharedLocales } from '../core/locale.js';
import { BUILTIN_HELP_LOCALES } from '../core/builtin-help.js';
import { uiLocales, type Translations } from '../i18n/localization.js';

export class LangController implements ReactiveController {
  /** The BCP 47 tag asked for, e.g. "es-MX". */
  requested = '';
  /** The visitor's pick in the language switch; never stored. */
  private chosen = '';
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

  /** The UI locale serving the requested tag: built-in catalogues plus the host's `translations`. */
  uiLocale(translations: Translations | undefined): string {
    return pickLocale(this.requested, uiLocales(translations), 'en');
  }

  /** Locales the switch offers: the UI's (with `translations`) that the data also has (before data: the built-in help's). */
  offered(translations: Translations | undefined, dataLocales: readonly string[] = BUILTIN_HELP_LOCALES): string[] {
    return sharedLocales(uiLocales(translations), dataLocales);
  }

  /** The visitor picked `locale` in the switch. */
  choose(locale: string) {
    this.chosen = locale;
    this.refresh();
  }

  /** Reads the tag again; re-renders the host when it changed. */
  refresh() {
    const next = this.find();
    if (next === this.requested) return;
    this.requested = next;
    this.host.requestUpdate();
  }

  private find(): string {
    let scoped: string | undefined;
    let node: Node | null = this.host.parentNode;
    while (node && !scoped) {
      if (node instanceof Element && node !== document.documentElement) scoped = node.getAttribute('lang') || undefined;
      node = node instanceof ShadowRoot ? node.host : node.parentNode;
    }
    const browser = navigator.languages?.length ? navigator.languages : [navigator.language].filter(Boolean);
    // The element's own `lang` property: it may be set without the attribute.
    return preferredLanguage({ chosen: this.chosen, own: this.host.lang, scoped, browser, page: document.documentElement.lang || undefined }, uiLocales(undefined));
  }
}
