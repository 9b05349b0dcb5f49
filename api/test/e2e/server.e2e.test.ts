import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtures } from '../helpers/fixtures';
import { expectError, startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
let token: string;

beforeAll(async () => {
  app = await startTestApp('server', { redis: true, env: { GRAPHQL_MAX_DEPTH: '6', GRAPHQL_MAX_COMPLEXITY: '800' } });
  await createFixtures(app.dataSource);
  token = await app.login('manager@test.pulse');
});
afterAll(() => app?.close());

describe('HTTP endpoints', () => {
  it('healthz answers while the process lives; readyz checks PostgreSQL and Redis', async () => {
    expect(await (await fetch(`${app.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { database: 'ok', redis: 'ok' } });
  });

  it('refuses a mutation sent as GET, so that no GET ever writes', async () => {
    const query = encodeURIComponent('mutation { logoutEverywhere }');
    const response = await fetch(`${app.url}/graphql?query=${query}`, {
      headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': '1' },
    });
    expect(response.status).toBe(405);
    expect((await app.gql('{ me { email } }', {}, { token })).data?.me.email).toBe('manager@test.pulse');
  });

  it('sends no-store and nosniff headers on API responses', async () => {
    const response = await app.raw('{ __typename }');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('query limits', () => {
  it('rejects a query deeper than the limit, naming the query', async () => {
    const deep = `{ companies(first: 1) { edges { node { headCompany { responsible { branch { name } } } } } } }`;
    const error = expectError(await app.gql(deep, {}, { token }), 'BAD_USER_INPUT', 'query');
    expect(error.message).toBe('Query is 7 levels deep; the limit is 6');
    expect(error.path).toBeUndefined();
  });

  it('prices pages by their size: a large page of nested lists is refused, a small one passes', async () => {
    const query = `query($first: Int) { users(first: $first) { edges { node { email branch { name } } } } }`;
    expect((await app.gql(query, { first: 5 }, { token })).errors).toBeUndefined();
    const error = expectError(await app.gql(`{ companies(first: 100) { edges { node { phones { e164 } emails { email } contacts { fullName phones { e164 } } } } } }`, {}, { token }), 'BAD_USER_INPUT', 'query');
    expect(error.message).toMatch(/^Query complexity \d+ exceeds the limit of 800/);
  });

  it('reports a wrong variable type as bad input, not as an internal error', async () => {
    const result = await app.gql('query($first: Int) { users(first: $first) { totalCount } }', { first: 'ten' }, { token });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('checks again what a remembered verdict does not cover: a larger page or a mistyped variable of the same query', async () => {
    const query = `query($first: Int, $search: String) {
      companies(first: $first, filter: { search: $search }) { edges { node { phones { e164 } emails { email } contacts { fullName phones { e164 } } } } }
    }`;
    for (const search of ['а', 'б', null]) expect((await app.gql(query, { first: 2, search }, { token })).errors).toBeUndefined();
    const error = expectError(await app.gql(query, { first: 100, search: 'а' }, { token }), 'BAD_USER_INPUT', 'query');
    expect(error.message).toMatch(/^Query complexity \d+ exceeds the limit of 800/);
    expect((await app.gql(query, { first: 'two', search: 'а' }, { token })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await app.gql(query, { first: 2, search: 5 }, { token })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await app.gql(query, { first: 2, search: 'в' }, { token })).errors).toBeUndefined();
  });

  it('rejects a page size outside 1…100 naming the argument', async () => {
    expectError(await app.gql('{ users(first: 101) { totalCount } }', {}, { token }), 'BAD_USER_INPUT', 'first');
    expectError(await app.gql('{ users(after: "garbage") { totalCount } }', {}, { token }), 'BAD_USER_INPUT', 'after');
  });
});
