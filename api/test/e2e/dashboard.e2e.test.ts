import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtures, type Fixtures, insertCompany } from '../helpers/fixtures';
import { expectError, startTestApp, type TestApp } from '../helpers/test-app';

/**
 * The manager works in Yekaterinburg (UTC+5 all year); his dashboard counts Yekaterinburg calendar days, so a
 * call at 00:30 there (19:30Z the day before, still "yesterday" in Moscow) is today's.
 */
let app: TestApp;
let fx: Fixtures;
let tokens: Record<'manager' | 'head', string>;
const DAY = 86_400_000;

const DASHBOARD = `query { dashboard {
  timeZone today
  tasks {
    new { count items { title } }
    dueToday { count items { title } }
    overdue { count items { title } }
    next7Days { count items { title } }
  }
  contractsEnding { count items { name contractEndDate } }
  coldCalls { today thisMonth last7Days }
  callsToday { outcome count }
  recentActivity { verb entityType companyId actor { email } }
} }`;

const localDate = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Yekaterinburg' }).format(at);
/** A Yekaterinburg wall-clock time `dayOffset` days from today there. */
function yekt(dayOffset: number, time: string): Date {
  return new Date(new Date(`${localDate(new Date())}T${time}:00+05:00`).getTime() + dayOffset * DAY);
}
const dateIn = (days: number) => localDate(new Date(new Date(`${localDate(new Date())}T12:00:00+05:00`).getTime() + days * DAY));

async function task(title: string, values: { assigneeId?: string; dueAt?: Date | null; status?: string; deleted?: boolean }) {
  await app.dataSource.query(
    `INSERT INTO tasks (title, status, due_at, assignee_id, creator_id, deleted_at, completed_at) VALUES ($1, $2, $3, $4, $4, $5, $6)`,
    [
      title,
      values.status ?? 'NEW',
      values.dueAt ?? null,
      values.assigneeId ?? fx.users.manager.id,
      values.deleted ? new Date() : null,
      values.status === 'DONE' ? new Date() : null,
    ],
  );
}

let callSeq = 0;
async function call(at: Date, values: { cold: boolean; outcome: string; userId?: string }) {
  callSeq += 1;
  await app.dataSource.query(
    `INSERT INTO calls (client_id, user_id, branch_id, phone, direction, outcome, source, started_at, duration_seconds, is_cold_call)
     VALUES ($1, $2, $3, '+79990000000', 'OUTGOING', $4, 'PHONE', $5, 0, $6)`,
    [`d${callSeq}`, values.userId ?? fx.users.manager.id, fx.branches.ekb, values.outcome, at, values.cold],
  );
}

const coldCallDays = [0, -1, -6, -7];

beforeAll(async () => {
  app = await startTestApp('dashboard');
  fx = await createFixtures(app.dataSource);
  await app.dataSource.query(`UPDATE users SET time_zone = 'Asia/Yekaterinburg' WHERE id = $1`, [fx.users.manager.id]);
  tokens = { manager: await app.login('manager@test.pulse'), head: await app.login('head@test.pulse') };

  await task('Вчерашняя', { dueAt: yekt(-1, '10:00') });
  await task('Сегодняшняя', { dueAt: yekt(0, '23:59'), status: 'IN_PROGRESS' });
  await task('Через три дня', { dueAt: yekt(3, '12:00') });
  await task('Через десять дней', { dueAt: yekt(10, '12:00') });
  await task('Без срока', {});
  await task('Сделанная', { dueAt: yekt(0, '15:00'), status: 'DONE' });
  await task('Отменённая', { dueAt: yekt(-2, '15:00'), status: 'CANCELLED' });
  await task('Чужая', { dueAt: yekt(0, '15:00'), assigneeId: fx.users.otherManager.id });
  await task('Удалённая', { dueAt: yekt(0, '15:00'), deleted: true });

  const contract = async (name: string, days: number, responsibleId = fx.users.manager.id, deleted = false) => {
    const id = await insertCompany(app.dataSource, { name, responsibleId, branchId: fx.branches.ekb });
    await app.dataSource.query(`UPDATE companies SET contract_end_date = $2, deleted_at = $3 WHERE id = $1`, [id, dateIn(days), deleted ? new Date() : null]);
    return id;
  };
  const soon = await contract('ООО Через пять дней', 5);
  await contract('ООО Сегодня', 0);
  await contract('ООО Через тридцать', 30);
  await contract('ООО Через тридцать один', 31);
  await contract('ООО Вчера', -1);
  const foreign = await contract('ООО Чужая', 3, fx.users.otherManager.id);
  await contract('ООО Удалённая', 4, fx.users.manager.id, true);

  await call(yekt(0, '00:30'), { cold: true, outcome: 'CONNECTED' });
  await call(yekt(-1, '23:30'), { cold: true, outcome: 'NO_ANSWER' });
  await call(yekt(-6, '12:00'), { cold: true, outcome: 'CONNECTED' });
  await call(yekt(-7, '12:00'), { cold: true, outcome: 'CONNECTED' });
  await call(yekt(0, '12:00'), { cold: false, outcome: 'BUSY' });
  await call(yekt(0, '12:00'), { cold: true, outcome: 'CONNECTED', userId: fx.users.otherManager.id });

  const audit = (companyId: string, verb: string, daysAgo: number) =>
    app.dataSource.query(
      `INSERT INTO audit_events (occurred_at, actor_id, verb, entity_type, entity_id, company_id) VALUES (now() - make_interval(days => $1), $2, $3, 'company', $4, $4)`,
      [daysAgo, fx.users.head.id, verb, companyId],
    );
  await audit(soon, 'company.update', 1);
  await audit(soon, 'company.create', 40);
  await audit(foreign, 'company.update', 1);
});
afterAll(() => app?.close());

