import { css } from 'lit';

/** Stacks and rows; boxes (cards, panels, pinned help, notices). */
export const layoutStyles = css`
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


  /* Render less: cards after the first few and filter groups after the first two skip layout and
     paint while off screen; the first screenful always renders, so no empty box shows where the
     visitor looks, and 'auto' keeps each box's last real size so nothing jumps when it renders. */
  .list > .card:nth-child(n + 7),
  .group:nth-child(n + 3) {
    content-visibility: auto;
    contain-intrinsic-size: auto 9em;
  }
  /* Each of these boxes lays out and paints on its own: a keystroke that changes one card, or the
     filter counts, redraws that box, not the whole page. Focus rings inside stay within their
     padding; the panel's summary, which has none around it, draws its ring inside. */
  .filters,
  .pinned,
  .card {
    contain: layout paint;
  }
  .filters > summary:focus-visible {
    outline-offset: -5px;
  }
  /* A new card whose content waits to be drawn after a keystroke (ui/keyed.ts), out of view: it
     keeps its place and shows no empty box meanwhile. */
  .card.later {
    visibility: hidden;
  }
`;
