/** How long a validated session is trusted without asking PostgreSQL again (also bounded by the session's expiry). */
export const SESSION_CACHE_TTL_MS = 30_000;
export const SESSION_CACHE_MAX_ENTRIES = 10_000;

interface Entry<T> {
  userId: string;
  value: T;
  until: number;
}

/**
 * Sessions this process validated recently, so that a request does not cost a session query. Correctness rests on
 * invalidation, not on the TTL: every revocation and every change of a user drops the affected entries here at
 * once and, through pub/sub, in every other API process. The TTL only bounds the damage of a lost pub/sub message.
 * A lookup that started before an invalidation is not stored (the generation check), so a revoked session can
 * never come back from a query that raced its revocation.
 */
export class SessionCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private generationValue = 0;

  constructor(
    private readonly ttlMs = SESSION_CACHE_TTL_MS,
    private readonly maxEntries = SESSION_CACHE_MAX_ENTRIES,
    private readonly now: () => number = Date.now,
  ) {}

  /** Take it before the lookup and hand it to `set`: an invalidation in between makes `set` a no-op. */
  get generation(): number {
    return this.generationValue;
  }

  get size(): number {
    return this.entries.size;
  }

  get(sessionId: string, userId: string): T | undefined {
    const entry = this.entries.get(sessionId);
    if (!entry) return undefined;
    if (entry.userId !== userId || entry.until <= this.now()) {
      this.entries.delete(sessionId);
      return undefined;
    }
    // Least recently used goes first when full: re-inserting moves the key to the end of the Map's order.
    this.entries.delete(sessionId);
    this.entries.set(sessionId, entry);
    return entry.value;
  }

  set(sessionId: string, userId: string, value: T, expiresAt: number, generation: number): void {
    if (generation !== this.generationValue) return;
    const until = Math.min(this.now() + this.ttlMs, expiresAt);
    if (until <= this.now()) return;
    this.entries.delete(sessionId);
    this.entries.set(sessionId, { userId, value, until });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  /** Drops everything (pub/sub messages may have been missed). */
  clear(): void {
    this.generationValue += 1;
    this.entries.clear();
  }

  /** Drops the given sessions of the user, or every session of the user (`null`). */
  forget(userId: string, sessionIds: readonly string[] | null): void {
    this.generationValue += 1;
    if (sessionIds) {
      for (const id of sessionIds) this.entries.delete(id);
      return;
    }
    for (const [id, entry] of this.entries) if (entry.userId === userId) this.entries.delete(id);
  }
}
