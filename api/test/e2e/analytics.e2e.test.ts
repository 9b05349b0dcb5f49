import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_COOKIE } from '../../src/modules/auth/auth.service';
import { maintainRollups } from '../../src/modules/analytics/analytics.rollups';
import { callReport, taskReport } from '../../src/modules/analytics/analytics.sql';
import type { ResolvedFilter } from '../../src/modules/analytics/analytics.filter';
import { AnalyticsGranularity, AnalyticsGroupBy } from '../../src/modules/analytics/analytics.types';
import { createFixtures, type Fixtures, insertCompany, insertContact } from '../helpers/fixtures';
import { expectError, startTestApp, type TestApp } from '../helpers/test-app';

/**
 * The fixture, by hand (M = manager and O = otherManager of EKB, T = tmnManager of TMN, A = admin, no branch).
 * Moscow is UTC+3 and Yekaterinburg UTC+5 all year, so 19:30Z and 20:30Z on the 10th are the 10th in Moscow
 * but the 11th in Yekaterinburg, and 20:00Z on the 9th is the 9th in Moscow but the 10th in Yekaterinburg.
 *
 *  call  user  started (UTC)       direction outcome    source  seconds cold  Moscow day  Yekaterinburg day
 *  c1    M     2025-03-10 06:00    OUTGOING  CONNECTED  CLICK   120     yes   10          10   (contact Анна)
 *  c2    M     2025-03-10 20:30    OUTGOING  CONNECTED  PHONE    60     no    10          11   (company, no contact)
 *  c3    M     2025-03-10 09:00    OUTGOING  BUSY       CLICK     0     yes   10          10   (no company, no contact)
 *  c4    M     2025-03-10 19:30    MISSED    NO_ANSWER  PHONE     0     no    10          11
 *  c5    O     2025-03-10 10:00    INCOMING  CONNECTED  PHONE   300     no    10          10
 *  c6    T     2025-03-11 03:00    OUTGOING  CONNECTED  CLICK    45     yes   11          11
 *  c7    M     2025-03-09 20:00    OUTGOING  CONNECTED  PHONE    30     no     9          10
 *  c8    A     2025-03-10 12:00    OUTGOING  CONNECTED  PHONE    10     no    10          10   (branch NULL)
 *
 *  task  assignee  created (UTC)     due (UTC)         completed (UTC)    status     notes
 *  t1    M         2025-03-10 05:00  2025-03-12 12:00  2025-03-11 06:00   DONE       on time, 90,000 s
 *  t2    M         2025-03-10 06:00  2025-03-10 10:00  2025-03-10 20:30   DONE       late, 52,200 s; Moscow 10th, Yekaterinburg 11th
 *  t3    M         2025-03-10 07:00  —                 —                  CANCELLED  created, never completed
 *  t4    M         2025-03-10 08:00  —                 2025-03-10 09:00   DONE       no due date: on time, 3,600 s
 *  t5    M         2025-03-10 08:00  —                 2025-03-10 09:00   DONE       soft-deleted: counts nowhere
 *  t6    M         2025-03-01 08:00  2025-03-05 12:00  —                  NEW        overdue now
 *  t7    O         2025-03-10 10:00  2025-03-10 10:30  2025-03-10 11:00   DONE       late, 3,600 s
 */
let app: TestApp;
let fx: Fixtures;
let tokens: Record<'admin' | 'manager' | 'head' | 'tmnDirector' | 'groupManager', string>;
const callIds: Record<string, string> = {};

const CALLS = `query($filter: AnalyticsFilter!) { callAnalytics(filter: $filter) {
  from to timeZone granularity groupBy fromRollups
  rows { period groupId groupName total connected connectRate talkSeconds averageTalkSeconds outgoing incoming missed clickToCall fromPhone coldTotal coldConnected coldTalkSeconds }
  periods { period groupId groupName total connected talkSeconds }
  groups { groupId groupName total connected talkSeconds }
  total { total connected connectRate talkSeconds averageTalkSeconds coldTotal }
} }`;
const TASKS = `query($filter: AnalyticsFilter!) { taskAnalytics(filter: $filter) {
  fromRollups
  rows { period groupId groupName created completed completedOnTime onTimeRate averageCompletionSeconds overdueNow }
  periods { period groupId created completed completedOnTime }
  groups { groupId groupName created completed completedOnTime averageCompletionSeconds overdueNow }
  total { created completed completedOnTime onTimeRate averageCompletionSeconds overdueNow }
} }`;

