/**
 * Answers kept in memory by address, so the prefixes many visitors type ("f", "fo", "foo", …) are
 * read from the database once per data generation and time window, not once per keystroke.
 * Owns: a bounded LRU with an age limit, and sharing one database trip among identical requests
 * in flight, and keeping expired answers a while longer for when the database is down (`stale`).
 * Does not own: what an answer is (app.ts) or HTTP caching headers.
 */

/** A serialized 200 answer and its ETag. */
export interface Answer {
  text: string;
  etag: string;
}

export class AnswerCache {
  private readonly entries = new Map<string, { answer: Answer; at: number }>();
  private readonly inFlight = new Map<string, Promise<Answer>>();
  private bytes = 0;

  /**
   * @param maxEntries - answers kept (0 turns the cache off; identical requests in flight are still shared)
   * @param maxAgeMs - how long an answer may be served (the Cache-Control max-age: no staler than a CDN would serve)
   * @param maxBytes - total text kept
   * @param maxStaleMs - how long past `maxAgeMs` an answer is kept for `stale` (0: dropped when it expires)
   */
  constructor(
    private readonly maxEntries: number,
    private readonly maxAgeMs: number,
    private readonly maxBytes = 64 * 1024 * 1024,
    private readonly maxStaleMs = 0,
  ) {}

  /** The answer for `key`: kept, or being computed for another request, or computed now by `compute`. Failures are not kept. */
  get(key: string, compute: () => Promise<Answer>): Promise<Answer> {
    const kept = this.entries.get(key);
    if (kept && Date.now() - kept.at <= this.maxAgeMs) {
      // Most recently used goes last: Map keeps insertion order, so the first key is the eviction candidate.
      this.entries.delete(key);
      this.entries.set(key, kept);
      return Promise.resolve(kept.answer);
    }
    // An expired answer stays (for `stale`) until a fresh one replaces it or it is too old even for that.
    if (kept && Date.now() - kept.at > this.maxAgeMs + this.maxStaleMs) this.drop(key);
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = compute().finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
      pending.then((answer) => this.keep(key, answer), () => {});
    }
    return pending;
  }

  /** An answer kept for `key` however old (up to max age + max stale), and its age in seconds; for when a fresh one cannot be computed. */
  stale(key: string): { answer: Answer; ageSeconds: number } | undefined {
    const kept = this.entries.get(key);
    const age = kept ? Date.now() - kept.at : Infinity;
    return kept && age <= this.maxAgeMs + this.maxStaleMs ? { answer: kept.answer, ageSeconds: Math.floor(age / 1000) } : undefined;
  }

  get size() {
    return this.entries.size;
  }

  private keep(key: string, answer: Answer) {
    if (!this.maxEntries || answer.text.length > this.maxBytes / 16) return;
    this.drop(key);
    this.entries.set(key, { answer, at: Date.now() });
    this.bytes += answer.text.length;
    for (const old of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.drop(old);
    }
  }

  private drop(key: string) {
    const e = this.entries.get(key);
    if (!e) return;
    this.bytes -= e.answer.text.length;
    this.entries.delete(key);
  }
}
