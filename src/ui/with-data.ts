/**
 * Templates that render only once data is there (the search box, filters and results around them, the filter panel and chips, result cards, the
 * featured facet, the no-results panel) live in the search part, which is loaded before the first
 * results (ui/load-model.ts), and with `api` in the api part (ui/remote-lazy.ts). These stand-ins call them there, so the first script does not carry
 * them. (The help's cards use result-card.ts's title link and contact buttons, which stay.)
 */
import { apiPart, searchPart } from '../parts/index.js';
import type * as Panel from './filter-panel.js';
import type * as Card from './result-card.js';
import type * as List from './result-list.js';
import type * as Featured from './featured.js';
import type * as NoResults from './no-results.js';
import type * as Results from './results.js';

/** The search part, or with `api` the api part (which carries the same templates). */
const views = () => searchPart ?? apiPart!;

export const renderFilterPanel: typeof Panel.renderFilterPanel = (...a) => views().renderFilterPanel(...a);
export const renderChips: typeof Panel.renderChips = (...a) => views().renderChips(...a);
export const renderResultCard: typeof Card.renderResultCard = (...a) => views().renderResultCard(...a);
export const renderResultList: typeof List.renderResultList = (...a) => views().renderResultList(...a);
export const renderFeatured: typeof Featured.renderFeatured = (...a) => views().renderFeatured(...a);
export const renderNoResults: typeof NoResults.renderNoResults = (...a) => views().renderNoResults(...a);
export const renderResults: typeof Results.renderResults = (...a) => views().renderResults(...a);
