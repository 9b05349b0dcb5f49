import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtures, type Fixtures, insertCompany } from '../helpers/fixtures';
import { startTestApp, type TestApp } from '../helpers/test-app';

/** What POST /graphql itself owns (it replaced Apollo Server there): request checks, statuses, errors, cookies. */
let app: TestApp;
let fx: Fixtures;
let token: string;
let companyId: string;

beforeAll(async () => {
  app = await startTestApp('graphql-http', { env: { GRAPHQL_MAX_DEPTH: '6' } });
  fx = await createFixtures(app.dataSource);
  token = await app.login(fx.users.manager.email);
  companyId = await insertCompany(app.dataSource, { name: 'Ромашка', responsibleId: fx.users.manager.id, branchId: fx.branches.ekb });
});
afterAll(() => app?.close());

const endpoint = () => `${app.url}/graphql`;

async function post(body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const response = await fetch(endpoint(), { method: 'POST', headers: { authorization: `Bearer ${token}`, ...headers }, body });
  return { status: response.status, headers: response.headers, body: (await response.json()) as { data?: any; errors?: any[]; extensions?: any } };
}

const COMPANY = 'query Company($id: ID!) { company(id: $id) { id name } }';

describe('requests', () => {
  it('answers a JSON POST with data, JSON content type and the security headers', async () => {
    const { status, headers, body } = await post(JSON.stringify({ query: COMPANY, variables: { id: companyId } }));
    expect(status).toBe(200);
    expect(body).toEqual({ data: { company: { id: companyId, name: 'Ромашка' } } });
    expect(headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('cache-control')).toBe('no-store');
  });

  it('runs the chosen operation of a document with several, from the same cached document each time', async () => {
    const query = `query A { me { email } } query B($id: ID!) { company(id: $id) { name } }`;
    for (let i = 0; i < 2; i += 1) {
      expect((await post(JSON.stringify({ query, operationName: 'A' }))).body.data).toEqual({ me: { email: 'manager@test.pulse' } });
      expect((await post(JSON.stringify({ query, operationName: 'B', variables: { id: companyId } }))).body.data).toEqual({ company: { name: 'Ромашка' } });
    }
    const unknown = await post(JSON.stringify({ query, operationName: 'C' }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors?.[0]).toMatchObject({ message: 'Unknown operation named "C".', extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } });
    const ambiguous = await post(JSON.stringify({ query }));
    expect(ambiguous.body.errors?.[0]?.message).toBe('Must provide operation name if query contains multiple operations.');
  });

  it('serves a query over GET when the request is preflighted, and refuses a mutation there', async () => {
    const url = `${endpoint()}?query=${encodeURIComponent('{ me { email } }')}`;
    const ok = await fetch(url, { headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': '1' } });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ data: { me: { email: 'manager@test.pulse' } } });
    const mutation = await fetch(`${endpoint()}?query=${encodeURIComponent('mutation { logout }')}`, { headers: { authorization: `Bearer ${token}`, 'x-apollo-operation-name': 'Logout' } });
    expect(mutation.status).toBe(405);
    expect(mutation.headers.get('allow')).toBe('POST');
  });

  it('refuses other methods with 405 and the methods it allows', async () => {
    const response = await fetch(endpoint(), { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, POST');
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});

describe('bad requests get a 4xx naming the problem', () => {
  it('malformed JSON: 400 with the parser message', async () => {
    const { status, body } = await post('{"query": "{ me { id } }"');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(body.errors?.[0]?.message).toMatch(/^The request body is not valid JSON: /);
  });

  it('an empty body, a body without query, a non-object: 400', async () => {
    expect((await post('')).body.errors?.[0]?.message).toBe('POST body missing, invalid Content-Type, or JSON object has no keys.');
    const missing = await post(JSON.stringify({ variables: {} }));
    expect(missing.status).toBe(400);
    expect(missing.body.errors?.[0]?.message).toBe('GraphQL operations must contain a non-empty `query` or a `persistedQuery` extension.');
    expect((await post('"{ me { id } }"')).status).toBe(400);
    expect((await post(JSON.stringify({ query: '{ me { id } }', variables: '{}' }))).body.errors?.[0]?.message).toMatch(/^`variables` in a POST body should be provided as an object/);
  });

  it('a batch (JSON array): 400, batching is off', async () => {
    const { status, body } = await post(JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]));
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toBe('Operation batching disabled.');
  });

  it('a body over 2 MB: 413', async () => {
    const { status, body } = await post(JSON.stringify({ query: '{ me { id } }', variables: { padding: 'x'.repeat(2 * 1024 * 1024) } }));
    expect(status).toBe(413);
    expect(body.errors?.[0]?.message).toMatch(/larger than the limit/);
  });

  it('a body that is not JSON, or not UTF-8: 415', async () => {
    const xml = await post('<query/>', { 'content-type': 'application/xml' });
    expect(xml.status).toBe(415);
    const latin = await post(JSON.stringify({ query: '{ me { id } }' }), { 'content-type': 'application/json; charset=latin1' });
    expect(latin.status).toBe(415);
    expect(latin.body.errors?.[0]?.message).toBe('The request body must be UTF-8, not latin1');
  });

  it('syntax errors: 400 GRAPHQL_PARSE_FAILED with the location', async () => {
    const { status, body } = await post(JSON.stringify({ query: '{ me { id }' }));
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'GRAPHQL_PARSE_FAILED' }, locations: [{ line: 1, column: 12 }] });
  });

  it('unknown fields: 400 GRAPHQL_VALIDATION_FAILED naming the field', async () => {
    const { status, body } = await post(JSON.stringify({ query: '{ me { id shoeSize } }' }));
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({ message: 'Cannot query field "shoeSize" on type "User".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  it('variables of the wrong type: 400 BAD_USER_INPUT', async () => {
    const { status, body } = await post(JSON.stringify({ query: COMPANY, variables: { id: true } }));
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(/^Variable "\$id" got invalid value true/);
    const missing = await post(JSON.stringify({ query: COMPANY }));
    expect(missing.status).toBe(400);
    expect(missing.body.errors?.[0]?.message).toMatch(/^Variable "\$id" of required type "ID!" was not provided/);
  });

  it('operations over the limits: 400 BAD_USER_INPUT on `query`', async () => {
    const deep = `{ companies(first: 1) { edges { node { headCompany { responsible { branch { name } } } } } } }`;
    const { status, body } = await post(JSON.stringify({ query: deep }));
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({ message: 'Query is 7 levels deep; the limit is 6', extensions: { code: 'BAD_USER_INPUT', field: 'query' } });
  });

  it('persisted queries are not supported: clients that try them are told so and fall back', async () => {
    const { status, body } = await post(JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }));
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
  });
});

describe('CSRF', () => {
  it('refuses a request a cross-site form could send (text/plain, form types, no content type) without a preflight header', async () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const { status, body } = await post(JSON.stringify({ query: 'mutation { logoutEverywhere }' }), { 'content-type': contentType });
      expect(status).toBe(400);
      expect(body.errors?.[0]?.message).toMatch(/potential Cross-Site Request Forgery/);
    }
    const get = await fetch(`${endpoint()}?query=${encodeURIComponent('{ me { id } }')}`, { headers: { authorization: `Bearer ${token}` } });
    expect(get.status).toBe(400);
    // The session survived: nothing ran.
    expect((await app.gql('{ me { email } }', {}, { token })).data?.me.email).toBe('manager@test.pulse');
  });
});