async function calls(token: string, filter: Record<string, unknown>) {
  const result = await app.gql(CALLS, { filter }, { token });
  if (!result.data?.callAnalytics) throw new Error(JSON.stringify(result.errors));
  return result.data.callAnalytics;
}

async function tasks(token: string, filter: Record<string, unknown>) {
  const result = await app.gql(TASKS, { filter }, { token });
  if (!result.data?.taskAnalytics) throw new Error(JSON.stringify(result.errors));
  return result.data.taskAnalytics;
}

async function insertCall(key: string, values: { userId: string; branchId: string | null; startedAt: string; direction: string; outcome: string; source: string; seconds: number; cold: boolean; companyId?: string; contactId?: string }) {
  const [row] = await app.dataSource.query(
    `INSERT INTO calls (client_id, user_id, branch_id, company_id, contact_id, phone, direction, outcome, source, started_at, duration_seconds, is_cold_call)
     VALUES ($1, $2, $3, $4, $5, '+79990000000', $6, $7, $8, $9, $10, $11) RETURNING id`,
    [key, values.userId, values.branchId, values.companyId ?? null, values.contactId ?? null, values.direction, values.outcome, values.source, values.startedAt, values.seconds, values.cold],
  );
  callIds[key] = row.id;
}

async function insertTask(values: { assigneeId: string; createdAt: string; dueAt?: string; completedAt?: string; status: string; deleted?: boolean }) {
  await app.dataSource.query(
    `INSERT INTO tasks (title, status, assignee_id, creator_id, created_at, due_at, completed_at, deleted_at) VALUES ('Задача', $1, $2, $2, $3, $4, $5, $6)`,
    [values.status, values.assigneeId, values.createdAt, values.dueAt ?? null, values.completedAt ?? null, values.deleted ? values.completedAt : null],
  );
}

/** The rollup and the raw aggregation of the same report, straight from SQL. */
async function bothWays(statement: (filter: ResolvedFilter, fromRollups: boolean) => { sql: string; params: unknown[] }, filter: ResolvedFilter) {
  const rollup = statement(filter, true);
  const raw = statement(filter, false);
  const normalise = (rows: any[]) => JSON.stringify(rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? null : String(v)]))));
  return { rollup: normalise(await app.dataSource.query(rollup.sql, rollup.params)), raw: normalise(await app.dataSource.query(raw.sql, raw.params)) };
}

const everyone = (timeZone: string, from = '2025-03-01', to = '2025-03-31', groupBy = AnalyticsGroupBy.MANAGER, granularity = AnalyticsGranularity.DAY): ResolvedFilter => ({
  from,
  to,
  timeZone,
  granularity,
  groupBy,
  userIds: null,
  branchIds: null,
  scope: { kind: 'all' },
});

/**
 * Every report shape from the rollups equals the raw aggregation: both zones, both groupings, by day and by
 * month — over whole months (monthly table), partial months at both ends (daily table) and their mix.
 */
async function expectRollupsEqualRaw() {
  const ranges: Array<[string, string, AnalyticsGranularity]> = [
    ['2025-03-01', '2025-03-31', AnalyticsGranularity.DAY],
    ['2025-03-01', '2025-03-31', AnalyticsGranularity.MONTH],
    ['2025-02-01', '2025-04-30', AnalyticsGranularity.MONTH],
    ['2025-03-10', '2025-03-11', AnalyticsGranularity.MONTH],
    ['2025-02-15', '2025-03-11', AnalyticsGranularity.MONTH],
    ['2025-03-11', '2025-04-10', AnalyticsGranularity.MONTH],
  ];
  for (const zone of ['Europe/Moscow', 'Asia/Yekaterinburg']) {
    for (const groupBy of [AnalyticsGroupBy.MANAGER, AnalyticsGroupBy.BRANCH]) {
      for (const [from, to, granularity] of ranges) {
        const filter = everyone(zone, from, to, groupBy, granularity);
        const callsBoth = await bothWays(callReport, filter);
        expect(callsBoth.rollup, `calls ${zone} ${groupBy} ${from}..${to} ${granularity}`).toEqual(callsBoth.raw);
        const tasksBoth = await bothWays(taskReport, filter);
        expect(tasksBoth.rollup, `tasks ${zone} ${groupBy} ${from}..${to} ${granularity}`).toEqual(tasksBoth.raw);
      }
    }
  }
}

