import { css } from 'lit';

/*
 * Public custom properties (--rf-*) are read once here into private ones (--_*); rules read only
 * the private names. Sizes are in px on :host and em inside, so a host's root font size neither
 * inflates nor shrinks the widget unless the host sets --rf-font-size. Layout uses logical
 * properties only, so dir="rtl" mirrors it.
 */
export const styles = css`
  :host {
    --_accent: var(--rf-accent, #0b57d0);
    --_on-accent: var(--rf-on-accent, #ffffff);
    --_text: var(--rf-text, #1f1f1f);
    --_muted: var(--rf-muted, #4a4f57);
    --_bg: var(--rf-background, #ffffff);
    --_surface: var(--rf-surface, #f3f5f8);
    --_border: var(--rf-border, #8a9099);
    --_radius: var(--rf-radius, 0.5em);
    --_font: var(--rf-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_size: var(--rf-font-size, 16px);
    --_focus: var(--rf-focus, var(--_accent));
    --_space: var(--rf-space, 1em);
    --_mark: var(--rf-mark, #fff3a3);
    --_alert: var(--rf-alert, #8a1c1c);
    --_alert-bg: var(--rf-alert-background, #fdecec);

    display: block;
    container-type: inline-size;
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: 1.5;
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    --_accent: var(--rf-accent, #a8c7fa);
    --_on-accent: var(--rf-on-accent, #062e6f);
    --_text: var(--rf-text, #e3e3e3);
    --_muted: var(--rf-muted, #c4c7c5);
    --_bg: var(--rf-background, #131314);
    --_surface: var(--rf-surface, #1e1f20);
    --_border: var(--rf-border, #8e918f);
    --_mark: var(--rf-mark, #5c4d00);
    --_alert: var(--rf-alert, #ffb4ab);
    --_alert-bg: var(--rf-alert-background, #3b1410);
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_accent: var(--rf-accent, #a8c7fa);
      --_on-accent: var(--rf-on-accent, #062e6f);
      --_text: var(--rf-text, #e3e3e3);
      --_muted: var(--rf-muted, #c4c7c5);
      --_bg: var(--rf-background, #131314);
      --_surface: var(--rf-surface, #1e1f20);
      --_border: var(--rf-border, #8e918f);
      --_mark: var(--rf-mark, #5c4d00);
      --_alert: var(--rf-alert, #ffb4ab);
      --_alert-bg: var(--rf-alert-background, #3b1410);
      color-scheme: dark;
    }
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    padding: var(--_space);
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  p,
  ul,
  dl,
  dd,
  fieldset {
    margin: 0;
  }
  ul {
    padding: 0;
    list-style: none;
  }
  .main-title {
    font-size: 1.5em;
    line-height: 1.25;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  :is(a, button, input, select, summary, .card):focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* Data text takes its direction from its own content: English fallback text in a right-to-left
     interface (or Arabic data in an English one) keeps its punctuation in place. */
  .title,
  .pin-title,
  .org,
  .summary,
  .note,
  dd,
  .badge,
  .check label,
  .chip {
    unicode-bidi: plaintext;
  }

  /* Pinned help */
  .pinned {
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
    background: var(--_surface);
  }
  .pinned > ul {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .pin-title {
    display: inline;
    font-size: 1.05em;
    margin-inline-end: 0.5em;
  }

  /* Search */
  .search {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75);
    align-items: flex-start;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .field.grow {
    flex: 1 1 16em;
  }
  label {
    font-weight: 600;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
  input[type='search'],
  select {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-block-size: 2.75em;
    padding-inline: 0.75em;
    inline-size: 100%;
  }

  /* Layout: filters beside results on wide containers */
  .layout {
    display: grid;
    gap: var(--_space);
  }
  @container (min-width: 52em) {
    :host(:not([layout='compact'])) .layout {
      grid-template-columns: minmax(14em, 1fr) 3fr;
      align-items: start;
    }
  }

  /* Filters */
  .filters {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .filters > summary {
    cursor: pointer;
    font-weight: 600;
    padding: 0.6em 0.75em;
    min-block-size: 2.75em;
  }
  .groups {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding: 0 0.75em 0.75em;
  }
  fieldset {
    border: 0;
    padding: 0;
    min-inline-size: 0;
  }
  legend {
    font-weight: 600;
    padding: 0;
    margin-block-end: 0.25em;
  }
  .check {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    min-block-size: 1.75em;
  }
  .check input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0.15em 0 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .check label {
    font-weight: normal;
  }
  .n,
  .count-pill {
    color: var(--_muted);
  }

  /* Chips */
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .chips ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .chip {
    font: inherit;
    font-size: 0.9em;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0.25em 0.75em;
    min-block-size: 2em;
    cursor: pointer;
  }
  .link-button {
    font: inherit;
    color: var(--_accent);
    background: none;
    border: 0;
    text-decoration: underline;
    cursor: pointer;
    min-block-size: 2em;
  }

  /* Results */
  .results {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    min-inline-size: 0;
  }
  .status {
    font-weight: 600;
  }
  .relaxed {
    font-weight: normal;
    color: var(--_muted);
  }
  .list {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
    display: flex;
    flex-direction: column;
    gap: 0.4em;
    overflow-wrap: anywhere;
  }
  .card .title {
    font-size: 1.1em;
    line-height: 1.3;
  }
  .org {
    color: var(--_muted);
    font-size: 0.925em;
  }
  mark {
    background: var(--_mark);
    color: inherit;
    border-radius: 0.15em;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
  }
  .badge {
    font-size: 0.8em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0.05em 0.6em;
    color: var(--_muted);
  }
  .badge.strong {
    color: var(--_text);
    font-weight: 600;
    border-color: var(--_accent);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .actions li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
  }
  .action,
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    color: var(--_on-accent);
    background: var(--_accent);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    min-block-size: 2.75em;
    padding: 0.25em 1em;
    cursor: pointer;
  }
  .button.secondary {
    color: var(--_accent);
    background: transparent;
  }
  .note {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .checked {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .more > summary {
    cursor: pointer;
    color: var(--_accent);
    min-block-size: 2em;
  }
  dl {
    display: grid;
    gap: 0.25em;
    margin-block-start: 0.5em;
  }
  dt {
    font-weight: 600;
  }
  .alert,
  .error {
    color: var(--_alert);
    background: var(--_alert-bg);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
  }
  .error {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    align-items: flex-start;
    color: var(--_text);
    border-inline-start: 4px solid var(--_alert);
  }
  .notice {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .empty {
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .empty-title {
    font-weight: 600;
  }
  .empty-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .more-button,
  .button.more {
    align-self: flex-start;
  }

  /* Loading placeholder: reserves roughly the space of the first cards so nothing jumps. */
  .placeholder {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    min-block-size: 24em;
  }
  .ghost {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    display: grid;
    gap: 0.6em;
    opacity: 0.6;
  }
  .ghost span {
    display: block;
    block-size: 0.9em;
    background: var(--_surface);
    border-radius: 0.25em;
  }
  .ghost span:first-child {
    inline-size: 60%;
    block-size: 1.2em;
  }

  :host([layout='compact']) .card {
    padding: 0.5em 0.75em;
  }
  :host([layout='compact']) .hint,
  :host([layout='compact']) .badges {
    display: none;
  }

  @media (forced-colors: active) {
    .action,
    .button {
      forced-color-adjust: none;
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    mark {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
    }
    .badge.strong,
    .pinned {
      border-color: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
`;

