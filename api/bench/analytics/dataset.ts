import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { createRandom, type Random } from '../../src/seed/random';

/**
 * The analytics benchmark's data: 10 branches in the two zones the company works in, 300 users, and calls and
 * tasks spread over the last two years, loaded with COPY. Calls are generated day by day so that their ids
 * (UUIDv7-like: time first) and started_at arrive roughly in order, which keeps the index builds cheap.
 * Constraints and triggers are skipped for the load (`session_replication_role = replica`, bench only): the
 * generator makes consistent rows, and the rollups are built afterwards with the same code as production.
 */
export const BRANCHES = [
  { code: 'EKB', name: 'Екатеринбург', zone: 'Asia/Yekaterinburg' },
  { code: 'TMN', name: 'Тюмень', zone: 'Asia/Yekaterinburg' },
  { code: 'CHE', name: 'Челябинск', zone: 'Asia/Yekaterinburg' },
  { code: 'PRM', name: 'Пермь', zone: 'Asia/Yekaterinburg' },
  { code: 'UFA', name: 'Уфа', zone: 'Asia/Yekaterinburg' },
  { code: 'KRD', name: 'Краснодар', zone: 'Europe/Moscow' },
  { code: 'MSK', name: 'Москва', zone: 'Europe/Moscow' },
  { code: 'SPB', name: 'Санкт-Петербург', zone: 'Europe/Moscow' },
  { code: 'NNV', name: 'Нижний Новгород', zone: 'Europe/Moscow' },
  { code: 'KZN', name: 'Казань', zone: 'Europe/Moscow' },
] as const;

const LAST_NAMES = ['Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Петров', 'Соколов', 'Михайлов', 'Новиков', 'Фёдоров', 'Морозов', 'Волков'];
const FIRST_NAMES = ['Александр', 'Дмитрий', 'Максим', 'Сергей', 'Андрей', 'Алексей', 'Артём', 'Илья', 'Кирилл', 'Михаил'];
const OUTCOMES: Array<[string, number]> = [
  ['CONNECTED', 45],
  ['NO_ANSWER', 30],
  ['BUSY', 10],
  ['REJECTED', 8],
  ['FAILED', 4],
  ['UNKNOWN', 3],
];
const DAY_MS = 86_400_000;
const FLUSH_LINES = 50_000;

export interface BenchUser {
  id: string;
  branchId: string;
  zone: string;
}

function uuid7(ms: number, random: Random): string {
  const hex = (n: number, width: number) => Math.floor(n).toString(16).padStart(width, '0').slice(-width);
  const time = hex(ms, 12);
  const rand = () => hex(random.next() * 0x10000, 4);
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${rand().slice(1)}-${(8 + Math.floor(random.next() * 4)).toString(16)}${rand().slice(1)}-${rand()}${rand()}${rand()}`;
}

/** COPY FROM STDIN fed in chunks, waiting for the socket when it is full. */
async function copyRows(client: Client, table: string, columns: string[], produce: (push: (line: string) => Promise<void>) => Promise<void>): Promise<number> {
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('error', reject);
    stream.on('finish', resolve);
  });
  let buffer: string[] = [];
  let count = 0;
  const flush = async () => {
    if (buffer.length === 0) return;
    const ok = stream.write(buffer.join(''));
    buffer = [];
    if (!ok) await new Promise((resolve) => stream.once('drain', resolve));
  };
  await produce(async (line) => {
    buffer.push(line);
    count += 1;
    if (buffer.length >= FLUSH_LINES) await flush();
  });
  await flush();
  stream.end();
  await done;
  return count;
}

export async function generateUsers(client: Client, passwordHash: string): Promise<{ users: BenchUser[]; adminId: string }> {
  const random = createRandom(5_005);
  const users: BenchUser[] = [];
  for (const [b, branch] of BRANCHES.entries()) {
    const [row] = (await client.query(`INSERT INTO branches (code, name, time_zone) VALUES ($1, $2, $3) RETURNING id`, [branch.code, branch.name, branch.zone])).rows;
    for (let i = 0; i < 30; i += 1) {
      const role = i === 0 ? 'BRANCH_DIRECTOR' : i <= 2 ? 'SALES_HEAD' : 'MANAGER';
      const name = `${random.pick(LAST_NAMES)} ${random.pick(FIRST_NAMES)} ${b * 30 + i}`;
      const [user] = (
        await client.query(
          `INSERT INTO users (email, full_name, role, branch_id, time_zone, password_hash) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [`${branch.code.toLowerCase()}-${i}@pulse.bench`, name, role, row.id, branch.zone, passwordHash],
        )
      ).rows;
      users.push({ id: user.id, branchId: row.id, zone: branch.zone });
    }
  }
  const [admin] = (
    await client.query(`INSERT INTO users (email, full_name, role, password_hash) VALUES ('bench@pulse.bench', 'Бенчмарков Бенедикт', 'ADMIN', $1) RETURNING id`, [passwordHash])
  ).rows;
  return { users, adminId: admin.id };
}