beforeAll(async () => {
  app = await startTestApp('analytics');
  fx = await createFixtures(app.dataSource);
  tokens = {
    admin: await app.login('admin@test.pulse'),
    manager: await app.login('manager@test.pulse'),
    head: await app.login('head@test.pulse'),
    tmnDirector: await app.login('tmn-director@test.pulse'),
    groupManager: await app.login('group@test.pulse'),
  };
  const { manager: m, otherManager: o, tmnManager: t, admin: a } = fx.users;
  const romashka = await insertCompany(app.dataSource, { name: 'ООО Ромашка', responsibleId: m.id, branchId: fx.branches.ekb });
  const anna = await insertContact(app.dataSource, { companyId: romashka, firstName: 'Анна' });
  const ekb = fx.branches.ekb;
  await insertCall('c1', { userId: m.id, branchId: ekb, startedAt: '2025-03-10T06:00Z', direction: 'OUTGOING', outcome: 'CONNECTED', source: 'CLICK_TO_CALL', seconds: 120, cold: true, companyId: romashka, contactId: anna });
  await insertCall('c2', { userId: m.id, branchId: ekb, startedAt: '2025-03-10T20:30Z', direction: 'OUTGOING', outcome: 'CONNECTED', source: 'PHONE', seconds: 60, cold: false, companyId: romashka });
  await insertCall('c3', { userId: m.id, branchId: ekb, startedAt: '2025-03-10T09:00Z', direction: 'OUTGOING', outcome: 'BUSY', source: 'CLICK_TO_CALL', seconds: 0, cold: true });
  await insertCall('c4', { userId: m.id, branchId: ekb, startedAt: '2025-03-10T19:30Z', direction: 'MISSED', outcome: 'NO_ANSWER', source: 'PHONE', seconds: 0, cold: false });
  await insertCall('c5', { userId: o.id, branchId: ekb, startedAt: '2025-03-10T10:00Z', direction: 'INCOMING', outcome: 'CONNECTED', source: 'PHONE', seconds: 300, cold: false });
  await insertCall('c6', { userId: t.id, branchId: fx.branches.tmn, startedAt: '2025-03-11T03:00Z', direction: 'OUTGOING', outcome: 'CONNECTED', source: 'CLICK_TO_CALL', seconds: 45, cold: true });
  await insertCall('c7', { userId: m.id, branchId: ekb, startedAt: '2025-03-09T20:00Z', direction: 'OUTGOING', outcome: 'CONNECTED', source: 'PHONE', seconds: 30, cold: false });
  await insertCall('c8', { userId: a.id, branchId: null, startedAt: '2025-03-10T12:00Z', direction: 'OUTGOING', outcome: 'CONNECTED', source: 'PHONE', seconds: 10, cold: false });

  await insertTask({ assigneeId: m.id, createdAt: '2025-03-10T05:00Z', dueAt: '2025-03-12T12:00Z', completedAt: '2025-03-11T06:00Z', status: 'DONE' });
  await insertTask({ assigneeId: m.id, createdAt: '2025-03-10T06:00Z', dueAt: '2025-03-10T10:00Z', completedAt: '2025-03-10T20:30Z', status: 'DONE' });
  await insertTask({ assigneeId: m.id, createdAt: '2025-03-10T07:00Z', status: 'CANCELLED' });
  await insertTask({ assigneeId: m.id, createdAt: '2025-03-10T08:00Z', completedAt: '2025-03-10T09:00Z', status: 'DONE' });
  await insertTask({ assigneeId: m.id, createdAt: '2025-03-10T08:00Z', completedAt: '2025-03-10T09:00Z', status: 'DONE', deleted: true });
  await insertTask({ assigneeId: m.id, createdAt: '2025-03-01T08:00Z', dueAt: '2025-03-05T12:00Z', status: 'NEW' });
  await insertTask({ assigneeId: o.id, createdAt: '2025-03-10T10:00Z', dueAt: '2025-03-10T10:30Z', completedAt: '2025-03-10T11:00Z', status: 'DONE' });
});
afterAll(() => app?.close());

