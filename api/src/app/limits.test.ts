import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { limitsVerdictKey } from './limits';

describe('limitsVerdictKey', () => {
  const byId = parse('query($id: ID!, $name: String, $first: Int, $ids: [ID!], $on: Boolean!) { x }');

  it('ignores the content of strings given for ID and String variables, and nothing else', () => {
    const key = (variables: Record<string, unknown>) => limitsVerdictKey(byId, variables);
    expect(key({ id: 'a', name: 'b', first: 5, on: true })).toBe(key({ on: true, first: 5, name: 'c', id: 'd' }));
    expect(key({ id: 'a', first: 5 })).not.toBe(key({ id: 'a', first: 50 }));
    expect(key({ id: 'a', on: true })).not.toBe(key({ id: 'a', on: false }));
    expect(key({ id: 'a' })).not.toBe(key({ id: 7 }));
    expect(key({ id: 'a' })).not.toBe(key({ id: 'a', name: null }));
    expect(key({ ids: ['a'] })).not.toBe(key({ ids: ['b'] }));
    expect(key({ first: '5' })).not.toBe(key({ first: 5 }));
  });

  it('does not key documents with several operations or huge variables', () => {
    expect(limitsVerdictKey(parse('query A { x } query B { y }'), {})).toBeNull();
    expect(limitsVerdictKey(parse('query($input: In) { x }'), { input: 'x'.repeat(2000) })).toBeNull();
  });
});
