/**
 * Values shared by every request of this web server process for a short time, per key. Only settled values are
 * kept: a failed or in-flight load is never handed to another request (its error or redirect belongs to its own
 * viewer). Concurrent misses each load; the last one to finish is kept.
 */
export class TtlCache<T> {
  private readonly entries = new Map<string, { value: T; until: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async get(key: string, load: () => Promise<T>): Promise<T> {
    const entry = this.entries.get(key);
    if (entry && entry.until > this.now()) return entry.value;
    const value = await load();
    this.entries.set(key, { value, until: this.now() + this.ttlMs });
    return value;
  }

  /** After a change made through this process: its next request loads again. */
  clear(): void {
    this.entries.clear();
  }
}
