import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtures, type Fixtures } from '../helpers/fixtures';
import { expectError, startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
let fx: Fixtures;
let admin: string;
let manager: string;

const CREATE_STATUS = `mutation($input: DictionaryEntryInput!) { createCompanyStatus(input: $input) { id name color sortOrder isActive } }`;
const UPDATE_STATUS = `mutation($id: ID!, $input: UpdateDictionaryEntryInput!) { updateCompanyStatus(id: $id, input: $input) { id name color sortOrder isActive } }`;
const CREATE_SPHERE = `mutation($input: DictionaryEntryInput!) { createSphere(input: $input) { id name sortOrder } }`;
const UPDATE_SPHERE = `mutation($id: ID!, $input: UpdateDictionaryEntryInput!) { updateSphere(id: $id, input: $input) { id name } }`;
const CREATE_TYPE = `mutation($input: TaskTypeInput!) { createTaskType(input: $input) { id name icon color sortOrder isActive } }`;
const UPDATE_TYPE = `mutation($id: ID!, $input: UpdateTaskTypeInput!) { updateTaskType(id: $id, input: $input) { id name icon color isActive } }`;

beforeAll(async () => {
  app = await startTestApp('dictionaries');
  fx = await createFixtures(app.dataSource);
  admin = await app.login('admin@test.pulse');
  manager = await app.login('manager@test.pulse');
});
afterAll(() => app?.close());

describe('dictionaries', () => {
  it('everyone reads the lists in the order the administrator arranged', async () => {
    const result = await app.gql(`{ companyStatuses { name color } spheres { name } taskTypes { name icon } }`, {}, { token: manager });
    expect(result.data).toEqual({
      companyStatuses: [
        { name: 'Новый', color: '#2f80ed' },
        { name: 'Клиент', color: '#27ae60' },
      ],
      spheres: [{ name: 'Строительство' }, { name: 'IT' }],
      taskTypes: [
        { name: 'Звонок', icon: 'phone' },
        { name: 'Встреча', icon: 'users' },
      ],
    });
  });

  it('an admin adds a company status, which goes last, and edits it; both changes are audited', async () => {
    const created = await app.gql(CREATE_STATUS, { input: { name: '  Тендер  ', color: '#F2994A' } }, { token: admin });
    const status = created.data?.createCompanyStatus;
    expect(status).toEqual({ id: expect.any(String), name: 'Тендер', color: '#f2994a', sortOrder: 3, isActive: true });

    const updated = await app.gql(UPDATE_STATUS, { id: status.id, input: { name: 'Тендер 2026', color: null, isActive: false } }, { token: admin });
    expect(updated.data?.updateCompanyStatus).toEqual({ id: status.id, name: 'Тендер 2026', color: null, sortOrder: 3, isActive: false });

    const names = await app.gql(`{ companyStatuses { name isActive } }`, {}, { token: manager });
    expect(names.data?.companyStatuses).toEqual([
      { name: 'Новый', isActive: true },
      { name: 'Клиент', isActive: true },
      { name: 'Тендер 2026', isActive: false },
    ]);

    const events = await app.dataSource.query(`SELECT verb, entity_type, actor_id, changes FROM audit_events WHERE entity_id = $1 ORDER BY occurred_at`, [status.id]);
    expect(events).toEqual([
      {
        verb: 'companyStatus.create',
        entity_type: 'CompanyStatus',
        actor_id: fx.users.admin.id,
        changes: {
          name: { from: null, to: 'Тендер' },
          color: { from: null, to: '#f2994a' },
          sortOrder: { from: null, to: 3 },
          isActive: { from: null, to: true },
        },
      },
      {
        verb: 'companyStatus.update',
        entity_type: 'CompanyStatus',
        actor_id: fx.users.admin.id,
        changes: {
          name: { from: 'Тендер', to: 'Тендер 2026' },
          color: { from: '#f2994a', to: null },
          isActive: { from: true, to: false },
        },
      },
    ]);
  });

  it('spheres and task types follow the same rules; a task type has an icon', async () => {
    const sphere = await app.gql(CREATE_SPHERE, { input: { name: 'Медицина', sortOrder: 0 } }, { token: admin });
    expect(sphere.data?.createSphere).toMatchObject({ name: 'Медицина', sortOrder: 0 });
    const renamed = await app.gql(UPDATE_SPHERE, { id: sphere.data?.createSphere.id, input: { name: 'Здравоохранение' } }, { token: admin });
    expect(renamed.data?.updateSphere.name).toBe('Здравоохранение');
    expect((await app.gql(`{ spheres { name } }`, {}, { token: manager })).data?.spheres.map((s: any) => s.name)).toEqual([
      'Здравоохранение',
      'Строительство',
      'IT',
    ]);

    const type = await app.gql(CREATE_TYPE, { input: { name: 'Письмо', icon: 'mail', color: '#27ae60' } }, { token: admin });
    expect(type.data?.createTaskType).toEqual({ id: expect.any(String), name: 'Письмо', icon: 'mail', color: '#27ae60', sortOrder: 3, isActive: true });
    const changed = await app.gql(UPDATE_TYPE, { id: fx.taskTypes.meeting, input: { icon: null, isActive: false } }, { token: admin });
    expect(changed.data?.updateTaskType).toEqual({ id: fx.taskTypes.meeting, name: 'Встреча', icon: null, color: '#9b51e0', isActive: false });
  });

  it('names are unique regardless of case, within each dictionary', async () => {
    expectError(await app.gql(CREATE_STATUS, { input: { name: 'клиент' } }, { token: admin }), 'BAD_USER_INPUT', 'name');
    expectError(await app.gql(UPDATE_STATUS, { id: fx.statuses.new, input: { name: 'КЛИЕНТ' } }, { token: admin }), 'BAD_USER_INPUT', 'name');
    expectError(await app.gql(CREATE_TYPE, { input: { name: 'ЗВОНОК' } }, { token: admin }), 'BAD_USER_INPUT', 'name');
    // The same name in another dictionary is fine, and renaming an entry to a new case of its own name too.
    expect((await app.gql(CREATE_SPHERE, { input: { name: 'Клиент' } }, { token: admin })).data?.createSphere.name).toBe('Клиент');
    expect((await app.gql(UPDATE_STATUS, { id: fx.statuses.new, input: { name: 'НОВЫЙ' } }, { token: admin })).data?.updateCompanyStatus.name).toBe('НОВЫЙ');
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM company_statuses WHERE lower(name) = 'клиент'`);
    expect(count).toBe(1);
  });

  it('validates the input and names the field', async () => {
    expectError(await app.gql(CREATE_STATUS, { input: { name: '   ' } }, { token: admin }), 'BAD_USER_INPUT', 'name');
    expectError(await app.gql(CREATE_STATUS, { input: { name: 'Я'.repeat(101) } }, { token: admin }), 'BAD_USER_INPUT', 'name');
    expectError(await app.gql(CREATE_STATUS, { input: { name: 'Красный', color: 'red' } }, { token: admin }), 'BAD_USER_INPUT', 'color');
    expectError(await app.gql(CREATE_STATUS, { input: { name: 'Красный', color: '#ff000' } }, { token: admin }), 'BAD_USER_INPUT', 'color');
    expectError(await app.gql(CREATE_TYPE, { input: { name: 'Факс', icon: '<svg>' } }, { token: admin }), 'BAD_USER_INPUT', 'icon');
    expectError(await app.gql(CREATE_SPHERE, { input: { name: 'Лес', sortOrder: -1 } }, { token: admin }), 'BAD_USER_INPUT', 'sortOrder');
    expectError(await app.gql(UPDATE_SPHERE, { id: 'nope', input: { name: 'Лес' } }, { token: admin }), 'NOT_FOUND', 'id');
    expectError(await app.gql(UPDATE_SPHERE, { id: fx.statuses.new, input: { name: 'Лес' } }, { token: admin }), 'NOT_FOUND');
  });

  it('only an administrator edits dictionaries', async () => {
    for (const email of ['manager@test.pulse', 'director@test.pulse', 'group@test.pulse']) {
      const token = await app.login(email);
      expectError(await app.gql(CREATE_STATUS, { input: { name: 'Свой статус' } }, { token }), 'FORBIDDEN');
      expectError(await app.gql(UPDATE_TYPE, { id: fx.taskTypes.call, input: { name: 'Мой звонок' } }, { token }), 'FORBIDDEN');
    }
    expectError(await app.gql(CREATE_SPHERE, { input: { name: 'Аноним' } }), 'UNAUTHENTICATED');
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM company_statuses WHERE name = 'Свой статус'`);
    expect(count).toBe(0);
  });
});
