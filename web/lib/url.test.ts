import { describe, expect, it } from 'vitest';
import { allParams, firstParam, hrefWith, safeRedirectPath } from './url';

describe('firstParam', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['a', 'a'],
    [['a', 'b'], 'a'],
    [[], undefined],
    [['', 'b'], undefined],
  ])('%j → %j', (value, expected) => {
    expect(firstParam(value)).toBe(expected);
  });
});

describe('allParams', () => {
  it.each([
    [undefined, []],
    ['', []],
    ['a', ['a']],
    [['a', '', 'b'], ['a', 'b']],
  ])('%j → %j', (value, expected) => {
    expect(allParams(value)).toEqual(expected);
  });
});

describe('hrefWith', () => {
  const current = { search: 'ром', status: ['s1', 's2'], after: 'c1', empty: '', missing: undefined };

  it('keeps the current params, repeated ones included, and skips empty and missing ones', () => {
    expect(hrefWith('/companies', current)).toBe(`/companies?search=${encodeURIComponent('ром')}&status=s1&status=s2&after=c1`);
  });

  it('replaces, adds and removes keys', () => {
    const href = hrefWith('/companies', current, { status: ['s3'], sort: 'name', search: undefined });
    expect(href).toBe('/companies?status=s3&after=c1&sort=name');
  });

  it('drops the listed keys (paging when a filter changes)', () => {
    expect(hrefWith('/companies', current, { search: 'альфа' }, ['after', 'prev'])).toBe(
      `/companies?search=${encodeURIComponent('альфа')}&status=s1&status=s2`,
    );
  });

  it('an empty list or empty string removes the key', () => {
    expect(hrefWith('/companies', current, { status: [], search: '', after: undefined })).toBe('/companies');
  });

  it('encodes values so they cannot add params or a fragment', () => {
    const url = new URL(hrefWith('/companies', {}, { search: 'Рога & копыта #1 +7?x=y' }), 'http://x');
    expect(url.hash).toBe('');
    expect([...url.searchParams.entries()]).toEqual([['search', 'Рога & копыта #1 +7?x=y']]);
  });
});

describe('safeRedirectPath', () => {
  it.each(['/', '/companies', '/companies/1?tab=tasks#notes', '/search?q=//x', '/a/b//c'])('%j is kept', (path) => {
    expect(safeRedirectPath(path)).toBe(path);
  });

  it.each([
    ['another site, scheme-relative', '//evil.example'],
    ['another site, backslash', '/\\evil.example'],
    ['absolute URL', 'https://evil.example/'],
    ['javascript:', 'javascript:alert(1)'],
    ['relative without slash', 'companies'],
    ['empty', ''],
    ['tab that parsers drop', '/\t/evil.example'],
    ['newline that parsers drop', '/\n/evil.example'],
    ['carriage return', '/\r\n/evil.example'],
    ['not a string', 42],
    ['a File from the form', new Blob(['/x'])],
    ['null', null],
  ])('%s falls back', (_case, value) => {
    expect(safeRedirectPath(value)).toBe('/');
    expect(safeRedirectPath(value, '/tasks')).toBe('/tasks');
  });

  it('whatever it returns stays on our origin', () => {
    const origin = 'https://crm.example';
    const attempts = ['//evil.example', '/\\evil.example', '/\t/evil.example', '/\n\\evil.example', '\\\\evil.example', '/%2F/evil.example', '/.//evil.example'];
    for (const attempt of attempts) expect(new URL(safeRedirectPath(attempt), origin).origin).toBe(origin);
  });
});
