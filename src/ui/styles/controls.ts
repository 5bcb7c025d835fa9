import { css } from 'lit';

/** Controls (buttons, inputs, chips, checkboxes: every target ≥ 44 px) and "Skip to results". */
export const controlsStyles = css`
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

`;