describe('task numbers', () => {
  it('counts created, completed, on time, average time and overdue now per manager by Moscow days; cancelled and deleted tasks never complete', async () => {
    const result = await tasks(tokens.admin, { from: '2025-03-10', to: '2025-03-11', timeZone: 'Europe/Moscow' });
    const { manager: m, otherManager: o } = fx.users;
    expect(result.rows).toEqual([
      { period: '2025-03-10', groupId: m.id, groupName: 'Менеджеров Михаил', created: 4, completed: 2, completedOnTime: 1, onTimeRate: 0.5, averageCompletionSeconds: 27900, overdueNow: null },
      { period: '2025-03-10', groupId: o.id, groupName: 'Продажин Пётр', created: 1, completed: 1, completedOnTime: 0, onTimeRate: 0, averageCompletionSeconds: 3600, overdueNow: null },
      { period: '2025-03-11', groupId: m.id, groupName: 'Менеджеров Михаил', created: 0, completed: 1, completedOnTime: 1, onTimeRate: 1, averageCompletionSeconds: 90000, overdueNow: null },
    ]);
    expect(result.groups).toEqual([
      { groupId: m.id, groupName: 'Менеджеров Михаил', created: 4, completed: 3, completedOnTime: 2, averageCompletionSeconds: 48600, overdueNow: 1 },
      { groupId: o.id, groupName: 'Продажин Пётр', created: 1, completed: 1, completedOnTime: 0, averageCompletionSeconds: 3600, overdueNow: 0 },
    ]);
    expect(result.total).toEqual({ created: 5, completed: 4, completedOnTime: 2, onTimeRate: 0.5, averageCompletionSeconds: 37350, overdueNow: 1 });
    expect(result.periods).toEqual([
      { period: '2025-03-10', groupId: null, created: 5, completed: 3, completedOnTime: 1 },
      { period: '2025-03-11', groupId: null, created: 0, completed: 1, completedOnTime: 1 },
    ]);
  });

  it('moves a completion at 20:30Z to the next day in Yekaterinburg', async () => {
    const result = await tasks(tokens.admin, { from: '2025-03-10', to: '2025-03-11', timeZone: 'Asia/Yekaterinburg', userIds: [fx.users.manager.id] });
    expect(result.rows.map((row: any) => [row.period, row.created, row.completed, row.completedOnTime, row.averageCompletionSeconds])).toEqual([
      ['2025-03-10', 4, 1, 1, 3600],
      ['2025-03-11', 0, 2, 1, 71100],
    ]);
  });
});