describe('dashboard', () => {
  it("shows the manager's open tasks by Yekaterinburg days; done, cancelled, deleted and others' tasks stay out", async () => {
    const { data } = await app.gql(DASHBOARD, {}, { token: tokens.manager });
    const titles = (list: any) => list.items.map((item: any) => item.title);
    expect(data!.dashboard.timeZone).toBe('Asia/Yekaterinburg');
    expect(data!.dashboard.today).toBe(localDate(new Date()));
    const tasks = data!.dashboard.tasks;
    expect(titles(tasks.new)).toEqual(['Вчерашняя', 'Через три дня', 'Через десять дней', 'Без срока']);
    expect(tasks.new.count).toBe(4);
    expect(titles(tasks.dueToday)).toEqual(['Сегодняшняя']);
    expect(titles(tasks.overdue)).toEqual(['Вчерашняя']);
    expect(titles(tasks.next7Days)).toEqual(['Через три дня']);
    expect([tasks.dueToday.count, tasks.overdue.count, tasks.next7Days.count]).toEqual([1, 1, 1]);
  });

  it('lists his contracts ending from today through 30 days, soonest first', async () => {
    const { data } = await app.gql(DASHBOARD, {}, { token: tokens.manager });
    expect(data!.dashboard.contractsEnding).toEqual({
      count: 3,
      items: [
        { name: 'ООО Сегодня', contractEndDate: dateIn(0) },
        { name: 'ООО Через пять дней', contractEndDate: dateIn(5) },
        { name: 'ООО Через тридцать', contractEndDate: dateIn(30) },
      ],
    });
  });

  it('counts cold calls by Yekaterinburg days (00:30 there is today, 23:30 yesterday is not) and today by outcome', async () => {
    const { data } = await app.gql(DASHBOARD, {}, { token: tokens.manager });
    const thisMonth = localDate(new Date()).slice(0, 7);
    const coldThisMonth = coldCallDays.filter((days) => dateIn(days).startsWith(thisMonth)).length;
    expect(data!.dashboard.coldCalls).toEqual({ today: 1, last7Days: 3, thisMonth: coldThisMonth });
    const byOutcome = Object.fromEntries(data!.dashboard.callsToday.map((row: any) => [row.outcome, row.count]));
    expect(byOutcome).toEqual({ CONNECTED: 1, BUSY: 1, NO_ANSWER: 0, REJECTED: 0, FAILED: 0, UNKNOWN: 0 });
  });

  it('shows the last 30 days of changes on his companies only', async () => {
    const { data } = await app.gql(DASHBOARD, {}, { token: tokens.manager });
    expect(data!.dashboard.recentActivity).toEqual([{ verb: 'company.update', entityType: 'company', companyId: expect.any(String), actor: { email: 'head@test.pulse' } }]);
  });

  it('is empty, not failing, for someone with nothing on his plate, and needs a session', async () => {
    const { data } = await app.gql(DASHBOARD, {}, { token: tokens.head });
    expect(data!.dashboard.tasks.new).toEqual({ count: 0, items: [] });
    expect(data!.dashboard.contractsEnding).toEqual({ count: 0, items: [] });
    expect(data!.dashboard.coldCalls).toEqual({ today: 0, thisMonth: 0, last7Days: 0 });
    expect(data!.dashboard.recentActivity).toEqual([]);
    expectError(await app.gql(DASHBOARD), 'UNAUTHENTICATED');
  });
});
