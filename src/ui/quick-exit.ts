/**
 * Quick exit: the "Exit this page" button, the Shift ×3 shortcut anywhere on the page, the
 * neutral overlay, and forgetting the search when the page is hidden (pagehide) or comes back from
 * the back/forward cache (pageshow).
 * One listener serves the whole page however many widgets it has, and none when the host page
 * already has its own quick exit (GOV.UK's component or an element marked data-quick-exit).
 * Key events are only observed: never prevented, never stopped.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import { createShiftSequence } from '../core/shift-sequence.js';
import { safeHref } from '../core/links.js';

export const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';
const PRESSES = 3;

/** What the element does for quick exit; the controller decides when. */
export interface ExitActions {
  /** Whether quick exit is on for this element (the shortcut skips elements with it off). */
  enabled(): boolean;
  /** Leaves the page (the shortcut's third press). */
  exit(): void;
  /** Forgets the visitor's search and list, e.g. when the page comes back from the back/forward cache. */
  forget(): void;
}

const hosts = new Set<QuickExit>();
const sequence = createShiftSequence(PRESSES, 5000);
let listening = false;

function hostPageHasOwnExit() {
  return !!document.querySelector('.govuk-exit-this-page, [data-module="govuk-exit-this-page"], [data-quick-exit]');
}

/** The widget that answers the shortcut: the first connected one with quick exit on. */
function owner(): QuickExit | undefined {
  for (const exit of hosts) if (exit.host.isConnected && exit.actions.enabled()) return exit;
  return undefined;
}

function onKeydown(event: KeyboardEvent) {
  const pressed = sequence.keydown(event.key, event.repeat, event.timeStamp);
  if (!pressed) owner()?.announce(0);
}

function onKeyup(event: KeyboardEvent) {
  if (event.key !== 'Shift' || hostPageHasOwnExit()) return;
  const pressed = sequence.keyup(event.key, event.timeStamp);
  const exit = owner();
  if (!exit || !pressed) return;
  if (pressed >= PRESSES) exit.actions.exit();
  else exit.announce(pressed);
}

function onPageShow(event: PageTransitionEvent) {
  if (event.persisted) for (const exit of hosts) exit.restore();
}

/** Leaving the page (a link, Exit, closing the tab): forget the search before the page is frozen or cached. */
function onPageHide() {
  for (const exit of hosts) exit.actions.forget();
}

export class QuickExit implements ReactiveController {
  /** Presses so far, for the polite announcement; 0 = say nothing. */
  pressed = 0;
  overlayOpen = false;

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    readonly actions: ExitActions,
  ) {
    host.addController(this);
  }

  hostConnected() {
    hosts.add(this);
    if (!listening) {
      listening = true;
      document.addEventListener('keydown', onKeydown, { capture: true, passive: true });
      document.addEventListener('keyup', onKeyup, { capture: true, passive: true });
      window.addEventListener('pageshow', onPageShow);
      window.addEventListener('pagehide', onPageHide);
    }
  }

  hostDisconnected() {
    hosts.delete(this);
    if (!hosts.size && listening) {
      listening = false;
      document.removeEventListener('keydown', onKeydown, { capture: true });
      document.removeEventListener('keyup', onKeyup, { capture: true });
      window.removeEventListener('pageshow', onPageShow);
      window.removeEventListener('pagehide', onPageHide);
      sequence.reset();
    }
  }

  announce(pressed: number) {
    if (this.pressed === pressed) return;
    this.pressed = pressed;
    this.host.requestUpdate();
  }

  /**
   * The visitor is leaving: forgets their search and list, and shows the overlay at once (top layer
   * when the browser has popovers, so host stacking cannot cover it).
   */
  showOverlay(overlay: HTMLElement | null) {
    this.actions.forget();
    this.overlayOpen = true;
    this.pressed = 0;
    // Older browsers without popovers still get the fixed, full-screen overlay from its class.
    if (hasPopover && overlay && !overlay.matches(':popover-open')) overlay.showPopover();
    this.host.requestUpdate();
  }

  /** Covers the page, then leaves for `url`. replace(), not assign(): Back must not return here. */
  leave(url: string, overlay: HTMLElement | null) {
    this.showOverlay(overlay);
    location.replace(url);
  }

  restore() {
    this.overlayOpen = false;
    this.pressed = 0;
    this.actions.forget();
    const overlay = this.host.shadowRoot?.querySelector<HTMLElement>('.exit-overlay');
    if (hasPopover && overlay?.matches(':popover-open')) overlay.hidePopover();
    this.host.requestUpdate();
  }
}

