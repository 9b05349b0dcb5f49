import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizePhone } from '../../src/common/validation/phone';
import { isValidInn, isValidKpp, isValidOgrn } from '../../src/common/validation/requisites';
import { createDataSource } from '../../src/db/data-source';
import { verifyPassword } from '../../src/modules/auth/password';
import { DEMO_LOGINS, seedDemoData, type SeedDemoResult } from '../../src/seed/demo-seed';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

const COMPANIES = 300;
const COUNTED_TABLES = [
  'branches', 'regions', 'company_statuses', 'spheres', 'task_types', 'users', 'companies', 'company_spheres',
  'company_phones', 'company_emails', 'contacts', 'contact_phones', 'contact_emails', 'notes', 'tasks',
];

let database: TestDatabase;
let dataSource: DataSource;
let firstRun: SeedDemoResult;

async function countRows(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of COUNTED_TABLES) {
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM ${table}`);
    counts[table] = count;
  }
  return counts;
}

beforeAll(async () => {
  database = await createTestDatabase('seed');
  dataSource = createDataSource({ url: database.url, poolSize: 2 });
  await dataSource.initialize();
  firstRun = await seedDemoData(dataSource, { companies: COMPANIES });
});

afterAll(async () => {
  if (dataSource?.isInitialized) await dataSource.destroy();
  await database?.drop();
});

describe('demo seed', () => {
  it('creates one user per role with the demo logins and a working password', async () => {
    expect(firstRun.seeded).toBe(true);
    expect(firstRun.logins.map(({ email, role }) => [email, role])).toEqual([
      ['admin@pulse.demo', 'ADMIN'],
      ['director@pulse.demo', 'BRANCH_DIRECTOR'],
      ['head@pulse.demo', 'SALES_HEAD'],
      ['group@pulse.demo', 'GROUP_MANAGER'],
      ['manager@pulse.demo', 'MANAGER'],
    ]);
    const users: Array<{ email: string; role: string; branch: string; password_hash: string }> = await dataSource.query(
      `SELECT u.email, u.role, b.code AS branch, u.password_hash FROM users u JOIN branches b ON b.id = u.branch_id
       WHERE u.email = ANY($1) ORDER BY u.email`,
      [DEMO_LOGINS.map((login) => login.email)],
    );
    expect(users.map(({ email, role, branch }) => [email, role, branch])).toEqual([
      ['admin@pulse.demo', 'ADMIN', 'EKB'],
      ['director@pulse.demo', 'BRANCH_DIRECTOR', 'EKB'],
      ['group@pulse.demo', 'GROUP_MANAGER', 'EKB'],
      ['head@pulse.demo', 'SALES_HEAD', 'EKB'],
      ['manager@pulse.demo', 'MANAGER', 'EKB'],
    ]);
    expect(await verifyPassword(users[4].password_hash, 'demo1234')).toBe(true);
    expect(await verifyPassword(users[4].password_hash, 'demo12345')).toBe(false);

    const [{ managers, branches }] = await dataSource.query(
      `SELECT count(*)::int AS managers, count(DISTINCT branch_id)::int AS branches FROM users WHERE role = 'MANAGER'`,
    );
    expect(managers).toBeGreaterThanOrEqual(9);
    expect(branches).toBe(3);
  });

  it('creates the requested number of companies with valid requisites in the responsible user’s branch', async () => {
    type CompanyRow = { inns: string[]; kpp: string | null; ogrn: string | null; same_branch: boolean };
    const companies: CompanyRow[] = await dataSource.query(
      `SELECT c.inns, c.kpp, c.ogrn, c.branch_id = u.branch_id AS same_branch
       FROM companies c JOIN users u ON u.id = c.responsible_id`,
    );
    expect(companies).toHaveLength(COMPANIES);
    const inns = companies.flatMap((company) => company.inns);
    expect(inns.filter((inn) => !isValidInn(inn))).toEqual([]);
    expect(inns.some((inn) => inn.length === 12)).toBe(true);
    expect(companies.filter((c) => c.kpp !== null && !isValidKpp(c.kpp))).toEqual([]);
    expect(companies.filter((c) => c.ogrn === null || !isValidOgrn(c.ogrn))).toEqual([]);
    expect(companies.filter((c) => !c.same_branch)).toEqual([]);
  });

  it('stores every phone as E.164 that matches its raw text', async () => {
    const phones: Array<{ e164: string; raw: string; extension: string | null }> = await dataSource.query(
      `SELECT e164, raw, extension FROM company_phones UNION ALL SELECT e164, raw, extension FROM contact_phones`,
    );
    expect(phones.length).toBeGreaterThanOrEqual(COMPANIES);
    expect(phones.filter((phone) => !/^\+\d{11,15}$/.test(phone.e164))).toEqual([]);
    const mismatched = phones.filter((phone) => {
      const normalized = normalizePhone(phone.raw);
      return normalized.e164 !== phone.e164 || normalized.extension !== phone.extension;
    });
    expect(mismatched).toEqual([]);
  });

  it('gives the demo manager open tasks, some overdue, some due today, and a recurring one', async () => {
    const [tasks] = await dataSource.query(
      `SELECT count(*)::int AS open,
              count(*) FILTER (WHERE t.due_at < now())::int AS overdue,
              count(*) FILTER (
                WHERE (t.due_at AT TIME ZONE u.time_zone)::date = (now() AT TIME ZONE u.time_zone)::date
              )::int AS today,
              count(*) FILTER (WHERE t.rrule LIKE 'FREQ=WEEKLY;%')::int AS recurring
       FROM tasks t JOIN users u ON u.id = t.assignee_id
       WHERE u.email = 'manager@pulse.demo' AND t.status IN ('NEW', 'IN_PROGRESS') AND t.deleted_at IS NULL`,
    );
    expect(tasks.open).toBeGreaterThanOrEqual(20);
    expect(tasks.overdue).toBeGreaterThanOrEqual(1);
    expect(tasks.today).toBeGreaterThanOrEqual(5);
    expect(tasks.recurring).toBeGreaterThanOrEqual(1);
  });

  it('dates activity no later than now and no earlier than the company', async () => {
    const [dates] = await dataSource.query(
      `SELECT count(*) FILTER (WHERE last_activity_at > now())::int AS future,
              count(*) FILTER (WHERE last_activity_at < created_at)::int AS before_created,
              (SELECT count(*)::int FROM notes n JOIN companies c ON c.id = n.company_id
               WHERE n.created_at < c.created_at) AS early_notes
       FROM companies`,
    );
    expect(dates).toEqual({ future: 0, before_created: 0, early_notes: 0 });
  });

  it('builds the search data for every seeded company (the triggers are off during the seed)', async () => {
    const [{ indexed, companies }] = await dataSource.query(
      `SELECT (SELECT count(*)::int FROM company_search) AS indexed, (SELECT count(*)::int FROM companies) AS companies`,
    );
    expect(indexed).toBe(companies);
    const [{ keys }] = await dataSource.query(`SELECT count(*)::int AS keys FROM company_search_keys WHERE kind = 'INN'`);
    expect(keys).toBeGreaterThanOrEqual(companies);
  });

  it('gives the sales staff a call log of weekdays in the past, to their own companies, counted in the analytics rollups', async () => {
    const [stats] = await dataSource.query(`
      SELECT count(*)::int AS calls,
             count(DISTINCT k.user_id)::int AS callers,
             count(DISTINCT k.outcome)::int AS outcomes,
             count(*) FILTER (WHERE k.started_at > now())::int AS future,
             count(*) FILTER (WHERE extract(isodow FROM k.started_at AT TIME ZONE 'Europe/Moscow') > 5)::int AS weekend,
             count(*) FILTER (WHERE c.responsible_id <> k.user_id)::int AS foreign_companies,
             count(*) FILTER (WHERE u.role NOT IN ('MANAGER', 'SALES_HEAD'))::int AS by_others,
             count(*) FILTER (WHERE k.outcome <> 'CONNECTED' AND k.duration_seconds > 0)::int AS talk_without_answer
        FROM calls k JOIN companies c ON c.id = k.company_id JOIN users u ON u.id = k.user_id`);
    expect(stats.calls).toBeGreaterThan(100);
    expect(stats.outcomes).toBeGreaterThanOrEqual(4);
    expect(stats).toMatchObject({ future: 0, weekend: 0, foreign_companies: 0, by_others: 0, talk_without_answer: 0 });
    // Everyone on the sales staff who has a company with a phone made calls.
    const [{ callers }] = await dataSource.query(`
      SELECT count(DISTINCT u.id)::int AS callers
        FROM users u JOIN companies c ON c.responsible_id = u.id JOIN company_phones p ON p.company_id = c.id
       WHERE u.role IN ('MANAGER', 'SALES_HEAD') AND u.is_active AND c.deleted_at IS NULL`);
    expect(stats.callers).toBe(callers);
    const [{ rolled }] = await dataSource.query(`SELECT coalesce(sum(total), 0)::int AS rolled FROM call_daily_stats WHERE time_zone = 'Europe/Moscow'`);
    expect(rolled).toBe(stats.calls);
  });

  it('does nothing the second time', async () => {
    const before = await countRows();
    const secondRun = await seedDemoData(dataSource, { companies: COMPANIES });
    expect(secondRun.seeded).toBe(false);
    expect(secondRun.logins).toEqual(firstRun.logins);
    expect(await countRows()).toEqual(before);
  });
});
