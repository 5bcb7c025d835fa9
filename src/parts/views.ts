/**
 * Templates shown only with data (ui/with-data.ts): the filter panel and chips, result cards, the
 * featured facet and the no-results panel. Both the search part and the api part carry them (a
 * visit loads one of the two); in the one-file build they render with the first script's Lit.
 */
export { renderChips, renderFilterPanel } from '../ui/filter-panel.js';
export { cardContent, renderResultCard } from '../ui/result-card.js';
export { renderResultList } from '../ui/result-list.js';
export { renderFeatured } from '../ui/featured.js';
export { renderNoResults } from '../ui/no-results.js';
export { renderResults } from '../ui/results.js';
