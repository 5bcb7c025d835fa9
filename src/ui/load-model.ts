/**
 * What the first render with data waits for, fetched in parallel: the bundle (then the local part
 * when it has sites or hours), the search part (the engine and view model; sibling files in the one-file build) and the UI text of the page's language (so results never
 * flash in English first). Owns only that grouping; each piece owns its own loading.
 */
import { INDEX_FIRST_UP_TO, loadBundle, type BundleSource, type LoadBundleOptions } from '../core/load-bundle.js';
import type { FinderModel } from '../core/view-model.js';
import { loadCatalogue } from '../i18n/localization.js';
import { loadLocal, loadSearch, searchPart } from '../parts/index.js';
import { needsLocal } from '../core/local-need.js';
import { prepareFormats } from './intl-warm.js';
import { addLanguageNames, languageName } from '../core/language-name.js';

/** Resolves in a task of its own (after what the browser has queued meanwhile: input, a frame). */
const nextTask = () => new Promise<void>((resume) => setTimeout(resume));

/** The model of the bundle from `source`; `lang` is the language the page asks for, `uiLocale` the UI locale serving it. */
export async function loadModel(source: BundleSource, options: LoadBundleOptions, lang: string, uiLocale: string): Promise<FinderModel> {
  // A bundle with sites or hours also needs the local part; it is asked for as soon as the bundle is read.
  // A big bundle's steps each get a task of their own (at 10,000 resources each scan of them is tens
  // of ms on a slow phone; the worker's last message, normalizing and all these in one task made one of 250 ms).
  const big = (b: { bundle: { resources: unknown[] } }) => b.bundle.resources.length > INDEX_FIRST_UP_TO && nextTask();
  const withLocal = loadBundle(source, { ...options, lang }).then(async (b) => (await big(b), needsLocal(b.bundle) && (await loadLocal()), b));
  withLocal.catch(() => {}); // awaited below; not an unhandled rejection while the next steps wait their turn
  // The request goes out first; the search part's import and the formats' worker each start in a
  // task of their own (on a slow phone the three together made one task of 100–200 ms at 4x CPU).
  await nextTask();
  const parts = Promise.all([loadSearch(), loadCatalogue(uiLocale)]);
  parts.catch(() => {});
  await nextTask();
  prepareFormats(uiLocale); // off the page (a worker), or in a task of its own, while the rest is on its way
  const [bundle] = await Promise.all([withLocal, parts]);
  // Language names: the bundle's own (`build` writes them), else the browser's, whose first use loads
  // its table of names (about 100 ms on a slow phone): then in a task of its own, before the model.
  // Each code once (a big list repeats a few codes thousands of times). A split bundle holds most
  // resources back: it needs the browser's unless it names them for this locale ('' is never named).
  const { meta, resources } = bundle.bundle;
  await big(bundle);
  const codes = new Set<string>();
  if (!bundle.prepared?.split) for (const r of resources) for (const code of r.languages ?? []) codes.add(code);
  else if (!meta.language_names?.[uiLocale]) codes.add('');
  if (addLanguageNames(meta.language_names, codes, uiLocale)) await nextTask().then(() => languageName('fr', uiLocale));
  await big(bundle);
  // The model (engine set-up) and the first render in tasks of their own: with a big bundle each
  // can take a while, and one task for both would be long. The index is built in short slices
  // (engine.ts) at every size; a list up to INDEX_FIRST_UP_TO resources has it complete before its first
  // results, as before, without the one long task that building it at once was on a slow phone.
  const model = searchPart.createFinderModel(bundle, lang, { syncLimit: 0 });
  if (resources.length <= INDEX_FIRST_UP_TO) await model.ready;
  await nextTask();
  return model;
}
