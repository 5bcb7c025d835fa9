/**
 * The `api=` source as the element holds it: RemoteSource (ui/remote-source.ts) is the api part,
 * which only pages with `api` fetch (a sibling file in the one-file build). Until it is there the
 * state is the loading one; if it cannot be fetched, a network load error (rf-load-error, the error
 * panel with help and "Try again", which calls reset again and so fetches it again).
 */
import type { ReactiveElement } from 'lit';
import type { LoadStatus } from './load-task.js';
import { LoadError } from '../core/load.js';
import type { RemoteState } from '../core/remote-source.js';
import type { FinderView } from '../core/view-model.js';
import { RfLoadErrorEvent } from '../events.js';
import { loadApi } from '../parts/index.js';
import type { RemoteSource } from './remote-source.js';

export class LazyRemote {
  private source?: RemoteSource;
  private failed?: LoadError;
  private asked = 0;

  constructor(
    private readonly host: ReactiveElement,
    private readonly onReady: () => void,
  ) {}

  get status(): LoadStatus {
    return this.source?.status ?? (this.failed ? 'error' : 'pending');
  }

  get error(): LoadError | undefined {
    return this.source?.error ?? this.failed;
  }

  /** As RemoteSource's reset; the first call fetches the api part. */
  reset(api: string, timeoutMs: number) {
    if (this.source) return this.source.reset(api, timeoutMs);
    const ask = ++this.asked;
    this.failed = undefined;
    loadApi().then(
      (part) => {
        if (ask !== this.asked || this.source) return;
        this.source = new part.RemoteSource(this.host, this.onReady);
        this.source.reset(api, timeoutMs);
      },
      (e) => {
        if (ask !== this.asked) return;
        this.failed = new LoadError('network', `the search part could not be loaded (${(e as Error)?.message ?? e})`);
        console.error(`<resource-finder>: ${this.failed.message}`);
        this.host.dispatchEvent(new RfLoadErrorEvent('network', undefined, this.failed.message));
        this.host.requestUpdate();
      },
    );
  }

  /** The place and hours row to show, once the part is there and the service said it has sites or hours (RemoteSource.local). */
  get local() {
    return this.source?.local;
  }

  /** A typed ZIP or city → a point, from the service's place table (RemoteSource.place). */
  place(text: string) {
    return this.source?.place(text);
  }

  /** The view of the service's answers; undefined until the part is there and has answered. */
  view(state: RemoteState): FinderView | undefined {
    return this.source?.view(state);
  }
}
