import { css } from 'lit';

/** Language switch, featured buttons, the phone's filter sheet, the Exit offset, no-results help. */
export const phoneStyles = css`
  /* Exit stays below a sticky host header; results scrolled into view stay below both. */
  .exit-bar {
    inset-block-start: var(--rf-exit-offset, 0px);
  }
  .results .status {
    scroll-margin-block-start: calc(var(--rf-exit-offset, 0px) + 6em);
  }
  .lang-switch,
  .featured ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .lang-switch {
    justify-content: flex-end;
  }
  .lang-switch .chip {
    min-block-size: 2.75em;
  }
  .lang-switch [aria-pressed='true'] {
    font-weight: 700;
    color: var(--_on-accent);
    background: var(--_accent);
    border-color: var(--_accent);
  }
  .tap {
    min-block-size: 2.75em;
    padding: 0.4em 0.75em;
    text-align: start;
    font-weight: 600;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .tap .n,
  .empty-help .note {
    color: var(--_muted);
    font-weight: 400;
  }
  .show-results {
    margin: 0 0.75em 0.75em;
  }
  .email {
    overflow-wrap: anywhere;
  }
  @container (min-width: 52em) {
    :host(:not([layout='compact'])) .show-results {
      display: none;
    }
  }
  /* Phone: the help box stays short so search and categories reach the first screen. */
  @container (max-width: 37.5em) {
    .pinned .note {
      font-size: 0.875em;
    }
    .pinned > ul {
      gap: 0.5em;
    }
  }
`;