describe('role scope', () => {
  const day = { from: '2025-03-10', to: '2025-03-11', timeZone: 'Europe/Moscow' };
  const groupIds = (result: any) => result.groups.map((group: any) => group.groupId).sort();

  it('shows a manager only himself, and refuses anyone else by id', async () => {
    expect(groupIds(await calls(tokens.manager, day))).toEqual([fx.users.manager.id]);
    expect(groupIds(await tasks(tokens.manager, day))).toEqual([fx.users.manager.id]);
    expect(groupIds(await calls(tokens.manager, { ...day, userIds: [fx.users.manager.id] }))).toEqual([fx.users.manager.id]);
    expectError(await app.gql(CALLS, { filter: { ...day, userIds: [fx.users.otherManager.id] } }, { token: tokens.manager }), 'FORBIDDEN');
    expectError(await app.gql(TASKS, { filter: { ...day, branchIds: [fx.branches.tmn] } }, { token: tokens.manager }), 'FORBIDDEN');
  });

  it('shows branch leadership its branch (calls by the branch they were made in) and refuses other branches and their people', async () => {
    const head = await calls(tokens.head, day);
    expect(groupIds(head)).toEqual([fx.users.manager.id, fx.users.otherManager.id].sort());
    expect(head.total.total).toBe(5); // c1–c5; c6 is TMN's, c7 falls on the 9th, c8 has no branch
    const byBranch = await calls(tokens.head, { ...day, groupBy: 'BRANCH' });
    expect(byBranch.groups.map((group: any) => group.groupId)).toEqual([fx.branches.ekb]);
    expect(groupIds(await calls(tokens.tmnDirector, day))).toEqual([fx.users.tmnManager.id]);
    expect(groupIds(await tasks(tokens.head, day))).toEqual([fx.users.manager.id, fx.users.otherManager.id].sort());
    expectError(await app.gql(CALLS, { filter: { ...day, userIds: [fx.users.tmnManager.id] } }, { token: tokens.head }), 'FORBIDDEN');
    expectError(await app.gql(CALLS, { filter: { ...day, branchIds: [fx.branches.tmn] } }, { token: tokens.head }), 'FORBIDDEN');
  });

  it('shows GROUP_MANAGER and ADMIN everyone', async () => {
    const all = [fx.users.admin.id, fx.users.manager.id, fx.users.otherManager.id, fx.users.tmnManager.id].sort();
    expect(groupIds(await calls(tokens.groupManager, day))).toEqual(all);
    expect(groupIds(await calls(tokens.admin, day))).toEqual(all);
  });
});

