import { css } from 'lit';

/** The place and time row, the place and hours lines of cards, big filter groups. */
export const placeStyles = css`
  .place-row,
  .place-input {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.5em;
  }
  .place-input input {
    flex: 1 1 8em;
    min-block-size: 2.75em;
    padding-inline: 0.75em;
    background: var(--_bg);
  }
  .place .check {
    align-items: center;
    min-block-size: 2.75em;
  }
  .place p {
    margin: 0.25em 0 0;
  }
  .place-error {
    color: var(--_alert);
  }
  .hours.open {
    font-weight: 600;
  }
  .hours,
  .where {
    margin: 0;
  }
  .directions {
    display: inline-block;
    min-block-size: 2em;
    line-height: 2;
    color: var(--_accent);
  }
  .anywhere {
    display: grid;
    gap: var(--_gap);
  }
  .facet-filter {
    inline-size: 100%;
    min-block-size: 2.75em;
    padding-inline: 0.5em;
    background: var(--_bg);
    margin-block-end: 0.25em;
  }
  .drill {
    margin-inline-start: auto;
  }
`;
