import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtures, type Fixtures, insertCompany, insertContact } from '../helpers/fixtures';
import { expectError, startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
let fx: Fixtures;
let tokens: Record<'admin' | 'manager' | 'other' | 'head' | 'tmnDirector', string>;
let romashka: string;
let vasilek: string;
let anna: string;
let boris: string;

const TASK_FIELDS = `id title description status isUrgent dueAt completedAt result rrule isOverdue viewerCanEdit
  type { name } assignee { email } creator { email } company { name } contact { firstName }`;
const CREATE = `mutation($input: CreateTaskInput!) { createTask(input: $input) { ${TASK_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateTaskInput!) { updateTask(id: $id, input: $input) { ${TASK_FIELDS} } }`;
const COMPLETE = `mutation($id: ID!, $result: String) { completeTask(id: $id, result: $result) { id status completedAt result } }`;
const RESCHEDULE = `mutation($id: ID!, $dueAt: DateTimeISO!) { rescheduleTask(id: $id, dueAt: $dueAt) { id dueAt } }`;
const CANCEL = `mutation($id: ID!) { cancelTask(id: $id) { id status } }`;
const REOPEN = `mutation($id: ID!) { reopenTask(id: $id) { id status completedAt result } }`;
const GET = `query($id: ID!) { task(id: $id) { id title assignee { email } } }`;
const LIST = `query($filter: TaskFilter, $orderBy: TaskOrder, $first: Int, $after: String) {
  tasks(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount edges { node { title } } pageInfo { hasNextPage endCursor }
  }
}`;

/** Yekaterinburg keeps UTC+5 all year: a local wall-clock time `dayOffset` days from today there. */
const YEKT_OFFSET = '+05:00';
function yekt(dayOffset: number, time: string): Date {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Yekaterinburg' }).format(new Date());
  const midnightToday = new Date(`${today}T${time}:00${YEKT_OFFSET}`);
  return new Date(midnightToday.getTime() + dayOffset * 86_400_000);
}

const titles = (result: any): string[] => {
  if (!result.data?.tasks) throw new Error(JSON.stringify(result.errors));
  return result.data.tasks.edges.map((edge: any) => edge.node.title);
};

async function createTask(token: string, input: Record<string, unknown>) {
  const result = await app.gql(CREATE, { input }, { token });
  if (!result.data?.createTask) throw new Error(JSON.stringify(result.errors));
  return result.data.createTask;
}

beforeAll(async () => {
  app = await startTestApp('tasks');
  fx = await createFixtures(app.dataSource);
  tokens = {
    admin: await app.login('admin@test.pulse'),
    manager: await app.login('manager@test.pulse'),
    other: await app.login('other@test.pulse'),
    head: await app.login('head@test.pulse'),
    tmnDirector: await app.login('tmn-director@test.pulse'),
  };
  romashka = await insertCompany(app.dataSource, { name: 'ООО Ромашка', responsibleId: fx.users.manager.id, branchId: fx.branches.ekb });
  vasilek = await insertCompany(app.dataSource, { name: 'АО Василёк', responsibleId: fx.users.otherManager.id, branchId: fx.branches.ekb });
  anna = await insertContact(app.dataSource, { companyId: romashka, firstName: 'Анна' });
  boris = await insertContact(app.dataSource, { companyId: vasilek, firstName: 'Борис' });
});
afterAll(() => app?.close());

describe('a manager and his own tasks', () => {
  let call: any;
  let offer: any;
  let meeting: any;
  let undated: any;

  beforeAll(async () => {
    call = await createTask(tokens.manager, {
      title: 'Позвонить в Ромашку',
      typeId: fx.taskTypes.call,
      companyId: romashka,
      contactId: anna,
      dueAt: yekt(0, '23:30').toISOString(),
      isUrgent: true,
    });
    offer = await createTask(tokens.manager, { title: 'Отправить КП', dueAt: yekt(-1, '10:00').toISOString(), companyId: vasilek });
    meeting = await createTask(tokens.manager, { title: 'Встреча в офисе', typeId: fx.taskTypes.meeting, dueAt: yekt(2, '12:00').toISOString() });
    undated = await createTask(tokens.manager, { title: 'Без срока', description: 'Когда-нибудь' });
    await createTask(tokens.other, { title: 'Чужая задача', dueAt: yekt(0, '12:00').toISOString() });
    await createTask(tokens.head, { title: 'От руководителя', assigneeId: fx.users.manager.id, dueAt: yekt(1, '09:00').toISOString() });
  });

  it('creates a task for himself with a type, a company and its contact', () => {
    expect(call).toEqual({
      id: expect.any(String),
      title: 'Позвонить в Ромашку',
      description: null,
      status: 'NEW',
      isUrgent: true,
      dueAt: yekt(0, '23:30').toISOString(),
      completedAt: null,
      result: null,
      rrule: null,
      isOverdue: Date.now() > yekt(0, '23:30').getTime(),
      viewerCanEdit: true,
      type: { name: 'Звонок' },
      assignee: { email: 'manager@test.pulse' },
      creator: { email: 'manager@test.pulse' },
      company: { name: 'ООО Ромашка' },
      contact: { firstName: 'Анна' },
    });
    expect(offer.isOverdue).toBe(true);
  });

  it('lists his tasks soonest first, with the mine, overdue and due-date filters', async () => {
    const mine = await app.gql(LIST, { filter: { mine: true } }, { token: tokens.manager });
    expect(titles(mine)).toEqual(['Отправить КП', 'Позвонить в Ромашку', 'От руководителя', 'Встреча в офисе', 'Без срока']);
    expect(mine.data?.tasks.totalCount).toBe(5);

    const lateToday = Date.now() > yekt(0, '23:30').getTime();
    const overdue = await app.gql(LIST, { filter: { mine: true, overdue: true } }, { token: tokens.manager });
    expect(titles(overdue)).toEqual(lateToday ? ['Отправить КП', 'Позвонить в Ромашку'] : ['Отправить КП']);

    const today = { dueFrom: yekt(0, '00:00').toISOString(), dueTo: yekt(1, '00:00').toISOString() };
    expect(titles(await app.gql(LIST, { filter: { mine: true, ...today } }, { token: tokens.manager }))).toEqual(['Позвонить в Ромашку']);
    expect(titles(await app.gql(LIST, { filter: { companyId: vasilek } }, { token: tokens.manager }))).toEqual(['Отправить КП']);
    expect(titles(await app.gql(LIST, { filter: { creatorId: fx.users.head.id } }, { token: tokens.manager }))).toEqual(['От руководителя']);
    expect(titles(await app.gql(LIST, { filter: { search: 'ромаш' } }, { token: tokens.manager }))).toEqual(['Позвонить в Ромашку']);
    expect(titles(await app.gql(LIST, { filter: { search: '100%' } }, { token: tokens.manager }))).toEqual([]);
    expectError(await app.gql(LIST, { filter: { assigneeId: 'me' } }, { token: tokens.manager }), 'BAD_USER_INPUT', 'filter.assigneeId');
  });

  it('pages through the newest first by creation time', async () => {
    const orderBy = { field: 'CREATED_AT', direction: 'DESC' };
    const page1 = await app.gql(LIST, { filter: { mine: true }, orderBy, first: 3 }, { token: tokens.manager });
    expect(titles(page1)).toEqual(['От руководителя', 'Без срока', 'Встреча в офисе']);
    expect(page1.data?.tasks.pageInfo.hasNextPage).toBe(true);
    const page2 = await app.gql(LIST, { filter: { mine: true }, orderBy, first: 3, after: page1.data?.tasks.pageInfo.endCursor }, { token: tokens.manager });
    expect(titles(page2)).toEqual(['Отправить КП', 'Позвонить в Ромашку']);
    expect(page2.data?.tasks.pageInfo.hasNextPage).toBe(false);
  });

  it('completes a task with a result; completing again changes nothing', async () => {
    const done = await app.gql(COMPLETE, { id: call.id, result: ' Договорились о встрече ' }, { token: tokens.manager });
    const completed = done.data?.completeTask;
    expect(completed).toMatchObject({ id: call.id, status: 'DONE', result: 'Договорились о встрече' });
    expect(Math.abs(new Date(completed.completedAt).getTime() - Date.now())).toBeLessThan(60_000);

    const again = await app.gql(COMPLETE, { id: call.id, result: 'Другой результат' }, { token: tokens.manager });
    expect(again.data?.completeTask).toEqual(completed);
    const stored = await app.gql(`query($id: ID!) { task(id: $id) { status isOverdue result } }`, { id: call.id }, { token: tokens.manager });
    expect(stored.data?.task).toEqual({ status: 'DONE', isOverdue: false, result: 'Договорились о встрече' });
    expectError(await app.gql(CANCEL, { id: call.id }, { token: tokens.manager }), 'CONFLICT');

    const events = await app.dataSource.query(`SELECT verb, actor_id, company_id, changes FROM audit_events WHERE entity_id = $1 ORDER BY occurred_at`, [call.id]);
    expect(events.map((e: any) => [e.verb, e.actor_id, e.company_id])).toEqual([
      ['task.create', fx.users.manager.id, romashka],
      ['task.complete', fx.users.manager.id, romashka],
    ]);
    expect(events[0].changes).toMatchObject({
      title: { from: null, to: 'Позвонить в Ромашку' },
      typeId: { from: null, to: fx.taskTypes.call },
      assigneeId: { from: null, to: fx.users.manager.id },
      contactId: { from: null, to: anna },
      isUrgent: { from: null, to: true },
      status: { from: null, to: 'NEW' },
    });
    expect(events[1].changes).toEqual({
      status: { from: 'NEW', to: 'DONE' },
      completedAt: { from: null, to: completed.completedAt },
      result: { from: null, to: 'Договорились о встрече' },
    });
  });

  it('reschedules a task, cancels and reopens another; a cancelled task cannot be completed', async () => {
    const dueAt = yekt(3, '15:00').toISOString();
    expect((await app.gql(RESCHEDULE, { id: meeting.id, dueAt }, { token: tokens.manager })).data?.rescheduleTask).toEqual({ id: meeting.id, dueAt });
    const [event] = await app.dataSource.query(`SELECT changes, company_id FROM audit_events WHERE entity_id = $1 AND verb = 'task.reschedule'`, [meeting.id]);
    expect(event).toEqual({ company_id: null, changes: { dueAt: { from: yekt(2, '12:00').toISOString(), to: dueAt } } });

    expect((await app.gql(CANCEL, { id: undated.id }, { token: tokens.manager })).data?.cancelTask).toEqual({ id: undated.id, status: 'CANCELLED' });
    expectError(await app.gql(COMPLETE, { id: undated.id }, { token: tokens.manager }), 'CONFLICT');
    expectError(await app.gql(RESCHEDULE, { id: undated.id, dueAt }, { token: tokens.manager }), 'CONFLICT');
    expect((await app.gql(REOPEN, { id: undated.id }, { token: tokens.manager })).data?.reopenTask).toEqual({
      id: undated.id,
      status: 'NEW',
      completedAt: null,
      result: null,
    });
    const verbs = await app.dataSource.query(`SELECT verb FROM audit_events WHERE entity_id = $1 ORDER BY occurred_at`, [undated.id]);
    expect(verbs.map((row: any) => row.verb)).toEqual(['task.create', 'task.cancel', 'task.reopen']);
  });

  it('edits a task: moving it to another company drops the old contact', async () => {
    const moved = await app.gql(UPDATE, { id: call.id, input: { companyId: vasilek, description: 'Перешёл в Василёк' } }, { token: tokens.manager });
    expect(moved.data?.updateTask).toMatchObject({ company: { name: 'АО Василёк' }, contact: null, description: 'Перешёл в Василёк' });
    const withContact = await app.gql(UPDATE, { id: call.id, input: { contactId: boris, status: 'IN_PROGRESS' } }, { token: tokens.manager });
    expectError(withContact, 'CONFLICT');
    const reopened = await app.gql(REOPEN, { id: call.id }, { token: tokens.manager });
    expect(reopened.data?.reopenTask.status).toBe('NEW');
    const started = await app.gql(UPDATE, { id: call.id, input: { contactId: boris, status: 'IN_PROGRESS' } }, { token: tokens.manager });
    expect(started.data?.updateTask).toMatchObject({ status: 'IN_PROGRESS', contact: { firstName: 'Борис' } });
    expectError(await app.gql(UPDATE, { id: call.id, input: { status: 'DONE' } }, { token: tokens.manager }), 'BAD_USER_INPUT', 'status');
    const [event] = await app.dataSource.query(
      `SELECT changes, company_id FROM audit_events WHERE entity_id = $1 AND verb = 'task.update' ORDER BY occurred_at LIMIT 1`,
      [call.id],
    );
    expect(event).toEqual({
      company_id: vasilek,
      changes: {
        companyId: { from: romashka, to: vasilek },
        contactId: { from: anna, to: null },
        description: { from: null, to: 'Перешёл в Василёк' },
      },
    });
  });

  it('stores a recurring rule normalised; a recurring task needs a due date', async () => {
    const weekly = await createTask(tokens.manager, { title: 'Планёрка', rrule: 'freq=weekly;byday=mo', dueAt: yekt(1, '09:00').toISOString() });
    expect(weekly.rrule).toBe('FREQ=WEEKLY;BYDAY=MO');
    expectError(await app.gql(CREATE, { input: { title: 'Без даты', rrule: 'FREQ=DAILY' } }, { token: tokens.manager }), 'BAD_USER_INPUT', 'dueAt');
    expectError(await app.gql(UPDATE, { id: weekly.id, input: { dueAt: null } }, { token: tokens.manager }), 'BAD_USER_INPUT', 'dueAt');
    const stopped = await app.gql(UPDATE, { id: weekly.id, input: { rrule: null, dueAt: null } }, { token: tokens.manager });
    expect(stopped.data?.updateTask).toMatchObject({ rrule: null, dueAt: null });
  });
});

describe('cursors', () => {
  it('keep rows created within the same millisecond apart, and Company.tasks cursors continue in tasks()', async () => {
    const company = await insertCompany(app.dataSource, { name: 'ООО Микросекунда', responsibleId: fx.users.admin.id, branchId: null });
    for (const [title, micros] of [['μ1', 401], ['μ2', 402], ['μ3', 403]] as const) {
      await app.dataSource.query(
        `INSERT INTO tasks (title, status, assignee_id, creator_id, company_id, created_at, due_at)
         VALUES ($1, 'NEW', $2, $2, $3, $4, $4)`,
        [title, fx.users.admin.id, company, `2026-01-01 10:00:00.123${micros}+00`],
      );
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page += 1) {
      const result: any = await app.gql(LIST, { filter: { companyId: company }, orderBy: { field: 'CREATED_AT', direction: 'DESC' }, first: 1, after }, { token: tokens.admin });
      seen.push(...titles(result));
      after = result.data.tasks.pageInfo.endCursor;
    }
    expect(seen).toEqual(['μ3', 'μ2', 'μ1']);

    const viaCompany = await app.gql(
      `query($filter: TaskFilter) { tasks(filter: $filter, first: 1) { edges { node { company { tasks(first: 1) { edges { node { title } } pageInfo { endCursor } } } } } } }`,
      { filter: { companyId: company } },
      { token: tokens.admin },
    );
    const companyTasks = viaCompany.data?.tasks.edges[0].node.company.tasks;
    expect(companyTasks.edges).toEqual([{ node: { title: 'μ1' } }]);
    const rest = await app.gql(LIST, { filter: { companyId: company }, after: companyTasks.pageInfo.endCursor }, { token: tokens.admin });
    expect(titles(rest)).toEqual(['μ2', 'μ3']);
  });
});

describe('assignment and visibility', () => {
  let colleagueTask: any;

  beforeAll(async () => {
    colleagueTask = await createTask(tokens.other, { title: 'Задача коллеги', dueAt: yekt(1, '11:00').toISOString() });
  });

  it('a manager may not give work to a colleague; the branch head may give it to him', async () => {
    const [{ before }] = await app.dataSource.query(`SELECT count(*)::int AS before FROM tasks`);
    expectError(
      await app.gql(CREATE, { input: { title: 'Сделай за меня', assigneeId: fx.users.otherManager.id } }, { token: tokens.manager }),
      'FORBIDDEN',
    );
    const [{ after }] = await app.dataSource.query(`SELECT count(*)::int AS after FROM tasks`);
    expect(after).toBe(before);

    const own = await createTask(tokens.manager, { title: 'Передать нельзя' });
    expectError(await app.gql(UPDATE, { id: own.id, input: { assigneeId: fx.users.otherManager.id } }, { token: tokens.manager }), 'FORBIDDEN');

    const assigned = await createTask(tokens.head, { title: 'Поручение', assigneeId: fx.users.otherManager.id });
    expect(assigned).toMatchObject({ assignee: { email: 'other@test.pulse' }, creator: { email: 'head@test.pulse' }, viewerCanEdit: true });
    const handedOver = await app.gql(UPDATE, { id: own.id, input: { assigneeId: fx.users.otherManager.id } }, { token: tokens.head });
    expect(handedOver.data?.updateTask.assignee).toEqual({ email: 'other@test.pulse' });
    // The manager created it, so he still sees it.
    expect((await app.gql(GET, { id: own.id }, { token: tokens.manager })).data?.task.assignee).toEqual({ email: 'other@test.pulse' });
    expectError(
      await app.gql(CREATE, { input: { title: 'В другой филиал', assigneeId: fx.users.tmnManager.id } }, { token: tokens.head }),
      'FORBIDDEN',
    );
  });

  it('the branch head sees the branch tasks, a director of another branch does not', async () => {
    expect((await app.gql(GET, { id: colleagueTask.id }, { token: tokens.head })).data?.task.title).toBe('Задача коллеги');
    expectError(await app.gql(GET, { id: colleagueTask.id }, { token: tokens.tmnDirector }), 'NOT_FOUND');
    expectError(await app.gql(GET, { id: colleagueTask.id }, { token: tokens.manager }), 'NOT_FOUND');
    expectError(await app.gql(COMPLETE, { id: colleagueTask.id }, { token: tokens.tmnDirector }), 'NOT_FOUND');
    expectError(await app.gql(GET, { id: 'not-an-id' }, { token: tokens.head }), 'NOT_FOUND');

    const filter = { assigneeId: fx.users.otherManager.id, search: 'коллеги' };
    expect(titles(await app.gql(LIST, { filter }, { token: tokens.head }))).toEqual(['Задача коллеги']);
    expect(titles(await app.gql(LIST, { filter }, { token: tokens.admin }))).toEqual(['Задача коллеги']);
    expect(titles(await app.gql(LIST, { filter }, { token: tokens.tmnDirector }))).toEqual([]);
    expect(titles(await app.gql(LIST, { filter }, { token: tokens.manager }))).toEqual([]);

    const headDone = await app.gql(COMPLETE, { id: colleagueTask.id, result: 'Сделано руководителем' }, { token: tokens.head });
    expect(headDone.data?.completeTask.status).toBe('DONE');
  });
});

describe('validation', () => {
  it('names the field of every bad input and leaves the stored task unchanged', async () => {
    const task = await createTask(tokens.manager, {
      title: 'Неизменная',
      typeId: fx.taskTypes.call,
      companyId: romashka,
      contactId: anna,
      dueAt: yekt(5, '10:00').toISOString(),
    });
    const snapshot = async () =>
      (await app.dataSource.query(`SELECT title, type_id, company_id, contact_id, rrule, due_at, assignee_id, updated_at FROM tasks WHERE id = $1`, [task.id]))[0];
    const before = await snapshot();
    const [{ audits }] = await app.dataSource.query(`SELECT count(*)::int AS audits FROM audit_events WHERE entity_id = $1`, [task.id]);
    const update = (input: Record<string, unknown>) => app.gql(UPDATE, { id: task.id, input: { title: 'Изменённая', ...input } }, { token: tokens.manager });

    expectError(await update({ typeId: fx.users.manager.id }), 'BAD_USER_INPUT', 'typeId');
    expectError(await update({ typeId: 'call' }), 'BAD_USER_INPUT', 'typeId');
    expectError(await update({ contactId: boris }), 'BAD_USER_INPUT', 'contactId');
    expectError(await update({ companyId: vasilek, contactId: anna }), 'BAD_USER_INPUT', 'contactId');
    expectError(await update({ companyId: fx.taskTypes.call }), 'BAD_USER_INPUT', 'companyId');
    expectError(await update({ companyId: '12345' }), 'BAD_USER_INPUT', 'companyId');
    expectError(await update({ assigneeId: 'garbage' }), 'BAD_USER_INPUT', 'assigneeId');
    expectError(await update({ rrule: 'FREQ=SOMETIMES' }), 'BAD_USER_INPUT', 'rrule');
    expectError(await update({ title: 'Д'.repeat(301) }), 'BAD_USER_INPUT', 'title');
    expectError(await update({ title: '   ' }), 'BAD_USER_INPUT', 'title');
    expectError(await update({ description: 'x'.repeat(20_001) }), 'BAD_USER_INPUT', 'description');
    expectError(await app.gql(UPDATE, { id: 'nope', input: { title: 'x' } }, { token: tokens.manager }), 'NOT_FOUND');

    expect(await snapshot()).toEqual(before);
    const [{ auditsAfter }] = await app.dataSource.query(`SELECT count(*)::int AS "auditsAfter" FROM audit_events WHERE entity_id = $1`, [task.id]);
    expect(auditsAfter).toBe(audits);

    expectError(await app.gql(CREATE, { input: { title: 'x', typeId: fx.users.admin.id } }, { token: tokens.manager }), 'BAD_USER_INPUT', 'typeId');
    expectError(await app.gql(CREATE, { input: { title: 'x', contactId: 'boris' } }, { token: tokens.manager }), 'BAD_USER_INPUT', 'contactId');
    expectError(await app.gql(CREATE, { input: { title: '' } }, { token: tokens.manager }), 'BAD_USER_INPUT', 'title');
    expectError(await app.gql(COMPLETE, { id: task.id, result: 'я'.repeat(20_001) }, { token: tokens.manager }), 'BAD_USER_INPUT', 'result');
  });

  it('takes the company from the contact when only the contact is given', async () => {
    const task = await createTask(tokens.manager, { title: 'По контакту', contactId: boris });
    expect(task).toMatchObject({ company: { name: 'АО Василёк' }, contact: { firstName: 'Борис' } });
  });
});

describe('my task counts', () => {
  it('counts open tasks by the days of the user\'s own time zone', async () => {
    const [me] = await app.dataSource.query(
      `INSERT INTO users (email, full_name, role, branch_id, time_zone, password_hash)
       SELECT 'yekt@test.pulse', 'Уральский Ульян', 'MANAGER', branch_id, 'Asia/Yekaterinburg', password_hash FROM users WHERE email = 'manager@test.pulse'
       RETURNING id`,
    );
    const insert = (title: string, dueAt: Date | null, extra: { status?: string; deleted?: boolean; assigneeId?: string } = {}) =>
      app.dataSource.query(
        `INSERT INTO tasks (title, due_at, status, assignee_id, creator_id, deleted_at) VALUES ($1, $2, $3, $4, $5, CASE WHEN $6 THEN now() END)`,
        [title, dueAt, extra.status ?? 'NEW', extra.assigneeId ?? me.id, me.id, extra.deleted ?? false],
      );
    const earlyToday = yekt(0, '00:30');
    const lateToday = yekt(0, '23:30');
    await insert('сегодня рано', earlyToday);
    await insert('сегодня поздно (23:30 по Екатеринбургу)', lateToday);
    await insert('вчера', yekt(-1, '18:00'), { status: 'IN_PROGRESS' });
    await insert('завтра', yekt(1, '00:30'));
    await insert('через неделю', yekt(7, '23:00'));
    await insert('через восемь дней', yekt(8, '00:30'));
    await insert('без срока', null);
    await insert('сделана сегодня', lateToday, { status: 'DONE' });
    await insert('удалена', lateToday, { deleted: true });
    await insert('чужая', lateToday, { assigneeId: fx.users.manager.id });

    const token = await app.login('yekt@test.pulse');
    const now = Date.now();
    const result = await app.gql(`{ myTaskCounts { overdue today next7Days open } }`, {}, { token });
    expect(result.data?.myTaskCounts).toEqual({
      overdue: 1 + (earlyToday.getTime() < now ? 1 : 0) + (lateToday.getTime() < now ? 1 : 0),
      today: 2,
      next7Days: 2,
      open: 7,
    });
    const nothing = await app.gql(`{ myTaskCounts { overdue today next7Days open } }`, {}, { token: tokens.tmnDirector });
    expect(nothing.data?.myTaskCounts).toEqual({ overdue: 0, today: 0, next7Days: 0, open: 0 });
  });
});

describe('Company.tasks', () => {
  it('serves each company\'s visible tasks, soonest first, with a bounded number of SQL statements', async () => {
    const head = fx.users.head.id;
    const companies: string[] = [];
    for (let index = 0; index < 12; index += 1) {
      const company = await insertCompany(app.dataSource, { name: `Клиент ${String(index).padStart(2, '0')}`, responsibleId: head, branchId: fx.branches.ekb });
      companies.push(company);
      for (let n = 0; n <= index % 3; n += 1) {
        await app.dataSource.query(
          `INSERT INTO tasks (title, due_at, status, assignee_id, creator_id, company_id) VALUES ($1, now() + make_interval(hours => $2), $3, $4, $4, $5)`,
          [`К${index}-${n}`, 10 - n, n === 2 ? 'DONE' : 'NEW', head, company],
        );
      }
      // Another branch's task on the same company, which the head must not see, and a deleted one nobody sees.
      await app.dataSource.query(
        `INSERT INTO tasks (title, status, assignee_id, creator_id, company_id) VALUES ('чужой филиал', 'NEW', $1, $1, $2)`,
        [fx.users.tmnManager.id, company],
      );
      await app.dataSource.query(
        `INSERT INTO tasks (title, status, assignee_id, creator_id, company_id, deleted_at) VALUES ('удалена', 'NEW', $1, $1, $2, now())`,
        [head, company],
      );
    }
    const query = `query($filter: TaskFilter) {
      tasks(filter: $filter, first: 20) { edges { node {
        company { name open: tasks(status: [NEW, IN_PROGRESS], first: 1) { totalCount edges { node { title assignee { fullName } } } }
                  all: tasks { totalCount edges { node { title } } } }
      } } }
    }`;
    app.resetQueries();
    const result = await app.gql(query, { filter: { search: 'К', creatorId: head, status: ['NEW'] } }, { token: tokens.head });
    const statements = [...app.queries];
    expect(result.errors).toBeUndefined();
    // Session, list page, list count, companies, the two company task pages, their two counts, assignees.
    expect(statements.length, statements.join('\n')).toBeLessThanOrEqual(9);
    const byName = new Map<string, any>(result.data?.tasks.edges.map((edge: any) => [edge.node.company.name, edge.node.company]));
    expect(byName.size).toBe(12);
    expect(byName.get('Клиент 02')).toEqual({
      name: 'Клиент 02',
      open: { totalCount: 2, edges: [{ node: { title: 'К2-1', assignee: { fullName: 'Начальников Никита' } } }] },
      all: { totalCount: 3, edges: [{ node: { title: 'К2-2' } }, { node: { title: 'К2-1' } }, { node: { title: 'К2-0' } }] },
    });
    expect(byName.get('Клиент 00')?.all).toEqual({ totalCount: 1, edges: [{ node: { title: 'К0-0' } }] });

    const tmn = await app.gql(
      `query($id: ID!) { task(id: $id) { company { tasks { totalCount } } } }`,
      { id: (await app.dataSource.query(`SELECT id FROM tasks WHERE title = 'чужой филиал' LIMIT 1`))[0].id },
      { token: tokens.admin },
    );
    expect(tmn.data?.task.company.tasks.totalCount).toBe(2);
  });
});
