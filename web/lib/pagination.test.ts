import { describe, expect, it } from 'vitest';
import { pageLinks, readPageState } from './pagination';

describe('readPageState', () => {
  it.each([
    [{}, { after: undefined, prev: [], pageNumber: 1 }],
    [{ after: '' }, { after: undefined, prev: [], pageNumber: 1 }],
    [{ after: 'c2' }, { after: 'c2', prev: [], pageNumber: 2 }],
    [{ after: 'c3', prev: 'c2' }, { after: 'c3', prev: ['c2'], pageNumber: 3 }],
    [{ after: 'c4', prev: ['c2', 'c3'] }, { after: 'c4', prev: ['c2', 'c3'], pageNumber: 4 }],
    // A stack without a cursor is left over from somewhere else: page 1.
    [{ prev: ['c2', 'c3'] }, { after: undefined, prev: [], pageNumber: 1 }],
  ])('%j → %j', (params, expected) => {
    expect(readPageState(params)).toEqual(expected);
  });
});

/** A link's query as `{ key: [values] }`, to compare without caring about parameter order. */
function query(href: string | null): Record<string, string[]> | null {
  if (href === null) return null;
  const params = new URL(href, 'http://x').searchParams;
  return Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.getAll(key)]));
}

describe('pageLinks', () => {
  it('page 1: only next, which starts the stack', () => {
    const links = pageLinks('/companies', { search: 'ром' }, { hasNextPage: true, endCursor: 'c2' });
    expect(links.previous).toBeNull();
    expect(links.first).toBeNull();
    expect(links.next?.startsWith('/companies?')).toBe(true);
    expect(query(links.next)).toEqual({ search: ['ром'], after: ['c2'] });
  });

  it('page 2: previous is page 1 (no paging keys), no separate first link', () => {
    const links = pageLinks('/companies', { search: 'ром', after: 'c2' }, { hasNextPage: true, endCursor: 'c3' });
    expect(query(links.next)).toEqual({ search: ['ром'], after: ['c3'], prev: ['c2'] });
    expect(links.previous).toBe(`/companies?search=${encodeURIComponent('ром')}`);
    expect(links.first).toBeNull();
  });

  it('page 4: previous pops the stack, first clears it, filters stay', () => {
    const links = pageLinks('/companies', { status: ['s1', 's2'], after: 'c4', prev: ['c2', 'c3'] }, { hasNextPage: true, endCursor: 'c5' });
    expect(query(links.next)).toEqual({ status: ['s1', 's2'], after: ['c5'], prev: ['c2', 'c3', 'c4'] });
    expect(query(links.previous)).toEqual({ status: ['s1', 's2'], after: ['c3'], prev: ['c2'] });
    expect(query(links.first)).toEqual({ status: ['s1', 's2'] });
  });

  it('following next then previous comes back to the same page', () => {
    const start = { search: 'x', after: 'c3', prev: ['c2'] };
    const { next } = pageLinks('/companies', start, { hasNextPage: true, endCursor: 'c4' });
    const nextParams = query(next) ?? {};
    const { previous } = pageLinks('/companies', nextParams, { hasNextPage: false });
    expect(query(previous)).toEqual({ search: ['x'], after: ['c3'], prev: ['c2'] });
  });

  it.each([
    [{ hasNextPage: false, endCursor: 'c9' }],
    [{ hasNextPage: true, endCursor: null }],
    [{ hasNextPage: true }],
  ])('no next link without a next page and its cursor (%j)', (pageInfo) => {
    expect(pageLinks('/tasks', { after: 'c2' }, pageInfo).next).toBeNull();
  });
});
