import { css } from 'lit';

/*
 * Public custom properties (--rf-*) are read once here into private ones (--_*); rules read only
 * the private names. Light and dark values sit side by side in light-dark(), chosen by
 * color-scheme (theme="dark", or theme="auto" to follow the system). Sizes are px on :host and em
 * inside, so a host's root font size neither inflates nor shrinks the widget unless the host sets
 * --rf-font-size. Layout uses logical properties only, so dir="rtl" mirrors it.
 */
export const styles = css`
  :host {
    --_accent: var(--rf-accent, light-dark(#0b57d0, #a8c7fa));
    --_on-accent: var(--rf-on-accent, light-dark(#fff, #062e6f));
    --_text: var(--rf-text, light-dark(#1f1f1f, #e3e3e3));
    --_muted: var(--rf-muted, light-dark(#4a4f57, #c4c7c5));
    --_bg: var(--rf-background, light-dark(#fff, #131314));
    --_surface: var(--rf-surface, light-dark(#f3f5f8, #1e1f20));
    --_border: var(--rf-border, light-dark(#8a9099, #8e918f));
    --_mark: var(--rf-mark, light-dark(#fff3a3, #5c4d00));
    --_alert: var(--rf-alert, light-dark(#8a1c1c, #ffb4ab));
    --_alert-bg: var(--rf-alert-background, light-dark(#fdecec, #3b1410));
    --_exit: var(--rf-exit-background, #b3261e);
    --_radius: var(--rf-radius, 0.5em);
    --_focus: var(--rf-focus, var(--_accent));
    --_space: var(--rf-space, 1em);
    --_gap: calc(var(--_space) * 0.75);
    display: block;
    container-type: inline-size;
    color-scheme: light;
    color: var(--_text);
    background: var(--_bg);
    font: var(--rf-font-size, 16px) / 1.5 var(--rf-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    text-align: start;
    /* Inherited text styles of the host page stop here (a site's letter-spacing, capitals,
       pre-wrap or user-select: none must not reach phone numbers and summaries). */
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    hyphens: manual;
    font-style: normal;
    font-variant: normal;
    cursor: auto;
    user-select: text;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
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
    padding: 0;
  }
  ul {
    list-style: none;
  }
  fieldset {
    border: 0;
    min-inline-size: 0;
  }
  a,
  .link-button,
  summary {
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
  /* Data text takes its direction from its own content, so English fallback text in a right-to-left
     interface (or Arabic data in an English one) keeps its punctuation in place. */
  .title,
  .pin-title,
  .org,
  .summary,
  .note,
  dd,
  .badge {
    unicode-bidi: plaintext;
  }

  /* Stacks and rows */
  .base,
  .results,
  .card,
  .field,
  .error,
  .empty,
  .shortlist {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
  .base {
    padding: var(--_space);
  }
  .card,
  .field {
    gap: 0.4em;
  }
  .search,
  .chips,
  .chips ul,
  .actions,
  .actions li,
  .badges,
  .empty-actions,
  .shortlist li,
  .shortlist-actions,
  .exit-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .list,
  .pinned > ul,
  .groups,
  .placeholder,
  .safety ul,
  dl {
    display: grid;
    gap: var(--_gap);
  }

  /* Boxes */
  .pinned,
  .filters,
  .card,
  .empty,
  .shortlist,
  .ghost,
  input,
  select,
  .chip,
  .badge {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .pinned,
  .card,
  .empty,
  .shortlist {
    padding: var(--_gap);
  }
  .pinned {
    border: 2px solid var(--_accent);
  }
  .pinned,
  .filters,
  .chip {
    background: var(--_surface);
  }
  .empty,
  .shortlist {
    border-style: dashed;
  }

  /* Text */
  .main-title {
    font-size: 1.5em;
    line-height: 1.25;
  }
  .title,
  .pin-title {
    font-size: 1.1em;
    line-height: 1.3;
  }
  .pin-title {
    display: inline;
    margin-inline-end: 0.5em;
  }
  label,
  legend,
  summary,
  .status,
  .empty-title,
  .shortlist-title,
  dt,
  .strong {
    font-weight: 600;
  }
  .check label,
  .relaxed {
    font-weight: normal;
  }
  .hint,
  .org,
  .n,
  .note,
  .checked,
  .relaxed,
  .badge,
  .exit-hint,
  .safety {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .badge {
    font-size: 0.8em;
    border-radius: 1em;
    padding: 0 0.6em;
  }
  .badge.strong {
    color: var(--_text);
    border-color: var(--_accent);
  }
  mark {
    background: var(--_mark);
    color: inherit;
  }
  .card {
    overflow-wrap: anywhere;
  }

  /* Controls: every target at least 44 px (2.75em) tall, or 32 px for inline links */
  input,
  select,
  button {
    font: inherit;
    color: inherit;
  }
  input[type='search'],
  select {
    background: var(--_bg);
    min-block-size: 2.75em;
    padding-inline: 0.75em;
    inline-size: 100%;
  }
  .search {
    align-items: flex-start;
  }
  .field.grow {
    flex: 1 1 16em;
  }
  .action,
  .button,
  .exit,
  .skip {
    display: inline-flex;
    align-items: center;
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
    background: none;
  }
  .exit {
    color: #fff;
    background: var(--_exit);
    border-color: var(--_exit);
  }
  .chip {
    border-radius: 1em;
    padding: 0.25em 0.75em;
    min-block-size: 2em;
    cursor: pointer;
  }
  .link-button {
    background: none;
    border: 0;
    padding: 0;
    text-decoration: underline;
    cursor: pointer;
    min-block-size: 2em;
  }
  summary {
    cursor: pointer;
    min-block-size: 2em;
  }
  .save,
  .more,
  .button.more {
    align-self: flex-start;
  }

  /* "Skip to results": invisible until a keyboard user reaches it. */
  .skip:not(:focus) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .skip:focus {
    align-self: flex-start;
  }

  /* Filters beside the results on wide containers */
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
  .filters > summary {
    padding: 0.6em 0.75em;
  }
  .groups {
    padding: 0 0.75em 0.75em;
  }
  .check {
    display: flex;
    gap: 0.5em;
    min-block-size: 1.75em;
  }
  .check input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0.15em 0 0;
    flex: none;
    accent-color: var(--_accent);
  }

  .alert,
  .error {
    background: var(--_alert-bg);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
  }
  .alert {
    color: var(--_alert);
  }
  .error {
    align-items: flex-start;
    border-inline-start: 4px solid var(--_alert);
  }

  /* Loading placeholder: reserves about the space of the first cards, so nothing jumps. */
  .placeholder {
    min-block-size: 24em;
  }
  .ghost {
    block-size: 7em;
    opacity: 0.5;
    background: var(--_surface);
  }

  /* Quick exit */
  .exit-bar {
    position: sticky;
    inset-block-start: 0;
    z-index: 2;
    justify-content: flex-end;
    padding-block: 0.25em;
    background: var(--_bg);
  }
  .exit-overlay:not(.on):not(:popover-open),
  .print-only {
    display: none;
  }
  .exit-overlay {
    position: fixed;
    inset: 0;
    inline-size: 100vw;
    block-size: 100vh;
    max-inline-size: none;
    max-block-size: none;
    margin: 0;
    border: 0;
    background: Canvas;
    z-index: 2147483647;
  }
  .safety ul {
    list-style: disc;
    padding-inline-start: 1.25em;
    gap: 0.25em;
  }

  :host([layout='compact']) .card {
    padding: 0.5em 0.75em;
  }
  :host([layout='compact']) :is(.hint, .badges) {
    display: none;
  }
  @media (pointer: coarse) {
    .exit-hint {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .action,
    .button,
    .exit {
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
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media print {
    .print-only {
      display: block;
      inline-size: 100%;
    }
    .no-print,
    .save,
    .has-list .results,
    .title a[href] .visually-hidden,
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
    .title a[href]::after {
      content: ' ' attr(href);
      font-weight: normal;
      font-size: 0.8em;
    }
    .card {
      break-inside: avoid;
    }
  }
`;
