import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtures, type Fixtures } from '../helpers/fixtures';
import { FIXTURE_PASSWORD, expectError, startTestApp, type TestApp } from '../helpers/test-app';

const LOGIN = `mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken refreshToken accessTokenExpiresAt user { email role branch { code } } }
}`;
const ME = `{ me { id email fullName role } }`;
const REFRESH = `mutation($token: String) { refreshToken(token: $token) { accessToken refreshToken } }`;

let app: TestApp;
let fx: Fixtures;

beforeAll(async () => {
  app = await startTestApp('auth', { redis: true, env: { LOGIN_MAX_ATTEMPTS: '3', LOGIN_LOCK_SECONDS: '60' } });
  fx = await createFixtures(app.dataSource);
});
afterAll(() => app?.close());

// Lockout counters live in Redis here, as in production with several API processes.
describe('login', () => {
  it('returns tokens and the user, and sets httpOnly SameSite=Lax cookies', async () => {
    const response = await app.raw(LOGIN, { email: 'MANAGER@test.pulse', password: FIXTURE_PASSWORD });
    const body = (await response.json()) as any;
    expect(body.data.login.user).toEqual({ email: 'manager@test.pulse', role: 'MANAGER', branch: { code: 'EKB' } });
    expect(new Date(body.data.login.accessTokenExpiresAt).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    const cookies = response.headers.getSetCookie();
    expect(cookies.find((c) => c.startsWith('pulse_at='))).toMatch(/HttpOnly/);
    expect(cookies.find((c) => c.startsWith('pulse_rt='))).toMatch(/SameSite=Lax/);

    const me = await app.gql(ME, {}, { token: body.data.login.accessToken });
    expect(me.data?.me).toMatchObject({ id: fx.users.manager.id, role: 'MANAGER' });
    const viaCookie = await app.gql(ME, {}, { headers: { cookie: `pulse_at=${body.data.login.accessToken}` } });
    expect(viaCookie.data?.me.id).toBe(fx.users.manager.id);
  });

  it('rejects a wrong password without saying which part was wrong', async () => {
    const result = await app.gql(LOGIN, { email: 'head@test.pulse', password: 'nope' });
    expect(expectError(result, 'UNAUTHENTICATED').message).toBe('Wrong e-mail or password');
  });

  it('names the field of a malformed e-mail', async () => {
    expectError(await app.gql(LOGIN, { email: 'not-an-email', password: 'x' }), 'BAD_USER_INPUT', 'email');
  });

  it('locks the account after repeated failures, even for the right password', async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expectError(await app.gql(LOGIN, { email: 'other@test.pulse', password: 'wrong' }), 'UNAUTHENTICATED');
    }
    const locked = expectError(await app.gql(LOGIN, { email: 'other@test.pulse', password: FIXTURE_PASSWORD }), 'RATE_LIMITED');
    expect(locked.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    // Other accounts are unaffected.
    expect((await app.gql(LOGIN, { email: 'head@test.pulse', password: FIXTURE_PASSWORD })).data?.login.user.role).toBe('SALES_HEAD');
  });

  it('refuses anonymous access to everything but the sign-in mutations', async () => {
    expectError(await app.gql(ME), 'UNAUTHENTICATED');
    expectError(await app.gql('{ users { totalCount } }'), 'UNAUTHENTICATED');
  });
});

describe('refresh tokens', () => {
  it('rotate on every use; a retired token ends the session', async () => {
    const { data } = await app.gql(LOGIN, { email: 'director@test.pulse', password: FIXTURE_PASSWORD });
    const first = data!.login.refreshToken as string;
    const rotated = await app.gql(REFRESH, { token: first });
    const second = rotated.data!.refreshToken.refreshToken as string;
    expect(second).not.toBe(first);
    expect((await app.gql(ME, {}, { token: rotated.data!.refreshToken.accessToken })).data?.me.email).toBe('director@test.pulse');

    // Presenting the first token again after the grace window means it was copied: the session ends.
    await app.dataSource.query(`UPDATE auth_sessions SET updated_at = now() - interval '1 minute'`);
    expectError(await app.gql(REFRESH, { token: first }), 'UNAUTHENTICATED');
    expectError(await app.gql(REFRESH, { token: second }), 'UNAUTHENTICATED');
    expectError(await app.gql(ME, {}, { token: rotated.data!.refreshToken.accessToken }), 'UNAUTHENTICATED');
  });

  it('reads the refresh token from the pulse_rt cookie when no argument is given', async () => {
    const { data } = await app.gql(LOGIN, { email: 'group@test.pulse', password: FIXTURE_PASSWORD });
    const result = await app.gql(REFRESH, {}, { headers: { cookie: `pulse_rt=${data!.login.refreshToken}` } });
    expect(result.data?.refreshToken.accessToken).toEqual(expect.any(String));
  });
});

describe('logout', () => {
  it('logout revokes this session only; logoutEverywhere revokes all of them', async () => {
    const phone = await app.login('tmn-manager@test.pulse');
    const web = await app.login('tmn-manager@test.pulse');
    const laptop = await app.login('tmn-manager@test.pulse');
    expect((await app.gql('mutation { logout }', {}, { token: web })).data?.logout).toBe(true);
    expectError(await app.gql(ME, {}, { token: web }), 'UNAUTHENTICATED');
    expect((await app.gql(ME, {}, { token: phone })).data?.me.email).toBe('tmn-manager@test.pulse');

    expect((await app.gql('mutation { logoutEverywhere }', {}, { token: laptop })).data?.logoutEverywhere).toBe(true);
    expectError(await app.gql(ME, {}, { token: phone }), 'UNAUTHENTICATED');
    expectError(await app.gql(ME, {}, { token: laptop }), 'UNAUTHENTICATED');
  });
});

describe('magic links', () => {
  it('an admin issues a one-time link; it signs in once and never again', async () => {
    const admin = await app.login('admin@test.pulse');
    const issued = await app.gql(
      'mutation($id: ID!) { createMagicLink(userId: $id) { url token expiresAt } }',
      { id: fx.users.tmnDirector.id },
      { token: admin },
    );
    const { token, url } = issued.data!.createMagicLink;
    expect(url).toBe(`http://localhost:3000/magic/${token}`);
    const use = `mutation($token: String!) { loginWithMagicLink(token: $token) { user { email lastLoginAt } } }`;
    const used = await app.gql(use, { token });
    expect(used.errors).toBeUndefined();
    expect(used.data?.loginWithMagicLink.user.email).toBe('tmn-director@test.pulse');
    expect(Date.now() - new Date(used.data?.loginWithMagicLink.user.lastLoginAt).getTime()).toBeLessThan(60_000);
    expectError(await app.gql(use, { token }), 'UNAUTHENTICATED');
  });

  it('only an admin may issue one', async () => {
    const head = await app.login('head@test.pulse');
    expectError(
      await app.gql('mutation($id: ID!) { createMagicLink(userId: $id) { url } }', { id: fx.users.manager.id }, { token: head }),
      'FORBIDDEN',
    );
  });
});
