import { css } from 'lit';

/** The filter panel beside the results on wide containers, folded on narrow ones. */
export const filterPanelStyles = css`
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

`;
