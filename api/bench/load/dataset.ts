import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { hashPassword } from '../../src/modules/auth/password';
import { migrate } from '../../src/scripts/migrate';
import { rebuildSearch } from '../../src/scripts/rebuild-search';
import { createRandom } from '../../src/seed/random';
import * as ru from '../../src/seed/russian-data';
import { BENCH_PASSWORD, databaseExists, databaseUrl, recreateDatabase } from '../lib';
import { copy, e164, generateDataset, line } from '../search/dataset';

/**
 * The old production database's size (HOSTING_RECOMMENDATIONS and the seed's dump): 50,000 companies,
 * ~100,000 contacts (the search generator's 0–4 per company), 250,000 notes, 20,000 tasks, 500,000 calls; plus one
 * account per virtual user (1,000), spread over the three branches with the seed's role mix.
 */
export const DATABASE = 'pulse_bench_load';
export const SIZES = { companies: 50_000, notes: 250_000, tasks: 20_000, calls: 500_000, users: 1_000 };
const CHUNK = 50_000;

export interface BenchUser {
  email: string;
  role: string;
}

export interface LoadDataset {
  url: string;
  users: BenchUser[];
  counts: Record<string, number>;
  seconds: number | null;
}

export const userEmail = (index: number) => `load-${String(index).padStart(4, '0')}@pulse.bench`;

/** Per 25 accounts: 21 managers, 2 sales heads, 1 branch director, 1 admin or group manager (the seed's org chart, scaled). */
function roleOf(index: number): string {
  const slot = index % 25;
  if (slot === 24) return index % 50 === 24 ? 'ADMIN' : 'GROUP_MANAGER';
  if (slot === 23) return 'BRANCH_DIRECTOR';
  if (slot >= 21) return 'SALES_HEAD';
  return 'MANAGER';
}

