import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgendaJobs } from '../../src/jobs/agenda-jobs';
import { defineJob, type JobDefinition } from '../../src/jobs/jobs';
import { jobDefinitions } from '../../src/jobs/registry';
import { createLogger } from '../../src/logger';
import { AUDIT_PARTITIONS_AHEAD, auditPartitionsJob } from '../../src/modules/audit/audit.jobs';
import { contractExpiryJob, notificationRetentionJob, TASK_REMINDERS_JOB } from '../../src/modules/notifications/notification.jobs';
import { SERIES_MAX_AHEAD, taskSeriesJob } from '../../src/modules/tasks/task.jobs';
import { createFixtures, type Fixtures, insertCompany } from '../helpers/fixtures';
import { expectError, startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
let fx: Fixtures;
const workers: AgendaJobs[] = [];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function waitFor(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** Counts runs across both workers: a job handed to both would count twice. */
const runs: number[] = [];
const countingJob = defineJob<{ n: number }>({
  name: 'test.counting',
  run: async ({ n }) => {
    runs.push(n);
    await sleep(100);
  },
});

function worker(name: string, definitions: JobDefinition<any>[]): AgendaJobs {
  const jobs = new AgendaJobs(definitions, () => app.services, {
    databaseUrl: app.db.url,
    processEveryMs: 200,
    lockLifetimeMs: 2000,
    name,
    logger: createLogger('silent'),
  });
  workers.push(jobs);
  return jobs;
}

async function insertTask(title: string, assigneeId: string, dueInMinutes: number, status = 'NEW'): Promise<string> {
  const [row] = await app.dataSource.query(
    `INSERT INTO tasks (title, assignee_id, creator_id, due_at, status) VALUES ($1, $2, $2, now() + make_interval(mins => $3), $4) RETURNING id`,
    [title, assigneeId, dueInMinutes, status],
  );
  return row.id;
}

const noticesOf = async (entityId: string) =>
  (await app.dataSource.query('SELECT kind, user_id FROM notifications WHERE entity_id = $1 ORDER BY kind', [entityId])) as Array<{ kind: string; user_id: string }>;

beforeAll(async () => {
  app = await startTestApp('jobs');
  fx = await createFixtures(app.dataSource);
});

afterAll(async () => {
  await Promise.all(workers.map((jobs) => jobs.stop()));
  await app?.close();
});

describe('two Agenda workers on one database', () => {
  it('run each job once, schedule periodic jobs once, and send each reminder once', async () => {
    const dueSoon = await insertTask('Скоро', fx.users.manager.id, 10);
    const overdue = await insertTask('Просрочена', fx.users.otherManager.id, -5);
    const later = await insertTask('Потом', fx.users.manager.id, 120);
    const done = await insertTask('Сделана', fx.users.manager.id, -5, 'DONE');

    const definitions = [...jobDefinitions, countingJob];
    const first = worker('worker-1', definitions);
    const second = worker('worker-2', definitions);
    await Promise.all([first.start(), second.start()]);

    const [{ periodic }] = await app.dataSource.query(`SELECT count(*)::int AS periodic FROM agenda_jobs WHERE name = $1`, [TASK_REMINDERS_JOB]);
    expect(periodic).toBe(1);

    for (let n = 1; n <= 6; n += 1) await (n % 2 ? first : second).enqueue('test.counting', { n });
    await first.enqueue(TASK_REMINDERS_JOB, {});
    await second.enqueue(TASK_REMINDERS_JOB, {});
    await waitFor(() => runs.length >= 6, 'the counting jobs');
    await waitFor(
      async () =>
        (await app.dataSource.query(`SELECT count(*)::int AS n FROM agenda_jobs WHERE name = $1 AND last_finished_at IS NOT NULL`, [TASK_REMINDERS_JOB]))[0].n === 3,
      'the reminder runs',
    );
    await sleep(500);
    expect([...runs].sort()).toEqual([1, 2, 3, 4, 5, 6]);

    expect(await noticesOf(dueSoon)).toEqual([{ kind: 'TASK_DUE', user_id: fx.users.manager.id }]);
    expect(await noticesOf(overdue)).toEqual([{ kind: 'TASK_OVERDUE', user_id: fx.users.otherManager.id }]);
    expect(await noticesOf(later)).toEqual([]);
    expect(await noticesOf(done)).toEqual([]);
    const [{ title }] = await app.dataSource.query(`SELECT title FROM notifications WHERE entity_id = $1`, [dueSoon]);
    expect(title).toBe('Скоро срок: Скоро');
  });

  it('shows job runs to an admin only', async () => {
    const admin = await app.login('admin@test.pulse');
    const result = await app.gql('query { jobRuns { name lastRunAt lastFinishedAt nextRunAt repeatInterval failCount lastError } }', {}, { token: admin });
    const reminders = result.data?.jobRuns.find((run: any) => run.name === TASK_REMINDERS_JOB);
    expect(reminders).toMatchObject({ repeatInterval: '1 minute', failCount: 0, lastError: null });
    expect(reminders.lastRunAt).not.toBeNull();
    expect(reminders.nextRunAt).not.toBeNull();
    const manager = await app.login('manager@test.pulse');
    expectError(await app.gql('query { jobRuns { name } }', {}, { token: manager }), 'FORBIDDEN');
  });
});

describe('contract expiry', () => {
  it('tells the responsible user once per threshold and end date', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const company = async (name: string, days: number) => {
      const id = await insertCompany(app.dataSource, { name, responsibleId: fx.users.manager.id, branchId: fx.branches.ekb });
      await app.dataSource.query(`UPDATE companies SET contract_end_date = $2::date + $3::int WHERE id = $1`, [id, today, days]);
      return id;
    };
    const soon = await company('Десять дней', 10);
    const month = await company('Двадцать пять дней', 25);
    const far = await company('Сорок дней', 40);

    await contractExpiryJob.run({}, app.services);
    await contractExpiryJob.run({}, app.services);
    expect(await noticesOf(soon)).toEqual([{ kind: 'CONTRACT_EXPIRING', user_id: fx.users.manager.id }]);
    expect(await noticesOf(month)).toEqual([{ kind: 'CONTRACT_EXPIRING', user_id: fx.users.manager.id }]);
    expect(await noticesOf(far)).toEqual([]);

    // Twelve days on, the 25-day contract crosses the 14-day threshold: one more notice, then none.
    const later = new Date(Date.now() + 12 * 86_400_000).toISOString();
    await contractExpiryJob.run({ now: later }, app.services);
    await contractExpiryJob.run({ now: later }, app.services);
    expect(await noticesOf(month)).toHaveLength(2);
    expect(await noticesOf(soon)).toHaveLength(1);
    const titles = await app.dataSource.query(`SELECT title FROM notifications WHERE entity_id = $1 ORDER BY created_at`, [month]);
    expect(titles.map((row: { title: string }) => row.title)).toEqual([
      'Договор истекает через 25 дн.: Двадцать пять дней',
      'Договор истекает через 13 дн.: Двадцать пять дней',
    ]);
  });
});

describe('recurring tasks', () => {
  const occurrences = async (seriesId: string) =>
    (await app.dataSource.query(
      `SELECT to_char(due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI') AS due, title, status, assignee_id, company_id
         FROM tasks WHERE series_id = $1 ORDER BY due_at`,
      [seriesId],
    )) as Array<{ due: string; title: string; status: string; assignee_id: string; company_id: string | null }>;

  it('creates each occurrence once, on the assignee’s clock, however often the job runs', async () => {
    const companyId = await insertCompany(app.dataSource, { name: 'Серия', responsibleId: fx.users.otherManager.id, branchId: null });
    await app.dataSource.query(`UPDATE users SET time_zone = 'Asia/Yekaterinburg' WHERE id = $1`, [fx.users.otherManager.id]);
    // Mondays and Thursdays at 09:00 in Yekaterinburg (04:00 UTC), starting Monday 2 November 2026.
    const [{ id: seriesId }] = await app.dataSource.query(
      `INSERT INTO tasks (title, assignee_id, creator_id, company_id, due_at, rrule)
       VALUES ('Планёрка', $1, $2, $3, '2026-11-02T04:00:00Z', 'FREQ=WEEKLY;BYDAY=MO,TH') RETURNING id`,
      [fx.users.otherManager.id, fx.users.manager.id, companyId],
    );
    const now = '2026-11-09T12:00:00Z';
    await Promise.all([taskSeriesJob.run({ now }, app.services), taskSeriesJob.run({ now }, app.services)]);
    await taskSeriesJob.run({ now }, app.services);
    const made = await occurrences(seriesId);
    // A day of catch-up (Monday 9 November) and a week ahead; the series' own first task is not repeated.
    expect(made.map((row) => row.due)).toEqual(['2026-11-09T04:00', '2026-11-12T04:00', '2026-11-16T04:00']);
    expect(made.every((row) => row.title === 'Планёрка' && row.status === 'NEW' && row.company_id === companyId)).toBe(true);
    expect(made.every((row) => row.assignee_id === fx.users.otherManager.id)).toBe(true);

    // A deleted occurrence is not brought back; a later run continues after the last one.
    await app.dataSource.query(`UPDATE tasks SET deleted_at = now() WHERE series_id = $1 AND due_at = '2026-11-12T04:00:00Z'`, [seriesId]);
    await taskSeriesJob.run({ now: '2026-11-13T12:00:00Z' }, app.services);
    const later = await app.dataSource.query(`SELECT count(*)::int AS n FROM tasks WHERE series_id = $1 AND deleted_at IS NULL`, [seriesId]);
    expect((await occurrences(seriesId)).map((row) => row.due)).toEqual([
      '2026-11-09T04:00', '2026-11-12T04:00', '2026-11-16T04:00', '2026-11-19T04:00',
    ]);
    expect(later[0].n).toBe(3);
  });

  it('stops with the series and never runs far ahead of an hourly rule', async () => {
    const [{ id: hourly }] = await app.dataSource.query(
      `INSERT INTO tasks (title, assignee_id, creator_id, due_at, rrule) VALUES ('Каждый час', $1, $1, '2026-11-10T08:00:00Z', 'FREQ=HOURLY') RETURNING id`,
      [fx.users.manager.id],
    );
    const [{ id: cancelled }] = await app.dataSource.query(
      `INSERT INTO tasks (title, assignee_id, creator_id, due_at, rrule, status) VALUES ('Отменена', $1, $1, '2026-11-10T08:00:00Z', 'FREQ=DAILY', 'CANCELLED') RETURNING id`,
      [fx.users.manager.id],
    );
    await taskSeriesJob.run({ now: '2026-11-10T12:00:00Z' }, app.services);
    await taskSeriesJob.run({ now: '2026-11-10T12:00:00Z' }, app.services);
    const ahead = await app.dataSource.query(`SELECT count(*)::int AS n FROM tasks WHERE series_id = $1 AND due_at > '2026-11-10T12:00:00Z'`, [hourly]);
    expect(ahead[0].n).toBe(SERIES_MAX_AHEAD);
    expect(await occurrences(cancelled)).toEqual([]);
  });
});

describe('maintenance', () => {
  it('creates the coming audit partitions and drops those past retention', async () => {
    await app.dataSource.query(`CREATE TABLE audit_events_2020_01 PARTITION OF audit_events FOR VALUES FROM ('2020-01-01') TO ('2020-02-01')`);
    await app.dataSource.query(`DROP TABLE audit_events_${partitionSuffix(AUDIT_PARTITIONS_AHEAD)}`);
    await auditPartitionsJob.run({}, app.services);
    const exists = async (name: string) => (await app.dataSource.query(`SELECT to_regclass($1) IS NOT NULL AS e`, [name]))[0].e as boolean;
    expect(await exists('audit_events_2020_01')).toBe(false);
    expect(await exists(`audit_events_${partitionSuffix(0)}`)).toBe(true);
    expect(await exists(`audit_events_${partitionSuffix(AUDIT_PARTITIONS_AHEAD)}`)).toBe(true);
    expect(await exists(`audit_events_${partitionSuffix(AUDIT_PARTITIONS_AHEAD + 1)}`)).toBe(false);
  });

  it('deletes read notifications older than the retention, keeps unread and recent ones', async () => {
    const insert = async (key: string, readDaysAgo: number | null, createdDaysAgo: number) => {
      const [row] = await app.dataSource.query(
        `INSERT INTO notifications (user_id, kind, title, dedupe_key, read_at, created_at)
         VALUES ($1, 'SYSTEM', 'x', $2, CASE WHEN $3::int IS NULL THEN NULL ELSE now() - make_interval(days => $3::int) END, now() - make_interval(days => $4))
         RETURNING id`,
        [fx.users.admin.id, key, readDaysAgo, createdDaysAgo],
      );
      return row.id as string;
    };
    const old = await insert('retention:old', 100, 120);
    const recent = await insert('retention:recent', 10, 120);
    const unread = await insert('retention:unread', null, 400);
    await notificationRetentionJob.run({}, app.services);
    const left = await app.dataSource.query(`SELECT id FROM notifications WHERE id = ANY($1::uuid[])`, [[old, recent, unread]]);
    expect(left.map((row: { id: string }) => row.id).sort()).toEqual([recent, unread].sort());
  });
});

function partitionSuffix(monthsAhead: number): string {
  const now = new Date();
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + monthsAhead, 1));
  return `${month.getUTCFullYear()}_${String(month.getUTCMonth() + 1).padStart(2, '0')}`;
}