export const exitStyles = css`
  .exit-bar {
    position: sticky;
    inset-block-start: 0;
    z-index: 2;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: 0.25em 0.75em;
    padding-block: 0.25em;
    background: var(--_bg);
  }
  .exit {
    font: inherit;
    font-weight: 700;
    color: #ffffff;
    background: var(--rf-exit-background, #b3261e);
    border: 2px solid var(--rf-exit-background, #b3261e);
    border-radius: var(--_radius);
    min-block-size: 2.75em;
    padding: 0.25em 1.25em;
    cursor: pointer;
  }
  .exit-hint {
    font-size: 0.85em;
    color: var(--_muted);
  }
  @media (pointer: coarse) {
    .exit-hint {
      display: none;
    }
  }
  .exit-overlay:not(.on):not(:popover-open) {
    display: none;
  }
  .exit-overlay.on,
  .exit-overlay:popover-open {
    display: block;
    position: fixed;
    inset: 0;
    inline-size: 100vw;
    block-size: 100vh;
    max-inline-size: none;
    max-block-size: none;
    margin: 0;
    padding: 0;
    border: 0;
    background: Canvas;
    z-index: 2147483647;
  }
  .safety {
    font-size: 0.9em;
    color: var(--_muted);
  }
  .safety > summary {
    cursor: pointer;
    color: var(--_accent);
    min-block-size: 2em;
  }
  .safety ul {
    list-style: disc;
    padding-inline-start: 1.25em;
    display: grid;
    gap: 0.25em;
  }
  @media (forced-colors: active) {
    .exit {
      forced-color-adjust: none;
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
  }
  .shortlist {
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em;
    display: grid;
    gap: 0.5em;
  }
  .shortlist-title {
    font-weight: 600;
  }
  .shortlist li {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    align-items: baseline;
  }
  .shortlist-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .print-only {
    display: none;
  }
  .save {
    align-self: flex-start;
  }
  @media print {
    .print-only {
      display: block;
      inline-size: 100%;
    }
    .no-print,
    .save,
    .has-list .results,
    .title a[href] .visually-hidden {
      display: none !important;
    }
    .title a[href]::after {
      content: ' ' attr(href);
      font-weight: normal;
      font-size: 0.8em;
    }
    .exit-bar,
    .exit-overlay,
    .safety,
    .search,
    .filters,
    .chips,
    .more,
    .button.more {
      display: none !important;
    }
    .card {
      break-inside: avoid;
    }
  }
`;
