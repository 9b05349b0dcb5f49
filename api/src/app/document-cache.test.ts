import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DocumentCache } from './document-cache';

describe('DocumentCache', () => {
  it('returns the same document for the same text and drops the least recently used when full', () => {
    const cache = new DocumentCache(2);
    const a = parse('{ a }');
    cache.set('{ a }', a);
    cache.set('{ b }', parse('{ b }'));
    expect(cache.get('{ a }')).toBe(a);
    cache.set('{ c }', parse('{ c }'));
    expect(cache.get('{ b }')).toBeUndefined();
    expect(cache.get('{ a }')).toBe(a);
    expect(cache.size).toBe(2);
  });

  it('is bounded by the total length of the texts and keeps no giant text', () => {
    const cache = new DocumentCache(100, 200);
    cache.set('{ x }', parse('{ x }'));
    const long = `{ ${'f '.repeat(10)}}`;
    cache.set(long, parse(long));
    expect(cache.get(long)).toBeUndefined();
    for (let i = 0; i < 30; i += 1) cache.set(`{ f${i} }`, parse(`{ f${i} }`));
    expect(cache.size).toBeLessThanOrEqual(200 / '{ f0 }'.length);
    expect(cache.get('{ x }')).toBeUndefined();
    expect(cache.get('{ f29 }')).toBeDefined();
  });
});
