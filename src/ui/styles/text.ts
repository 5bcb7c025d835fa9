import { css } from 'lit';

/** Text: headings, titles, publisher, summary, badges, details, marks. */
export const textStyles = css`
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
  .relaxed,
  .pending {
    font-weight: normal;
  }
  /* Shown only when the wait lasts: a fast network never flashes it. */
  .pending {
    opacity: 0;
    animation: rf-show 0s 0.4s forwards;
  }
  @keyframes rf-show {
    to {
      opacity: 1;
    }
  }
  .hint,
  .org,
  .n,
  .note,
  .checked,
  .relaxed,
  .pending,
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

`;