describe('errors', () => {
  it('masks an unexpected failure behind a reference, with status 200 and the data that did resolve', async () => {
    const companies = app.services.companies;
    const original = companies.get;
    companies.get = async () => {
      throw new Error('connection to 10.0.0.5 refused, password=hunter2');
    };
    try {
      const { status, body } = await post(JSON.stringify({ query: `query($id: ID!) { me { email } company(id: $id) { id } }`, variables: { id: companyId } }));
      expect(status).toBe(200);
      expect(body.data).toEqual({ me: { email: 'manager@test.pulse' }, company: null });
      expect(body.errors?.[0]?.message).toMatch(/^Internal error, reference [0-9a-f-]{36}$/);
      expect(body.errors?.[0]?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', errorId: expect.any(String) });
      expect(JSON.stringify(body)).not.toContain('hunter2');
    } finally {
      companies.get = original;
    }
  });

  it('keeps domain errors with their code, field and path', async () => {
    const { status, body } = await post(JSON.stringify({ query: COMPANY, variables: { id: 'not-an-id' } }));
    expect(status).toBe(200);
    expect(body.errors?.[0]).toMatchObject({ message: 'Company not found', path: ['company'], extensions: { code: 'NOT_FOUND', field: 'id' } });
  });

  it('refuses anonymous callers per root field', async () => {
    const response = await app.gql(`{ me { id } }`);
    expect(response.errors?.[0]).toMatchObject({ path: ['me'], extensions: { code: 'UNAUTHENTICATED' } });
  });
});

describe('cookies', () => {
  it('sets the session cookies on sign-in and clears them on sign-out', async () => {
    const login = await app.raw('mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }', {
      email: fx.users.head.email,
      password: 'correct-horse-42',
    });
    const accessToken = ((await login.json()) as any).data.login.accessToken as string;
    const set = login.headers.getSetCookie();
    expect(set.find((cookie) => cookie.startsWith('pulse_at='))).toMatch(/^pulse_at=[^;]+; Max-Age=\d+; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Lax$/);
    expect(set.find((cookie) => cookie.startsWith('pulse_rt='))).toMatch(/HttpOnly; SameSite=Lax$/);

    const logout = await app.raw('mutation { logout }', {}, { authorization: `Bearer ${accessToken}` });
    expect(logout.headers.getSetCookie()).toEqual([
      'pulse_at=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax',
      'pulse_rt=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax',
    ]);
  });
});