describe('bad input', () => {
  const filter = { from: '2025-03-10', to: '2025-03-11' };
  it.each([
    ['to before from', { from: '2025-03-11', to: '2025-03-10' }, 'filter.to'],
    ['more than 3 years', { from: '2020-01-01', to: '2024-01-02', granularity: 'MONTH' }, 'filter.from'],
    ['days over more than a year', { from: '2024-01-01', to: '2025-03-01' }, 'filter.granularity'],
    ['an unknown time zone', { ...filter, timeZone: 'Europe/Atlantis' }, 'filter.timeZone'],
    ['a malformed user id', { ...filter, userIds: ['nope'] }, 'filter.userIds'],
    ['a malformed branch id', { ...filter, branchIds: ['nope'] }, 'filter.branchIds'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_name, bad, field) => {
    expectError(await app.gql(CALLS, { filter: bad }, { token: tokens.admin }), 'BAD_USER_INPUT', field);
    expectError(await app.gql(TASKS, { filter: bad }, { token: tokens.admin }), 'BAD_USER_INPUT', field);
  });

  it('needs a session', async () => {
    expectError(await app.gql(CALLS, { filter }), 'UNAUTHENTICATED');
  });
});

describe('CSV export', () => {
  const exportUrl = (report: string, query: string) => `${app.url}/export/analytics/${report}?${query}`;

  it('streams calls as UTF-8 with a BOM, ; between fields and decimal commas, with a file name', async () => {
    const response = await fetch(exportUrl('calls.csv', 'from=2025-03-10&to=2025-03-10&timeZone=Europe/Moscow'), { headers: { authorization: `Bearer ${tokens.admin}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="calls-2025-03-10-2025-03-10.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.slice(3)).split('\r\n');
    expect(lines[0]).toBe(
      'Период;Менеджер;Всего звонков;Дозвонились;Доля дозвонов;Время разговоров, с;Средний разговор, с;Исходящие;Входящие;Пропущенные;Из CRM (click-to-call);С телефона;Холодные звонки;Холодные: дозвонились;Холодные: время разговоров, с',
    );
    expect(lines).toContain('2025-03-10;Менеджеров Михаил;4;2;0,5000;180;90;3;0;1;2;2;2;1;120');
    expect(lines).toContain('Итого за период;Продажин Пётр;1;1;1,0000;300;300;0;1;0;0;1;0;0;0');
    expect(lines).toContain('2025-03-10;Все;6;4;0,6667;490;122,5;4;1;1;2;4;2;1;120');
    expect(lines.at(-2)).toBe('Итого за период;Все;6;4;0,6667;490;122,5;4;1;1;2;4;2;1;120');
    expect(lines.at(-1)).toBe('');
  });

  it('accepts the session cookie, speaks English on request, and groups tasks by branch', async () => {
    const response = await fetch(exportUrl('tasks.csv', 'from=2025-03-10&to=2025-03-11&timeZone=Europe/Moscow&groupBy=BRANCH&granularity=MONTH&locale=en'), {
      headers: { cookie: `${ACCESS_COOKIE}=${tokens.head}` },
    });
    expect(response.status).toBe(200);
    const lines = (await response.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Period;Branch;Tasks created;Completed;Completed on time;On-time rate;Average time to complete, s;Overdue now');
    expect(lines[1]).toBe('2025-03-01;Екатеринбург;5;4;2;0.5000;37350;');
    expect(lines[2]).toBe('2025-03-01;Everyone;5;4;2;0.5000;37350;');
    expect(lines[3]).toBe('Range total;Екатеринбург;5;4;2;0.5000;37350;1');
  });

  it('answers bad input, a foreign scope and no session with status and code, never a file', async () => {
    const missing = await fetch(exportUrl('calls.csv', 'to=2025-03-10'), { headers: { authorization: `Bearer ${tokens.admin}` } });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.from' });
    const zone = await fetch(exportUrl('calls.csv', 'from=2025-03-10&to=2025-03-10&timeZone=Mars/Olympus'), { headers: { authorization: `Bearer ${tokens.admin}` } });
    expect(await zone.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.timeZone' });
    const foreign = await fetch(exportUrl('calls.csv', `from=2025-03-10&to=2025-03-10&userIds=${fx.users.otherManager.id}`), { headers: { authorization: `Bearer ${tokens.manager}` } });
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toMatchObject({ code: 'FORBIDDEN' });
    const anonymous = await fetch(exportUrl('calls.csv', 'from=2025-03-10&to=2025-03-10'));
    expect(anonymous.status).toBe(401);
    expect((await fetch(exportUrl('deals.csv', 'from=2025-03-10&to=2025-03-10'), { headers: { authorization: `Bearer ${tokens.admin}` } })).status).toBe(404);
  });
});

describe('time zones and rollups', () => {
  it('reads Yekaterinburg from the raw tables until the job has rolled that zone up, with the same numbers', async () => {
    const filter = { from: '2025-03-10', to: '2025-03-10', timeZone: 'Asia/Yekaterinburg' };
    const before = await calls(tokens.admin, filter);
    expect(before.fromRollups).toBe(false);
    const report = await maintainRollups(app.dataSource);
    expect(report.zonesBuilt).toContain('Asia/Yekaterinburg');
    const after = await calls(tokens.admin, filter);
    expect(after.fromRollups).toBe(true);
    expect(after.rows).toEqual(before.rows);
    expect(after.total).toEqual(before.total);
  });

  it('counts a Moscow day: 20:30Z and 19:30Z on the 10th are still the 10th, 20:00Z on the 9th is the 9th', async () => {
    const result = await calls(tokens.admin, { from: '2025-03-10', to: '2025-03-10', timeZone: 'Europe/Moscow' });
    expect(result.fromRollups).toBe(true);
    const m = result.rows.find((row: any) => row.groupId === fx.users.manager.id);
    expect(m).toEqual({
      period: '2025-03-10', groupId: fx.users.manager.id, groupName: 'Менеджеров Михаил',
      total: 4, connected: 2, connectRate: 0.5, talkSeconds: 180, averageTalkSeconds: 90,
      outgoing: 3, incoming: 0, missed: 1, clickToCall: 2, fromPhone: 2, coldTotal: 2, coldConnected: 1, coldTalkSeconds: 120,
    });
    expect(result.rows.map((row: any) => [row.groupName, row.total])).toEqual([
      ['Админов Админ', 1],
      ['Менеджеров Михаил', 4],
      ['Продажин Пётр', 1],
    ]);
    expect(result.total).toEqual({ total: 6, connected: 4, connectRate: 4 / 6, talkSeconds: 490, averageTalkSeconds: 122.5, coldTotal: 2 });
  });

  it('computes only the parts a query selects, with the same numbers', async () => {
    const filter = { from: '2025-03-09', to: '2025-03-11', timeZone: 'Europe/Moscow' };
    const full = await calls(tokens.admin, filter);
    app.resetQueries();
    const lean = await app.gql(`query($filter: AnalyticsFilter!) { callAnalytics(filter: $filter) { groups { groupId groupName total connected talkSeconds } total { total } } }`, { filter }, { token: tokens.admin });
    expect(lean.errors).toBeUndefined();
    expect(lean.data!.callAnalytics.groups).toEqual(full.groups);
    expect(lean.data!.callAnalytics.total.total).toBe(full.total.total);
    const report = app.queries.find((sql) => sql.includes('GROUPING SETS'));
    expect(report).toMatch(/GROUPING SETS \(\(s\.user_id\), \(\)\)/);
    for (const selection of ['total { total }', 'periods { period total } total { total }', 'rows { period total } total { total }']) {
      const part = await app.gql(`query($filter: AnalyticsFilter!) { callAnalytics(filter: $filter) { ${selection} } }`, { filter }, { token: tokens.admin });
      expect(part.errors, selection).toBeUndefined();
      expect(part.data!.callAnalytics.total.total).toBe(full.total.total);
      if (part.data!.callAnalytics.periods) expect(part.data!.callAnalytics.periods.map((p: any) => [p.period, p.total])).toEqual(full.periods.map((p: any) => [p.period, p.total]));
      if (part.data!.callAnalytics.rows) expect(part.data!.callAnalytics.rows.map((r: any) => [r.period, r.total])).toEqual(full.rows.map((r: any) => [r.period, r.total]));
    }
    const tasksOnly = await app.gql(`query($filter: AnalyticsFilter!) { taskAnalytics(filter: $filter) { groups { groupId overdueNow created } total { created overdueNow } } }`, { filter }, { token: tokens.admin });
    expect(tasksOnly.errors).toBeUndefined();
    expect(tasksOnly.data!.taskAnalytics.total).toEqual({ created: 5, overdueNow: 1 });
  });

  it('counts a Yekaterinburg day: the two late calls move to the 11th and the 9th-evening call to the 10th', async () => {
    const result = await calls(tokens.admin, { from: '2025-03-10', to: '2025-03-11', timeZone: 'Asia/Yekaterinburg' });
    const m = result.rows.filter((row: any) => row.groupId === fx.users.manager.id);
    expect(result.periods).toEqual([
      { period: '2025-03-10', groupId: null, groupName: null, total: 5, connected: 4, talkSeconds: 30 + 120 + 300 + 10 },
      { period: '2025-03-11', groupId: null, groupName: null, total: 3, connected: 2, talkSeconds: 60 + 45 },
    ]);
    expect(m.map((row: any) => [row.period, row.total, row.connected, row.talkSeconds, row.outgoing, row.missed, row.fromPhone, row.coldTotal])).toEqual([
      ['2025-03-10', 3, 2, 150, 3, 0, 1, 2],
      ['2025-03-11', 2, 1, 60, 1, 1, 2, 0],
    ]);
    expect(result.total.total).toBe(8); // c1..c8 all fall on the 10th or 11th there
  });

  it('uses the raw tables for a zone nobody is in (Vladivostok, UTC+10), and agrees with the hand count', async () => {
    // 2025-03-09 20:00Z is 06:00 on the 10th in Vladivostok; 2025-03-10 20:30Z is 06:30 on the 11th.
    const result = await calls(tokens.admin, { from: '2025-03-10', to: '2025-03-10', timeZone: 'Asia/Vladivostok', groupBy: 'MANAGER' });
    expect(result.fromRollups).toBe(false);
    const m = result.rows.find((row: any) => row.groupId === fx.users.manager.id);
    expect([m.total, m.connected, m.talkSeconds]).toEqual([3, 2, 150]); // c7 (06:00), c1 (16:00), c3 (19:00, busy)
  });

  it('groups by branch, calls without a branch in a null group, and folds days into weeks and months', async () => {
    const byBranch = await calls(tokens.admin, { from: '2025-03-10', to: '2025-03-11', timeZone: 'Asia/Yekaterinburg', groupBy: 'BRANCH', granularity: 'MONTH' });
    expect(byBranch.rows.map((row: any) => [row.period, row.groupName, row.total])).toEqual([
      ['2025-03-01', 'Екатеринбург', 6],
      ['2025-03-01', 'Тюмень', 1],
      ['2025-03-01', null, 1],
    ]);
    expect(byBranch.groups.map((row: any) => [row.groupId, row.total])).toEqual([
      [fx.branches.ekb, 6],
      [fx.branches.tmn, 1],
      [null, 1],
    ]);
    const weekly = await calls(tokens.admin, { from: '2025-03-09', to: '2025-03-11', timeZone: 'Europe/Moscow', granularity: 'WEEK', userIds: [fx.users.manager.id] });
    // Sunday the 9th belongs to the week of Monday 3 March, Monday the 10th starts the next one.
    expect(weekly.rows.map((row: any) => [row.period, row.total])).toEqual([
      ['2025-03-03', 1],
      ['2025-03-10', 4],
    ]);
  });

  it('keeps the rollups equal to the raw aggregation after inserts, updates and deletes', async () => {
    await app.dataSource.query(`UPDATE calls SET outcome = 'CONNECTED', duration_seconds = 15 WHERE id = $1`, [callIds.c3]);
    await app.dataSource.query(`UPDATE calls SET started_at = '2025-03-12T01:00Z' WHERE id = $1`, [callIds.c4]);
    await app.dataSource.query(`UPDATE calls SET note = 'только заметка' WHERE id = $1`, [callIds.c5]);
    await app.dataSource.query(`DELETE FROM calls WHERE id = $1`, [callIds.c8]);
    await insertCall('c9', { userId: fx.users.otherManager.id, branchId: fx.branches.ekb, startedAt: '2025-03-10T21:10Z', direction: 'OUTGOING', outcome: 'CONNECTED', source: 'PHONE', seconds: 42, cold: true });
    await app.dataSource.query(`UPDATE tasks SET status = 'DONE', completed_at = '2025-03-11T19:30Z' WHERE status = 'NEW'`);
    await app.dataSource.query(`UPDATE tasks SET deleted_at = now() WHERE status = 'CANCELLED'`);
    await expectRollupsEqualRaw();
    const moscow = await calls(tokens.admin, { from: '2025-03-10', to: '2025-03-10', timeZone: 'Europe/Moscow' });
    // c4 moved to the 12th, c8 deleted, c9 (21:10Z) is already the 11th in Moscow: c1, c2, c3 (now connected), c5.
    expect(moscow.total).toMatchObject({ total: 4, connected: 4, talkSeconds: 120 + 60 + 15 + 300 });
  });

  it('rebuilds idempotently: a damaged rollup is repaired, and a second rebuild changes nothing', async () => {
    await app.dataSource.query(`UPDATE call_daily_stats SET total = total + 100 WHERE time_zone = 'Europe/Moscow'`);
    await app.dataSource.query(`DELETE FROM task_daily_stats WHERE time_zone = 'Asia/Yekaterinburg'`);
    await app.dataSource.query(`UPDATE call_monthly_stats SET connected = 0`);
    const snapshot = async () =>
      JSON.stringify([
        await app.dataSource.query(`SELECT * FROM call_daily_stats WHERE total <> 0 ORDER BY time_zone, user_id, day, branch_id`),
        await app.dataSource.query(`SELECT * FROM task_daily_stats WHERE created <> 0 OR completed <> 0 ORDER BY time_zone, user_id, day`),
        await app.dataSource.query(`SELECT * FROM call_monthly_stats WHERE total <> 0 ORDER BY time_zone, user_id, month, branch_id`),
        await app.dataSource.query(`SELECT * FROM task_monthly_stats WHERE created <> 0 OR completed <> 0 ORDER BY time_zone, user_id, month`),
      ]);
    await maintainRollups(app.dataSource, { full: true });
    const first = await snapshot();
    await maintainRollups(app.dataSource, { full: true });
    expect(await snapshot()).toBe(first);
    await expectRollupsEqualRaw();
  });
});
