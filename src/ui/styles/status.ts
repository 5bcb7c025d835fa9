import { css } from 'lit';

/** The loading placeholder. */
export const statusStyles = css`
  /* Loading placeholder: reserves about the space of the first cards, so nothing jumps. */
  .placeholder {
    min-block-size: 24em;
  }
  .ghost {
    block-size: 7em;
    opacity: 0.5;
    background: var(--_surface);
  }

`;
