/**
 * The loading worker (dist/resource-finder.worker.js, a module Web Worker next to the script):
 * fetches, reads and parses a big bundle (the page's request said it is big, and hands over its URL:
 * a body handed over as a stream would still pass through the page, chunk by chunk), hands the bundle
 * to the page in small messages (so reading each one is a short task), makes the checks of a stamped
 * bundle (stamp.ts) or runs the full validator on a hand-made one (validate.ts), then builds the search
 * index of the page's locale and hands that over too, as data the page loads in batches
 * (text-index.ts loadIndex). The page then never runs a long task for a big bundle.
 * Protocol: src/parts/worker-client.ts. Carries its own copy of the index code (text-index.ts, stem.ts).
 */
import { LoadError, loadBundleJson, parseBundleText } from './load.js';
import { isObj } from './guards.js';
import { checkStamped } from './stamp.js';
import { validateBundle } from './validate.js';
import { formatProblem } from './problem-text.js';
import { buildFacets, type FacetTable } from './facets.js';
import { pickLocale } from './locale.js';
import { docMaker } from './index-docs.js';
import type { Bundle, Problem } from './types.js';
import { indexData, newIndex } from './text-index.js';
import { docOf } from './search-index.js';
import { stemmerFor } from './stem.js';

/** What the page hands over: the bundle's URL, the page's language, and the size from which to index here. */
export interface WorkerRequest { url: string; lang?: string; limit: number }

/**
 * A hand-made bundle as the full validator left it: its top level (meta with defaults, good facets),
 * for each kept resource its index in the list sent, the kept ones that changed (by position), the problems.
 */
export interface Checked { top: Omit<Bundle, 'resources'>; from: Uint32Array; replace: [number, unknown][]; problems: Problem[] }

/** Resources per message: small enough that reading one is a short task at 4x CPU. */
const CHUNK = 100;

const post = (m: unknown) => (self as unknown as Worker).postMessage(m);

self.onmessage = async ({ data: q }: MessageEvent<WorkerRequest>) => {
  try {
    post({ t: 'started' });
    // The same request as the page's (load.ts: no credentials, no referrer, its errors), as text:
    // none of it passes through the page. The page keeps its own timeout and abort (they end this worker).
    const { text } = (await loadBundleJson(q.url, { read: (r) => r.text().then((t) => ({ text: t })) })) as { text: string };
    const raw = parseBundleText(text);
    const list = isObj(raw) && raw.resources;
    // Not a bundle's shape: the page says what is wrong, as for any bundle (of an array or a
    // number only that it is not an object, so it is not sent: it may be nested too deep to copy).
    if (!isObj(raw) || !Array.isArray(list)) return post({ t: 'head', head: isObj(raw) ? raw : null, whole: true }), post({ t: 'end', stamped: false });
    const { resources: _, ...head } = raw;
    // The resources first, so the page reads them while the checks run here.
    post({ t: 'head', head });
    // As JSON text: the page parses it faster than it takes in a structured copy (about 12 % at 4x
    // CPU), and the objects JSON.parse makes are quicker to read afterwards (a scan of 10,000: 4–6 ms against 16–19).
    for (let i = 0; i < list.length; i += CHUNK) post({ t: 'res', json: JSON.stringify(list.slice(i, i + CHUNK)) });
    const stamped = await checkStamped(raw, 1e9);
    // A bundle made by hand (not stamped by `build`): the full validator runs here, not on the page
    // (at 10,000 resources it took the page seconds of short tasks before the first results at 4x
    // CPU). The page gets what survives as where each kept resource was in what it has already,
    // those it must replace (a bad link or phone removed), the checked top level and the problems.
    // A split head goes back unchecked: the page says it was edited (load-bundle.ts).
    const checked = stamped || 'split' in raw ? undefined : validateBundle(raw);
    if (checked && !checked.bundle) throw new LoadError('shape', checked.problems.map(formatProblem).join(' ') || 'Not a resource bundle.');
    const bundle = stamped ?? checked?.bundle;
    // A checked bundle is indexed here, and its facet table made (typed arrays copy fast): one long step less on the page.
    const big = bundle && bundle.resources.length > q.limit;
    const locale = big ? pickLocale(q.lang, bundle.meta.locales, bundle.meta.default_locale) : undefined;
    const facets = big ? buildFacets(bundle) : undefined;
    const valid = checked?.bundle && validOf(checked.bundle, checked.problems, checked.from!, list);
    post({ t: 'end', stamped: !!stamped, valid, locale, facets });
    if (bundle && locale) await index(bundle, locale, facets!);
  } catch (error) {
    // Anything else (a value too deep to hand over …) counts as a bad bundle, as on the page.
    const e = LoadError.from(error);
    post({ t: 'error', kind: e.kind, message: e.message, status: e.status, retryAfter: e.retryAfter });
  }
};

/** What the page needs to make the checked bundle from the resources it has (`list`, as sent). */
function validOf(bundle: Bundle, problems: Problem[], from: number[], list: unknown[]): Checked {
  const { resources, ...top } = bundle;
  const replace: [number, unknown][] = [];
  resources.forEach((r, k) => r !== list[from[k]] && replace.push([k, r]));
  return { top, from: Uint32Array.from(from), replace, problems };
}

async function index(bundle: Bundle, locale: string, facets: FacetTable) {
  // The index code is bundled in (the search sibling renders with the page's Lit, which a worker has not).
  const ix = newIndex(stemmerFor(locale));
  const doc = docMaker(bundle, facets, locale, docOf);
  for (let i = 0; i < bundle.resources.length; i++) ix.add(doc(i));
  // The terms go as they are encoded (typed arrays, handed over, not copied); the rest after them.
  const { parts: _, ...rest } = indexData(ix, (p) => (self as unknown as Worker).postMessage({ t: 'terms', part: p }, [p.data.buffer]));
  post({ t: 'index', data: rest });
}
