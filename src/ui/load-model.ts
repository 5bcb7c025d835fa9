/**
 * What the first render with data waits for, fetched in parallel: the bundle, the search part (a
 * sibling file in the one-file build) and the UI text of the page's language (so results never
 * flash in English first). Owns only that grouping; each piece owns its own loading.
 */
import { loadBundle, type BundleSource, type LoadBundleOptions } from '../core/load-bundle.js';
import { createFinderModel, type FinderModel } from '../core/view-model.js';
import { loadCatalogue } from '../i18n/localization.js';
import { loadSearch } from '../parts/index.js';

/** The model of the bundle from `source`; `lang` is the language the page asks for, `uiLocale` the UI locale serving it. */
export async function loadModel(source: BundleSource, options: LoadBundleOptions, lang: string, uiLocale: string): Promise<FinderModel> {
  const [bundle] = await Promise.all([loadBundle(source, options), loadSearch(), loadCatalogue(uiLocale)]);
  return createFinderModel(bundle, lang);
}
