import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtures, type Fixtures } from '../helpers/fixtures';
import { expectError, startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
let fx: Fixtures;
let admin: string;
let manager: string;

const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email fullName role branch { code } isActive } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id fullName role isActive } }`;

beforeAll(async () => {
  app = await startTestApp('users');
  fx = await createFixtures(app.dataSource);
  admin = await app.login('admin@test.pulse');
  manager = await app.login('manager@test.pulse');
});
afterAll(() => app?.close());

describe('users', () => {
  it('lists users sorted by name with filters and cursor pages', async () => {
    const query = `query($filter: UserFilter, $after: String) {
      users(filter: $filter, first: 3, after: $after) { totalCount edges { node { fullName role } } pageInfo { hasNextPage endCursor } }
    }`;
    const page1 = await app.gql(query, { filter: { branchId: fx.branches.ekb } }, { token: manager });
    expect(page1.data?.users.totalCount).toBe(4);
    expect(page1.data?.users.edges.map((e: any) => e.node.fullName)).toEqual(['Директоров Дмитрий', 'Менеджеров Михаил', 'Начальников Никита']);
    const page2 = await app.gql(query, { filter: { branchId: fx.branches.ekb }, after: page1.data?.users.pageInfo.endCursor }, { token: manager });
    expect(page2.data?.users.edges.map((e: any) => e.node.fullName)).toEqual(['Продажин Пётр']);
    expect(page2.data?.users.pageInfo.hasNextPage).toBe(false);
    const managers = await app.gql(query, { filter: { role: 'MANAGER', search: 'тюм' } }, { token: manager });
    expect(managers.data?.users.edges.map((e: any) => e.node.fullName)).toEqual(['Тюменцев Тарас']);
  });

  it('an admin creates a user who can then sign in; e-mails are unique regardless of case', async () => {
    const created = await app.gql(
      CREATE,
      { input: { email: 'new.manager@test.pulse', fullName: 'Новиков Николай', role: 'MANAGER', branchId: fx.branches.tmn, password: 'long-enough-1' } },
      { token: admin },
    );
    expect(created.data?.createUser).toMatchObject({ email: 'new.manager@test.pulse', role: 'MANAGER', branch: { code: 'TMN' }, isActive: true });
    await app.login('new.manager@test.pulse', 'long-enough-1');
    expectError(
      await app.gql(CREATE, { input: { email: 'NEW.MANAGER@test.pulse', fullName: 'Дубль', role: 'MANAGER' } }, { token: admin }),
      'BAD_USER_INPUT',
      'email',
    );
  });

  it('validates input and names the field', async () => {
    expectError(await app.gql(CREATE, { input: { email: 'x@test.pulse', fullName: 'Я'.repeat(201), role: 'MANAGER' } }, { token: admin }), 'BAD_USER_INPUT', 'fullName');
    expectError(await app.gql(CREATE, { input: { email: 'y@test.pulse', fullName: 'Юрий', role: 'MANAGER', timeZone: 'Mars/Olympus' } }, { token: admin }), 'BAD_USER_INPUT', 'timeZone');
    expectError(await app.gql(CREATE, { input: { email: 'z@test.pulse', fullName: 'Зоя', role: 'MANAGER', branchId: fx.users.admin.id } }, { token: admin }), 'BAD_USER_INPUT', 'branchId');
    expectError(await app.gql(UPDATE, { id: 'not-a-uuid', input: { fullName: 'Кто' } }, { token: admin }), 'NOT_FOUND', 'id');
  });

  it('only an admin manages users', async () => {
    expectError(await app.gql(CREATE, { input: { email: 'q@test.pulse', fullName: 'Кирилл', role: 'ADMIN' } }, { token: manager }), 'FORBIDDEN');
  });

  it('deactivating a user ends their sessions and blocks sign-in; the change is audited', async () => {
    const victim = await app.login('tmn-manager@test.pulse');
    const result = await app.gql(UPDATE, { id: fx.users.tmnManager.id, input: { isActive: false } }, { token: admin });
    expect(result.data?.updateUser.isActive).toBe(false);
    expectError(await app.gql('{ me { id } }', {}, { token: victim }), 'UNAUTHENTICATED');
    expectError(
      await app.gql('mutation { login(email: "tmn-manager@test.pulse", password: "correct-horse-42") { accessToken } }'),
      'UNAUTHENTICATED',
    );
    const [event] = await app.dataSource.query(`SELECT verb, actor_id, changes FROM audit_events WHERE entity_id = $1`, [fx.users.tmnManager.id]);
    expect(event).toEqual({ verb: 'user.update', actor_id: fx.users.admin.id, changes: { isActive: { from: true, to: false } } });
  });

  it('a user changes his own language without admin rights', async () => {
    const result = await app.gql(`mutation { updateMyProfile(input: { locale: en }) { locale } }`, {}, { token: manager });
    expect(result.data?.updateMyProfile.locale).toBe('en');
  });
});
