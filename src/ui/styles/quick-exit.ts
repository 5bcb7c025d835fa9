import { css } from 'lit';

/** Quick exit: the button bar, the overlay, the safety note. */
export const quickExitStyles = css`
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

`;
