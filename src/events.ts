/**
 * Every event <resource-finder> dispatches: typed classes, one `rf-` prefix, kebab-case,
 * bubbling and composed so a host can listen on the element or any ancestor.
 * Programmatic changes (properties, public methods) never fire the user-action events.
 */
import type { Problem } from './core/types.js';
import type { LoadErrorKind } from './core/load.js';

const init = (cancelable = false): EventInit => ({ bubbles: true, composed: true, cancelable });

/** The bundle loaded and the list is shown. */
export class RfLoadEvent extends Event {
  constructor(
    readonly total: number,
    readonly invalid: number,
  ) {
    super('rf-load', init());
  }
}

/** The bundle could not be loaded at all. */
export class RfLoadErrorEvent extends Event {
  constructor(
    readonly kind: LoadErrorKind,
    readonly status: number | undefined,
    readonly message: string,
  ) {
    super('rf-load-error', init());
  }
}

/** The bundle loaded, but some entries were invalid and are not shown. */
export class RfInvalidDataEvent extends Event {
  constructor(readonly problems: readonly Problem[]) {
    super('rf-invalid-data', init());
  }
}

/** The visitor typed a search (fired once typing pauses). */
export class RfSearchEvent extends Event {
  constructor(
    readonly query: string,
    readonly total: number,
  ) {
    super('rf-search', init());
  }
}

/** The visitor changed the filters. */
export class RfFilterChangeEvent extends Event {
  constructor(readonly filters: Readonly<Record<string, readonly string[]>>) {
    super('rf-filter-change', init());
  }
}

/** The visitor is about to open a resource's link. Cancel to handle it yourself. */
export class RfResourceOpenEvent extends Event {
  constructor(
    readonly resourceId: string,
    readonly href: string,
  ) {
    super('rf-resource-open', init(true));
  }
}

/** The visitor used a contact action (call, text, TTY, e-mail). */
export class RfContactEvent extends Event {
  constructor(
    readonly resourceId: string,
    readonly channel: 'call' | 'text' | 'tty' | 'email',
    readonly href: string,
  ) {
    super('rf-contact', init());
  }
}

/** Quick exit is about to leave the page. Cancel to stop it (e.g. to clear your own session first and exit yourself). */
export class RfExitEvent extends Event {
  constructor(readonly url: string) {
    super('rf-exit', init(true));
  }
}

declare global {
  interface HTMLElementEventMap {
    'rf-load': RfLoadEvent;
    'rf-load-error': RfLoadErrorEvent;
    'rf-invalid-data': RfInvalidDataEvent;
    'rf-search': RfSearchEvent;
    'rf-filter-change': RfFilterChangeEvent;
    'rf-resource-open': RfResourceOpenEvent;
    'rf-contact': RfContactEvent;
    'rf-exit': RfExitEvent;
  }
}