/** The address to leave for: the host's choice when it is a safe http(s) link, else the default. */
export function exitTarget(url: string | undefined): string {
  let safe: string | null = null;
  try {
    // A path on the host's own site (e.g. "/weather") is fine: resolve it first, then check it.
    safe = url ? safeHref(new URL(url, document.baseURI).href) : null;
  } catch {
    // not a URL at all
  }
  return safe && /^https?:/.test(safe) ? safe : DEFAULT_EXIT_URL;
}

export function renderExitButton(exit: QuickExit, onExit: () => void) {
  const remaining = PRESSES - exit.pressed;
  return html`<div class="exit-bar">
      <button type="button" class="exit" part="exit-button" @click=${onExit}>
        ${msg('Exit this page', { id: 'exit.button', desc: 'Quick-exit button: leaves the page at once for a neutral site.' })}
      </button>
      <span class="exit-hint">${msg('Or press Shift 3 times', { id: 'exit.hint', desc: 'Hint beside the quick-exit button about the keyboard shortcut.' })}</span>
    </div>
    <p class="visually-hidden" role="status">
      ${exit.pressed
        ? remaining === 1
          ? msg('Shift pressed. Press Shift 1 more time to exit this page.', { id: 'exit.remainingOne', desc: 'Announced while the visitor presses Shift to exit; one press left.' })
          : msg(str`Shift pressed. Press Shift ${remaining} more times to exit this page.`, { id: 'exit.remainingOther', desc: 'Announced while the visitor presses Shift to exit; {0} presses left.' })
        : nothing}
    </p>`;
}

const hasPopover = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

export function renderExitOverlay(exit: QuickExit) {
  // With popovers the overlay sits in the top layer, above any host stacking context; without, a fixed element.
  return html`<div class="exit-overlay ${exit.overlayOpen && !hasPopover ? 'on' : ''}" popover="manual" aria-hidden="true"></div>`;
}

/** The "Browsing safely" note; `remote`: searches go to the site's search service, so it says so. */
export function renderSafetyNote(remote = false) {
  return html`<details class="safety" part="safety-note">
    <summary>${msg('Browsing safely', { id: 'safety.title', desc: 'Expandable note about staying safe while browsing.' })}</summary>
    <ul>
      <li>${msg('"Exit this page" covers this page at once and opens a weather site in this tab. The Back button will not return here.', { id: 'safety.exit', desc: 'What the exit button does.' })}</li>
      <li>${msg('It does not close other tabs or windows. Close any you opened yourself.', { id: 'safety.tabs', desc: 'What the exit button does not close.' })}</li>
      <li>${msg('It cannot erase your browser history. This page may still show in your history: use a private or incognito window, or delete this page from your history afterwards.', { id: 'safety.history', desc: 'What the exit button cannot do.' })}</li>
      <li>${msg('Searches here are not saved and nothing is stored on your device.', { id: 'safety.noTraces', desc: 'Privacy promise.' })}</li>
      ${remote ? html`<li>${msg('Your searches are sent to this site\'s own server to find resources.', { id: 'safety.remote', desc: 'Privacy note shown only when the list is searched on the site\'s server (api attribute).' })}</li>` : nothing}
      <li>${msg('If someone may be checking your phone or computer, use a device they cannot reach, such as one at a library, a friend\'s, or at work.', { id: 'safety.device', desc: 'Advice to use a safer device.' })}</li>
      <li>${msg('For confidential help at any time, use the contacts under "Get help now".', { id: 'safety.hotline', desc: 'Points to the pinned hotline box; "Get help now" is its name (pinned.label).' })}</li>
    </ul>
  </details>`;
}
