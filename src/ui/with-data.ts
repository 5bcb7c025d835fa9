/**
 * Templates that render only once data is there (the filter group's browse controls, the featured
 * facet, the no-results panel) live in the search part, which is loaded before the first results
 * (ui/load-model.ts). These stand-ins call them there, so the first script does not carry them.
 */
import { searchPart } from '../parts/index.js';
import type * as Browse from './facet-browse.js';
import type * as Featured from './featured.js';
import type * as NoResults from './no-results.js';

export type { BrowseHandler } from './facet-browse.js';
export const renderFacetTop: typeof Browse.renderFacetTop = (...a) => searchPart.renderFacetTop(...a);
export const renderDrill: typeof Browse.renderDrill = (...a) => searchPart.renderDrill(...a);
export const renderFacetMore: typeof Browse.renderFacetMore = (...a) => searchPart.renderFacetMore(...a);
export const renderFeatured: typeof Featured.renderFeatured = (...a) => searchPart.renderFeatured(...a);
export const renderNoResults: typeof NoResults.renderNoResults = (...a) => searchPart.renderNoResults(...a);
