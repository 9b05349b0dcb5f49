import 'reflect-metadata';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtures, type Fixtures } from '../helpers/fixtures';
import { expectError, type GraphQLResponse, startTestApp, type TestApp } from '../helpers/test-app';

/**
 * Two API processes on one database and one Redis. Each keeps validated sessions in memory for a few seconds
 * (AuthService): a revocation or a change of the user on one process must be seen by the other at once.
 */
let a: TestApp;
let b: TestApp;
let fx: Fixtures;
const ME = '{ me { id email fullName role } }';

beforeAll(async () => {
  a = await startTestApp('session_cache', { redis: true });
  b = await startTestApp('session_cache-b', { redis: true, shareWith: a });
  fx = await createFixtures(a.dataSource);
});
afterAll(async () => {
  await b?.close();
  await a?.close();
});

/**
 * The other process hears of a revocation through Redis pub/sub, which the revoking request does not wait for:
 * "at once" means within the few milliseconds of a pub/sub hop, so cross-process checks allow up to 2 s.
 */
async function soon(app: TestApp, token: string, done: (result: GraphQLResponse) => boolean) {
  const deadline = Date.now() + 2_000;
  let result = await app.gql(ME, {}, { token });
  while (!done(result) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    result = await app.gql(ME, {}, { token });
  }
  return result;
}
const refusedSoon = async (app: TestApp, token: string) => expectError(await soon(app, token, (r) => !r.data?.me), 'UNAUTHENTICATED');

const sessionQueries = (app: TestApp) => app.queries.filter((sql) => sql.includes('auth_sessions s')).length;

describe('validated sessions cached in each API process', () => {
  it('a repeated request does not query the session again', async () => {
    const token = await a.login('manager@test.pulse');
    await b.gql(ME, {}, { token });
    b.resetQueries();
    expect((await b.gql(ME, {}, { token })).data?.me.email).toBe('manager@test.pulse');
    expect(sessionQueries(b)).toBe(0);
  });

  it('logoutEverywhere on one process is refused at once on the other', async () => {
    const phone = await a.login('tmn-manager@test.pulse');
    const web = await a.login('tmn-manager@test.pulse');
    // Both processes have validated (and cached) both sessions.
    for (const app of [a, b]) for (const token of [phone, web]) expect((await app.gql(ME, {}, { token })).data?.me).toBeTruthy();
    expect((await a.gql('mutation { logoutEverywhere }', {}, { token: web })).data?.logoutEverywhere).toBe(true);
    await refusedSoon(b, phone);
    await refusedSoon(b, web);
    expectError(await a.gql(ME, {}, { token: phone }), 'UNAUTHENTICATED');
  });

  it('logout of one session on one process is refused at once on the other; the other session lives', async () => {
    const phone = await b.login('head@test.pulse');
    const web = await b.login('head@test.pulse');
    for (const token of [phone, web]) expect((await a.gql(ME, {}, { token })).data?.me).toBeTruthy();
    expect((await b.gql('mutation { logout }', {}, { token: web })).data?.logout).toBe(true);
    await refusedSoon(a, web);
    expect((await a.gql(ME, {}, { token: phone })).data?.me.email).toBe('head@test.pulse');
  });

  it('a deactivated user is refused at once on the other process', async () => {
    const admin = await a.login('admin@test.pulse');
    const token = await b.login('other@test.pulse');
    expect((await b.gql(ME, {}, { token })).data?.me).toBeTruthy();
    const deactivated = await a.gql('mutation($id: ID!) { updateUser(id: $id, input: { isActive: false }) { id isActive } }', { id: fx.users.otherManager.id }, { token: admin });
    expect(deactivated.data?.updateUser.isActive).toBe(false);
    await refusedSoon(b, token);
  });

  it('a role changed on one process is seen at once on the other', async () => {
    const admin = await a.login('admin@test.pulse');
    const token = await b.login('group@test.pulse');
    expect((await b.gql(ME, {}, { token })).data?.me.role).toBe('GROUP_MANAGER');
    const changed = await a.gql('mutation($id: ID!) { updateUser(id: $id, input: { role: MANAGER }) { id role } }', { id: fx.users.groupManager.id }, { token: admin });
    expect(changed.data?.updateUser.role).toBe('MANAGER');
    expect((await soon(b, token, (r) => r.data?.me.role === 'MANAGER')).data?.me.role).toBe('MANAGER');
  });

  it('a password change ends the other sessions at once on the other process', async () => {
    const phone = await a.login('director@test.pulse');
    const web = await a.login('director@test.pulse');
    expect((await b.gql(ME, {}, { token: phone })).data?.me).toBeTruthy();
    const changed = await a.gql(
      'mutation($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }',
      { current: 'correct-horse-42', next: 'another-horse-43' },
      { token: web },
    );
    expect(changed.data?.changePassword).toBe(true);
    await refusedSoon(b, phone);
    expect((await b.gql(ME, {}, { token: web })).data?.me.email).toBe('director@test.pulse');
  });

  it('drops every cached session when the pub/sub connection comes back, since revocations may have been missed', async () => {
    const token = await a.login('tmn-director@test.pulse');
    expect((await b.gql(ME, {}, { token })).data?.me).toBeTruthy();
    // A revocation whose message never arrived (it was published while the subscribers were away).
    await a.dataSource.query(`UPDATE auth_sessions SET revoked_at = now() WHERE user_id = $1`, [fx.users.tmnDirector.id]);
    expect((await b.gql(ME, {}, { token })).data?.me).toBeTruthy();

    const admin = new Redis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
    try {
      const list = (await admin.call('CLIENT', 'LIST')) as string;
      const ids = list
        .split('\n')
        .filter((line) => line.includes(` name=${a.db.name}:sub `))
        .map((line) => /(?:^|\s)id=(\d+)/.exec(line)?.[1])
        .filter(Boolean) as string[];
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) await admin.call('CLIENT', 'KILL', 'ID', id);
    } finally {
      admin.disconnect();
    }
    // Well inside the cache's 30 s: the reconnect, not the expiry, ends the session here.
    const deadline = Date.now() + 10_000;
    let result = await b.gql(ME, {}, { token });
    while (result.data?.me && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      result = await b.gql(ME, {}, { token });
    }
    expectError(result, 'UNAUTHENTICATED');
  });
});