async function counts(client: Client): Promise<Record<string, number>> {
  const tables = ['users', 'companies', 'contacts', 'notes', 'tasks', 'calls'];
  const result: Record<string, number> = {};
  for (const table of tables) result[table] = Number((await client.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n);
  return result;
}

export async function prepareLoadDatabase(reuse: boolean, log: (message: string) => void): Promise<LoadDataset> {
  const url = databaseUrl(DATABASE);
  const users = Array.from({ length: SIZES.users }, (_, index) => ({ email: userEmail(index), role: roleOf(index) }));
  if (reuse && (await databaseExists(DATABASE))) {
    await migrate(url);
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const found = await counts(client);
      log(`reusing ${DATABASE}: ${Object.entries(found).map(([table, n]) => `${n.toLocaleString('en')} ${table}`).join(', ')}`);
      return { url, users, counts: found, seconds: null };
    } finally {
      await client.end();
    }
  }
  const started = performance.now();
  await recreateDatabase(DATABASE);
  await migrate(url);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`SET statement_timeout = 0`);
    const random = createRandom(20_261_125);
    const branchIds = new Map<string, string>();
    for (const branch of ru.BRANCHES) {
      const [row] = (await client.query(`INSERT INTO branches (code, name, time_zone) VALUES ($1, $2, $3) RETURNING id`, [branch.code, branch.name, branch.timeZone])).rows;
      branchIds.set(branch.code, row.id);
    }
    const statusIds = [];
    for (const [index, status] of Object.values(ru.COMPANY_STATUSES).entries()) {
      statusIds.push((await client.query(`INSERT INTO company_statuses (name, color, sort_order) VALUES ($1, $2, $3) RETURNING id`, [status.name, status.color, index])).rows[0].id);
    }
    const typeIds = new Map<ru.TaskTypeKey, string>();
    for (const [index, [key, type]] of Object.entries(ru.TASK_TYPES).entries()) {
      typeIds.set(key as ru.TaskTypeKey, (await client.query(`INSERT INTO task_types (name, icon, color, sort_order) VALUES ($1, $2, $3, $4) RETURNING id`, [type.name, type.icon, type.color, index])).rows[0].id);
    }

    const hash = await hashPassword(BENCH_PASSWORD);
    const accounts = users.map((user, index) => {
      const person = ru.makePerson(random);
      const global = user.role === 'ADMIN' || user.role === 'GROUP_MANAGER';
      const branch = ru.BRANCHES[index % ru.BRANCHES.length]!;
      return { id: randomUUID(), ...user, fullName: ru.fullName(person), branchId: global ? null : branchIds.get(branch.code)!, branchCode: branch.code };
    });
    await copy(client, 'users', ['id', 'email', 'full_name', 'role', 'branch_id', 'password_hash'], accounts.map((a) => line([a.id, a.email, a.fullName, a.role, a.branchId, hash])));
    const owners = accounts.filter((a) => a.role === 'MANAGER').map((a) => ({ responsibleId: a.id, branchId: a.branchId!, branchCode: a.branchCode }));

    log(`generating ${SIZES.companies.toLocaleString('en')} companies with contacts (COPY, the search benchmark's generator)…`);
    await generateDataset(client, { companies: SIZES.companies, responsibleId: owners[0]!.responsibleId, branchId: owners[0]!.branchId, samples: 1, log, owners });
    await client.query(`UPDATE companies SET status_id = ($1::uuid[])[1 + floor(random() * $2)::int]`, [statusIds, statusIds.length]);

    const companies = (await client.query<{ id: string; responsible_id: string; branch_id: string }>(`SELECT id, responsible_id, branch_id FROM companies`)).rows;
    const contactsOf = new Map<string, string[]>();
    for (const row of (await client.query<{ id: string; company_id: string }>(`SELECT id, company_id FROM contacts`)).rows) {
      contactsOf.set(row.company_id, [...(contactsOf.get(row.company_id) ?? []), row.id]);
    }
    const ownerBranch = new Map<string, string>(owners.map((o) => [o.responsibleId, o.branchCode]));
    const now = Date.now();
    const daysAgo = (max: number) => new Date(now - random.int(0, max * 86_400) * 1000).toISOString();

    log(`generating ${SIZES.notes.toLocaleString('en')} notes…`);
    for (let start = 0; start < SIZES.notes; start += CHUNK) {
      const rows: string[] = [];
      for (let i = start; i < Math.min(SIZES.notes, start + CHUNK); i += 1) {
        const company = random.pick(companies);
        const contacts = contactsOf.get(company.id) ?? [];
        const contactId = contacts.length > 0 && random.chance(0.4) ? random.pick(contacts) : null;
        const text = ru.makeNoteText(random, { contact: ru.fullName(ru.makePerson(random)), product: random.pick(ru.PRODUCTS), amount: String(random.int(20, 900) * 1000) });
        const at = daysAgo(400);
        rows.push(line([company.id, contactId, company.responsible_id, text, random.chance(0.03) ? 't' : 'f', at, at]));
      }
      await copy(client, 'notes', ['company_id', 'contact_id', 'author_id', 'text', 'is_pinned', 'created_at', 'updated_at'], rows);
    }

    log(`generating ${SIZES.tasks.toLocaleString('en')} tasks…`);
    const typeKeys = [...typeIds.keys()];
    const taskRows: string[] = [];
    for (let i = 0; i < SIZES.tasks; i += 1) {
      const company = random.pick(companies);
      const type = random.pick(typeKeys);
      const open = random.chance(0.35);
      const due = new Date(now + random.int(open ? -5 : -200, open ? 30 : -1) * 86_400_000 + random.int(9, 18) * 3_600_000).toISOString();
      const status = open ? (random.chance(0.2) ? 'IN_PROGRESS' : 'NEW') : random.chance(0.9) ? 'DONE' : 'CANCELLED';
      taskRows.push(
        line([random.pick(ru.TASK_TITLES[type]), typeIds.get(type)!, status, random.chance(0.1) ? 't' : 'f', due, company.responsible_id, company.responsible_id, company.id, status === 'DONE' ? due : null, status === 'DONE' ? random.pick(ru.TASK_RESULTS) : null]),
      );
    }
    await copy(client, 'tasks', ['title', 'type_id', 'status', 'is_urgent', 'due_at', 'assignee_id', 'creator_id', 'company_id', 'completed_at', 'result'], taskRows);

    log(`generating ${SIZES.calls.toLocaleString('en')} calls…`);
    for (let start = 0; start < SIZES.calls; start += CHUNK) {
      const rows: string[] = [];
      for (let i = start; i < Math.min(SIZES.calls, start + CHUNK); i += 1) {
        const company = random.pick(companies);
        const contacts = contactsOf.get(company.id) ?? [];
        const contactId = contacts.length > 0 && random.chance(0.5) ? random.pick(contacts) : null;
        const phone = ru.mobilePhone(random, (ownerBranch.get(company.responsible_id) ?? 'EKB') as ru.BranchCode);
        const direction = random.weighted([['OUTGOING', 70], ['INCOMING', 22], ['MISSED', 8]] as const);
        const outcome = direction === 'MISSED' ? 'NO_ANSWER' : random.weighted([['CONNECTED', 62], ['NO_ANSWER', 25], ['BUSY', 8], ['REJECTED', 4], ['FAILED', 1]] as const);
        const duration = outcome === 'CONNECTED' ? random.int(10, 900) : 0;
        const source = direction === 'OUTGOING' && random.chance(0.6) ? 'CLICK_TO_CALL' : 'PHONE';
        rows.push(line([`bench-${i}`, company.responsible_id, company.branch_id, company.id, contactId, phone, e164(phone), direction, outcome, source, daysAgo(730), String(duration), random.chance(0.15) ? 't' : 'f']));
      }
      await copy(
        client,
        'calls',
        ['client_id', 'user_id', 'branch_id', 'company_id', 'contact_id', 'phone', 'phone_e164', 'direction', 'outcome', 'source', 'started_at', 'duration_seconds', 'is_cold_call'],
        rows,
      );
    }
    log('rebuilding the search index…');
    await rebuildSearch(url);
    log('ANALYZE…');
    await client.query(`ANALYZE`);
    const found = await counts(client);
    const seconds = (performance.now() - started) / 1000;
    log(`dataset ready in ${seconds.toFixed(0)} s: ${Object.entries(found).map(([table, n]) => `${n.toLocaleString('en')} ${table}`).join(', ')}`);
    return { url, users, counts: found, seconds };
  } finally {
    await client.end();
  }
}