/** Local working time (09:00–19:00 in the user's zone; Moscow UTC+3, Yekaterinburg UTC+5) of a day, in ms. */
const workTime = (dayStartUtc: number, zone: string, random: Random) => dayStartUtc + (9 - (zone === 'Europe/Moscow' ? 3 : 5)) * 3_600_000 + random.int(0, 10 * 3_600_000 - 1);

export async function generateCalls(client: Client, users: BenchUser[], total: number, days: number, log: (message: string) => void): Promise<number> {
  const random = createRandom(10_000_000);
  const perUserDay = total / (users.length * days);
  const firstDay = Math.floor(Date.now() / DAY_MS) * DAY_MS - (days - 1) * DAY_MS;
  const outcomeOf = () => random.weighted(OUTCOMES);
  let client_seq = 0;
  return copyRows(
    client,
    'calls',
    ['id', 'client_id', 'user_id', 'branch_id', 'phone', 'direction', 'outcome', 'source', 'started_at', 'duration_seconds', 'is_cold_call', 'created_at', 'updated_at'],
    async (push) => {
      for (let day = 0; day < days; day += 1) {
        const dayStart = firstDay + day * DAY_MS;
        for (const user of users) {
          const count = random.int(Math.floor(perUserDay * 0.6), Math.ceil(perUserDay * 1.4));
          for (let k = 0; k < count; k += 1) {
            const started = workTime(dayStart, user.zone, random);
            const roll = random.next();
            const direction = roll < 0.8 ? 'OUTGOING' : roll < 0.95 ? 'INCOMING' : 'MISSED';
            const outcome = direction === 'MISSED' ? 'NO_ANSWER' : outcomeOf();
            const seconds = outcome === 'CONNECTED' ? random.int(10, 600) : 0;
            const at = new Date(started).toISOString();
            client_seq += 1;
            await push(
              `${uuid7(started, random)}\tb${client_seq}\t${user.id}\t${user.branchId}\t+7999${String(client_seq % 10_000_000).padStart(7, '0')}\t${direction}\t${outcome}\t${random.chance(0.4) ? 'CLICK_TO_CALL' : 'PHONE'}\t${at}\t${seconds}\t${random.chance(0.35) ? 't' : 'f'}\t${at}\t${at}\n`,
            );
          }
        }
        if (day % 60 === 59) log(`  calls: day ${day + 1}/${days}, ${client_seq.toLocaleString('en')} rows`);
      }
    },
  );
}

export async function generateTasks(client: Client, users: BenchUser[], total: number, days: number): Promise<number> {
  const random = createRandom(1_000_000);
  const now = Date.now();
  const first = now - days * DAY_MS;
  return copyRows(
    client,
    'tasks',
    ['id', 'title', 'status', 'due_at', 'assignee_id', 'creator_id', 'completed_at', 'created_at', 'updated_at'],
    async (push) => {
      for (let i = 0; i < total; i += 1) {
        const user = users[i % users.length]!;
        const created = first + Math.floor((i / total) * days * DAY_MS) + random.int(0, 3_600_000);
        const due = random.chance(0.8) ? created + random.int(2, 96) * 3_600_000 : null;
        const roll = random.next();
        const done = roll < 0.85 && created + 3_600_000 < now;
        const status = done ? 'DONE' : roll < 0.9 ? 'CANCELLED' : random.chance(0.5) ? 'NEW' : 'IN_PROGRESS';
        const completed = done ? Math.min(now, created + random.int(1, 120) * 3_600_000) : null;
        const iso = (ms: number | null) => (ms === null ? '\\N' : new Date(ms).toISOString());
        await push(`${uuid7(created, random)}\tЗадача ${i}\t${status}\t${iso(due)}\t${user.id}\t${user.id}\t${iso(completed)}\t${iso(created)}\t${iso(completed ?? created)}\n`);
      }
    },
  );
}
