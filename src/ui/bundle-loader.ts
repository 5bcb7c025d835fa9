/**
 * Loads the element's bundle: from a `bundle` object, a `src` URL or an inline
 * <script type="application/json"> child; validates it in time slices; ignores answers that a
 * newer load has replaced; reports failures (one console line for the site's developers, and the
 * rf-load-error / rf-invalid-data / rf-load events). Owns: the load state and its error. Does not
 * own: what the element builds from a loaded bundle (it gets `onLoaded`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LoadError, loadBundleJson, parseBundleText } from '../core/load.js';
import { formatProblem, validateBundleInSlices } from '../core/validate.js';
import type { Bundle, Problem } from '../core/types.js';
import { RfInvalidDataEvent, RfLoadErrorEvent, RfLoadEvent } from '../events.js';

export type LoadState = 'idle' | 'loading' | 'ready' | 'error';

export interface LoadSource {
  bundle?: unknown;
  src?: string;
  timeoutMs: number;
}

export class BundleLoader implements ReactiveController {
  state: LoadState = 'idle';
  error?: LoadError;
  /** How many resources were left out as invalid. */
  invalidCount = 0;
  private token = 0;
  private abort?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Called with a valid bundle; `isCurrent()` turns false once a newer load starts. */
    private readonly onLoaded: (bundle: Bundle, isCurrent: () => boolean) => void,
  ) {
    host.addController(this);
  }

  hostConnected() {}

  async load({ bundle, src, timeoutMs }: LoadSource) {
    const token = ++this.token;
    const isCurrent = () => token === this.token;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.set('loading');
    try {
      const raw =
        bundle !== undefined
          ? bundle
          : src
            ? await loadBundleJson(new URL(src, document.baseURI).href, { signal: abort.signal, timeoutMs })
            : this.readInline();
      if (!isCurrent()) return;
      const { bundle: valid, problems } = await validateBundleInSlices(raw);
      if (!isCurrent()) return;
      if (!valid) throw new LoadError('shape', problems.map(formatProblem).join(' ') || 'Not a resource bundle.');
      this.invalidCount = new Set(problems.filter((p) => p.severity === 'error' && p.resourceIndex !== undefined).map((p) => p.resourceIndex)).size;
      this.onLoaded(valid, isCurrent);
      this.set('ready');
      this.report(problems);
      this.host.dispatchEvent(new RfLoadEvent(valid.resources.length, this.invalidCount));
    } catch (error) {
      if (!isCurrent()) return;
      const failure = error instanceof LoadError ? error : new LoadError('shape', String((error as Error)?.message ?? error));
      this.set('error', failure);
      // For the site's developers: what failed and where (the visitor sees the localized message).
      console.error(`<resource-finder>: could not load ${src ? `"${src}"` : 'the inline bundle'}: ${failure.message}`);
      this.host.dispatchEvent(new RfLoadErrorEvent(failure.kind, failure.status, failure.message));
    }
  }

  private set(state: LoadState, error?: LoadError) {
    this.state = state;
    this.error = error;
    this.host.requestUpdate();
  }

  /** One grouped warning for site staff; it never includes anything the visitor typed. */
  private report(problems: Problem[]) {
    if (!problems.length) return;
    console.warn(`<resource-finder>: ${problems.length} problem(s) in the data:\n` + problems.map((p) => `- ${formatProblem(p)}`).join('\n'));
    this.host.dispatchEvent(new RfInvalidDataEvent(problems));
  }

  private readInline(): unknown {
    const script = this.host.querySelector(':scope > script[type="application/json"]:not([data-rf="translations"])');
    if (!script) throw new LoadError('shape', 'No data: set the src attribute or put the bundle in a <script type="application/json"> child.');
    return parseBundleText(script.textContent ?? '');
  }
}
