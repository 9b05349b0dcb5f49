import { describe, expect, it } from 'vitest';
import { TtlCache } from './ttl-cache';

describe('TtlCache', () => {
  it('serves a loaded value per key until it is older than the TTL', async () => {
    let now = 0;
    let loads = 0;
    const cache = new TtlCache<string>(60_000, () => now);
    const load = (value: string) => async () => {
      loads += 1;
      return value;
    };
    expect(await cache.get('MANAGER', load('a'))).toBe('a');
    now = 59_999;
    expect(await cache.get('MANAGER', load('b'))).toBe('a');
    expect(await cache.get('ADMIN', load('c'))).toBe('c');
    now = 60_000;
    expect(await cache.get('MANAGER', load('d'))).toBe('d');
    expect(loads).toBe(3);
  });

  it('keeps no failure, and forgets everything on clear', async () => {
    const cache = new TtlCache<string>(60_000);
    await expect(cache.get('k', async () => Promise.reject(new Error('redirect')))).rejects.toThrow('redirect');
    expect(await cache.get('k', async () => 'loaded')).toBe('loaded');
    cache.clear();
    expect(await cache.get('k', async () => 'again')).toBe('again');
  });
});
