import { css } from 'lit';

/** Compact layout, coarse pointers, forced colours, reduced motion and print. */
export const modesStyles = css`
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
