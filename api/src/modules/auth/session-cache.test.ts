import { describe, expect, it } from 'vitest';
import { SessionCache } from './session-cache';

function cache(max = 3) {
  let now = 1_000;
  const sessions = new SessionCache<string>(30_000, max, () => now);
  return { sessions, tick: (ms: number) => (now += ms), now: () => now };
}

describe('SessionCache', () => {
  it('returns a stored session of the same user until the TTL or the session expiry, whichever is first', () => {
    const { sessions, tick, now } = cache();
    sessions.set('s1', 'u1', 'row', now() + 10_000, sessions.generation);
    sessions.set('s2', 'u1', 'row2', now() + 60_000, sessions.generation);
    expect(sessions.get('s1', 'u1')).toBe('row');
    expect(sessions.get('s1', 'u2')).toBeUndefined();
    tick(10_000);
    expect(sessions.get('s1', 'u1')).toBeUndefined();
    expect(sessions.get('s2', 'u1')).toBe('row2');
    tick(20_000);
    expect(sessions.get('s2', 'u1')).toBeUndefined();
  });

  it('forgets named sessions, or every session of a user', () => {
    const { sessions, now } = cache(10);
    for (const [sid, uid] of [['a', 'u1'], ['b', 'u1'], ['c', 'u2']]) sessions.set(sid!, uid!, sid!, now() + 60_000, sessions.generation);
    sessions.forget('u1', ['a']);
    expect([sessions.get('a', 'u1'), sessions.get('b', 'u1'), sessions.get('c', 'u2')]).toEqual([undefined, 'b', 'c']);
    sessions.forget('u1', null);
    expect([sessions.get('b', 'u1'), sessions.get('c', 'u2')]).toEqual([undefined, 'c']);
  });

  it('clears everything, and a lookup that raced the clearing is not stored', () => {
    const { sessions, now } = cache(10);
    sessions.set('a', 'u1', 'a', now() + 60_000, sessions.generation);
    sessions.set('b', 'u2', 'b', now() + 60_000, sessions.generation);
    const generation = sessions.generation;
    sessions.clear();
    sessions.set('c', 'u3', 'c', now() + 60_000, generation);
    expect([sessions.get('a', 'u1'), sessions.get('b', 'u2'), sessions.get('c', 'u3'), sessions.size]).toEqual([undefined, undefined, undefined, 0]);
  });

  it('does not store a lookup that raced an invalidation', () => {
    const { sessions, now } = cache();
    const generation = sessions.generation;
    sessions.forget('u1', null);
    sessions.set('s1', 'u1', 'stale', now() + 60_000, generation);
    expect(sessions.get('s1', 'u1')).toBeUndefined();
  });

  it('drops the least recently used session when full', () => {
    const { sessions, now } = cache(2);
    sessions.set('a', 'u', 'a', now() + 60_000, sessions.generation);
    sessions.set('b', 'u', 'b', now() + 60_000, sessions.generation);
    sessions.get('a', 'u');
    sessions.set('c', 'u', 'c', now() + 60_000, sessions.generation);
    expect(sessions.size).toBe(2);
    expect([sessions.get('a', 'u'), sessions.get('b', 'u'), sessions.get('c', 'u')]).toEqual(['a', undefined, 'c']);
  });
});
