/**
 * Values one instance keeps across requests, for data that changes seldom and is read on every request (a user's actor,
 * the taxonomy's labels), safe only under three conditions, which this class enforces:
 *
 * - a change empties it ({@link invalidate}), on every instance: its owner wires that to the change's notice
 *   (CacheNotices), and while this instance might miss a notice it keeps nothing ({@link setEnabled});
 * - a value read while a change was being made is not kept: the generation moved on between the read and the keeping,
 *   so a row from before the change cannot outlive it;
 * - anything that escapes every notice (a row changed by hand in SQL) is seen after the time to live.
 *
 * Kept values are shared by every request that reads them, so they are frozen.
 */
export class KeptValues<V extends object> {
  private readonly kept = new Map<string, { value: V; until: number }>();
  private generation = 0;
  private enabled = false;

  /**
   * @param ttlMs how long a value is used at most
   * @param max how many values are kept at most; reaching it empties the cache, which only costs reads
   */
  constructor(
    private readonly ttlMs: number,
    private readonly max: number,
  ) {}

  /** The value kept for `key`, else `build`'s. */
  async get(key: string, build: () => Promise<V>): Promise<V> {
    const found = await this.getMany([key], async () => new Map([[key, await build()]]));
    return found.get(key) as V;
  }

  /** The values kept for `keys`, and `fetch`'s for the others (it is handed only those); a key `fetch` does not answer stays out. */
  async getMany(keys: readonly string[], fetch: (missing: string[]) => Promise<Map<string, V>>): Promise<Map<string, V>> {
    const now = Date.now();
    const found = new Map<string, V>();
    const missing: string[] = [];
    for (const key of keys) {
      const kept = this.kept.get(key);
      if (kept && kept.until > now) found.set(key, kept.value);
      else missing.push(key);
    }
    if (!missing.length) return found;
    const generation = this.generation;
    const fetched = await fetch(missing);
    const keep = this.enabled && generation === this.generation;
    for (const [key, value] of fetched) {
      Object.freeze(value);
      found.set(key, value);
      if (!keep) continue;
      if (this.kept.size >= this.max) this.kept.clear();
      this.kept.set(key, { value, until: now + this.ttlMs });
    }
    return found;
  }

  /** Something the values are made from changed: nothing kept so far is used again. */
  invalidate(): void {
    this.generation++;
    this.kept.clear();
  }

  /** Keeps values only while every change reaches this instance. */
  setEnabled(enabled: boolean): void {
    this.invalidate();
    this.enabled = enabled;
  }
}
