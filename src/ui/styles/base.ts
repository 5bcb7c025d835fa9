import { css } from 'lit';

/*
 * Public custom properties (--rf-*) are read once here into private ones (--_*); rules read only
 * the private names. Light and dark values sit side by side in light-dark(), chosen by
 * color-scheme (theme="dark", or theme="auto" to follow the system). Sizes are px on :host and em
 * inside, so a host's root font size neither inflates nor shrinks the widget unless the host sets
 * --rf-font-size. Layout uses logical properties only, so dir="rtl" mirrors it.
 */
/** Host, design tokens (--rf-* → --_*), resets, focus, visually-hidden, direction of data text. */
export const baseStyles = css`
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

`;
