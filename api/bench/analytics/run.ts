import 'reflect-metadata';
import { loadavg } from 'node:os';
import { Client } from 'pg';
import { hashPassword } from '../../src/modules/auth/password';
import { createRandom } from '../../src/seed/random';
import { migrate } from '../../src/scripts/migrate';
import { rebuildAnalytics } from '../../src/scripts/rebuild-analytics';
import { generateCalls, generateTasks, generateUsers } from './dataset';
import { startInProcessApi } from '../in-process-api';
import { BENCH_PASSWORD, BENCHMARKS_MD, databaseExists, databaseUrl, machine, percentile, recreateDatabase, runBench, serverVersion, writeSection } from '../lib';

/**
 * `npm run bench:analytics [-- --calls 10000000 --tasks 1000000] [--reuse] [--samples 30] [--no-write]`: builds
 * `pulse_bench_analytics` (10 branches, 300 users, calls and tasks over two years, COPY), builds the rollups with
 * the production rebuild, then times callAnalytics and taskAnalytics through HTTP GraphQL for a day, a month
 * and a year, per manager and per branch, as ADMIN (everyone: the largest answers) and as a branch's sales head.
 */
const DATABASE = 'pulse_bench_analytics';
const DAYS = 730;
const DAY_MS = 86_400_000;

const STATS = `period groupId groupName`;
const CALL_FIELDS = `${STATS} total connected connectRate talkSeconds averageTalkSeconds outgoing incoming missed clickToCall fromPhone coldTotal coldConnected coldTalkSeconds`;
const TASK_FIELDS = `${STATS} created completed completedOnTime onTimeRate averageCompletionSeconds overdueNow`;
/** `full`: every part of the answer; `table`: what a table plus a chart needs (no group × period rows). */
const report = (field: string, fields: string, shape: Shape) =>
  `query($filter: AnalyticsFilter!) { ${field}(filter: $filter) { fromRollups ${shape === 'full' ? `rows { ${fields} }` : ''} periods { ${fields} } groups { ${fields} } total { ${fields} } } }`;

function parseArgs(argv: string[]) {
  const value = (name: string) => {
    const index = argv.indexOf(name);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const calls = Number(value('--calls') ?? 10_000_000);
  const tasks = Number(value('--tasks') ?? 1_000_000);
  const samples = Number(value('--samples') ?? 30);
  for (const [name, n] of [['--calls', calls], ['--tasks', tasks], ['--samples', samples]] as const) {
    if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive whole number`);
  }
  return { calls, tasks, samples, reuse: argv.includes('--reuse'), write: !argv.includes('--no-write') };
}

interface Prepared {
  url: string;
  calls: number;
  tasks: number;
  loadSeconds: number | null;
  rollupSeconds: number | null;
}

async function prepareDatabase(options: ReturnType<typeof parseArgs>, log: (message: string) => void): Promise<Prepared> {
  const url = databaseUrl(DATABASE);
  if (options.reuse && (await databaseExists(DATABASE))) {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const [counts] = (await client.query(`SELECT (SELECT count(*) FROM calls)::int AS calls, (SELECT count(*) FROM tasks)::int AS tasks`)).rows;
      log(`reusing ${DATABASE}: ${counts.calls.toLocaleString('en')} calls, ${counts.tasks.toLocaleString('en')} tasks`);
      return { url, calls: counts.calls, tasks: counts.tasks, loadSeconds: null, rollupSeconds: null };
    } finally {
      await client.end();
    }
  }
  await recreateDatabase(DATABASE);
  await migrate(url);

  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`SET statement_timeout = 0`);
    const { users } = await generateUsers(client, await hashPassword(BENCH_PASSWORD));
    const started = performance.now();
    // Bench loader only: skip FK checks and the rollup triggers (rebuilt below, as after any bulk load).
    await client.query(`SET session_replication_role = replica`);
    log(`generating ${options.calls.toLocaleString('en')} calls with COPY…`);
    const calls = await generateCalls(client, users, options.calls, DAYS, log);
    log(`generating ${options.tasks.toLocaleString('en')} tasks with COPY…`);
    const tasks = await generateTasks(client, users, options.tasks, DAYS);
    await client.query(`SET session_replication_role = origin`);
    const loadSeconds = (performance.now() - started) / 1000;
    log(`loaded in ${loadSeconds.toFixed(0)} s; VACUUM ANALYZE calls, tasks…`);
    await client.query(`VACUUM ANALYZE calls`);
    await client.query(`VACUUM ANALYZE tasks`);
    log(`building the rollups (npm run analytics:rebuild)…`);
    const rebuilt = await rebuildAnalytics(url);
    log(`rollups built in ${rebuilt.seconds.toFixed(0)} s (${rebuilt.zonesBuilt.join(', ')}; ${rebuilt.chunks} month chunks)`);
    await client.query(`VACUUM ANALYZE call_daily_stats`);
    await client.query(`VACUUM ANALYZE task_daily_stats`);
    return { url, calls, tasks, loadSeconds, rollupSeconds: rebuilt.seconds };
  } finally {
    await client.end();
  }
}


type Shape = 'full' | 'table';

interface Kind {
  name: string;
  shape: Shape;
  viewer: 'admin' | 'head';
  report: 'calls' | 'tasks';
  span: 'day' | 'month' | 'year';
  groupBy: 'MANAGER' | 'BRANCH';
}

interface KindResult extends Kind {
  count: number;
  p50: number;
  p95: number;
  max: number;
  rows: number;
  fromRollups: boolean;
}

const localDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function filterFor(kind: Kind, random: ReturnType<typeof createRandom>, zone: string) {
  const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
  if (kind.span === 'day') {
    const day = localDay(today - random.int(1, DAYS - 2) * DAY_MS);
    return { from: day, to: day, granularity: 'DAY', groupBy: kind.groupBy, timeZone: zone };
  }
  if (kind.span === 'month') {
    const start = new Date(today - random.int(31, DAYS - 31) * DAY_MS);
    const first = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1);
    const last = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0);
    return { from: localDay(first), to: localDay(last), granularity: 'DAY', groupBy: kind.groupBy, timeZone: zone };
  }
  const end = today - random.int(0, DAYS - 366) * DAY_MS;
  return { from: localDay(end - 364 * DAY_MS), to: localDay(end), granularity: 'MONTH', groupBy: kind.groupBy, timeZone: zone };
}

async function runQueries(url: string, samples: number, log: (message: string) => void): Promise<KindResult[]> {
  const api = await startInProcessApi(url);
  const { post } = api;
  try {
    const tokens = { admin: await api.login('bench@pulse.bench'), head: await api.login('ekb-1@pulse.bench') };
    const kinds: Kind[] = [];
    for (const viewer of ['admin', 'head'] as const) {
      for (const report of ['calls', 'tasks'] as const) {
        for (const span of ['day', 'month', 'year'] as const) {
          for (const groupBy of ['MANAGER', 'BRANCH'] as const) {
            if (viewer === 'head' && groupBy === 'BRANCH') continue;
            const name = `${report} ${span} per ${groupBy === 'MANAGER' ? 'manager' : 'branch'} (${viewer === 'admin' ? 'ADMIN: everyone' : 'SALES_HEAD: a branch'})`;
            kinds.push({ name, shape: 'full', viewer, report, span, groupBy });
            if (viewer === 'admin' && groupBy === 'MANAGER' && span !== 'day') kinds.push({ name: `${name}, without rows`, shape: 'table', viewer, report, span, groupBy });
          }
        }
      }
    }
    const random = createRandom(42);
    const results: KindResult[] = [];
    results.push(await timeDashboard(post, await api.login('ekb-5@pulse.bench'), samples, log));
    for (const kind of kinds) {
      const field = kind.report === 'calls' ? 'callAnalytics' : 'taskAnalytics';
      const query = report(field, kind.report === 'calls' ? CALL_FIELDS : TASK_FIELDS, kind.shape);
      // Warm-up: JIT of this shape and the first pages of its indexes.
      for (let i = 0; i < 3; i += 1) await post(query, { filter: filterFor(kind, random, 'Europe/Moscow') }, tokens[kind.viewer]);
      const timings: number[] = [];
      let rows = 0;
      let fromRollups = true;
      for (let i = 0; i < samples; i += 1) {
        const filter = filterFor(kind, random, i % 2 === 0 ? 'Europe/Moscow' : 'Asia/Yekaterinburg');
        const started = performance.now();
        const result = await post(query, { filter }, tokens[kind.viewer]);
        timings.push(performance.now() - started);
        if (result.errors) throw new Error(`${kind.name} failed: ${JSON.stringify(result.errors)}`);
        rows += (result.data[field].rows ?? result.data[field].groups).length;
        fromRollups &&= result.data[field].fromRollups;
      }
      const sorted = [...timings].sort((a, b) => a - b);
      results.push({ ...kind, count: samples, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1)!, rows: Math.round(rows / samples), fromRollups });
      log(`  ${kind.name}: p50 ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms`);
    }
    return results;
  } finally {
    await api.close();
  }
}

const DASHBOARD = `query { dashboard { today tasks { new { count items { id title dueAt } } dueToday { count items { id title dueAt } }
  overdue { count items { id title dueAt } } next7Days { count items { id title dueAt } } }
  contractsEnding { count items { id name contractEndDate } } coldCalls { today thisMonth last7Days } callsToday { outcome count }
  recentActivity { verb occurredAt } } }`;

/** The home page of a manager with ~1,500 calls a month and ~3,300 tasks: the cheap query it should be. */
async function timeDashboard(
  post: (query: string, variables: Record<string, unknown>, token?: string) => Promise<{ data?: any; errors?: unknown[] }>,
  token: string,
  samples: number,
  log: (message: string) => void,
): Promise<KindResult> {
  for (let i = 0; i < 3; i += 1) await post(DASHBOARD, {}, token);
  const timings: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    const started = performance.now();
    const result = await post(DASHBOARD, {}, token);
    timings.push(performance.now() - started);
    if (result.errors) throw new Error(`dashboard failed: ${JSON.stringify(result.errors)}`);
  }
  const sorted = [...timings].sort((a, b) => a - b);
  const name = 'dashboard (MANAGER: his own day)';
  log(`  ${name}: p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms`);
  return { name, shape: 'full', viewer: 'head', report: 'calls', span: 'day', groupBy: 'MANAGER', count: samples, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1)!, rows: 0, fromRollups: false };
}

async function tableSizes(url: string): Promise<Array<{ name: string; rows: string; size: string }>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT c.relname AS name, to_char(c.reltuples, 'FM999,999,999,999') AS rows, pg_size_pretty(pg_total_relation_size(c.oid)) AS size
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relname IN ('calls', 'tasks', 'call_daily_stats', 'task_daily_stats', 'call_monthly_stats', 'task_monthly_stats') ORDER BY pg_total_relation_size(c.oid) DESC`,
    );
    return rows;
  } finally {
    await client.end();
  }
}


const ms = (value: number) => value.toFixed(1);

function reportSection(dataset: Prepared, server: string, results: KindResult[], sizes: Awaited<ReturnType<typeof tableSizes>>, load: { before: number[]; after: number[] }): string {
  const worst = results.reduce((a, b) => (b.p95 > a.p95 ? b : a));
  const allP95 = percentile(results.map((r) => r.p95).sort((a, b) => a - b), 95);
  const met = results.filter((r) => r.p95 <= 150).length;
  return [
    '## Analytics',
    '',
    `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench:analytics\`.`,
    `Machine: ${machine()}; PostgreSQL ${server}. The 2 cores are shared with other work: load average ${load.before.map((v) => v.toFixed(1)).join(' / ')} (1/5/15 min) before the timed part, ${load.after.map((v) => v.toFixed(1)).join(' / ')} after.`,
    `Dataset: ${dataset.calls.toLocaleString('en')} calls and ${dataset.tasks.toLocaleString('en')} tasks over ${DAYS} days, 300 users in 10 branches (5 in Europe/Moscow, 5 in Asia/Yekaterinburg)` +
      (dataset.loadSeconds === null ? ' (reused).' : `; COPY ${dataset.loadSeconds.toFixed(0)} s, rollup build ${dataset.rollupSeconds!.toFixed(0)} s.`),
    'Each request goes through HTTP GraphQL, one at a time, asking for every field of `rows`, `periods`, `groups` and `total` ("without rows": `periods`, `groups` and `total` only — what a table and a chart need; "rows per answer" then counts groups); dates are random, time zones alternate Moscow/Yekaterinburg. Day and month: DAY granularity; year: MONTH granularity. Times in ms.',
    '',
    '| query | requests | rows per answer | p50 | p95 | max | rollups |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
    ...results.map((r) => `| ${r.name} | ${r.count} | ${r.rows || '—'} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.max)} | ${r.rows === 0 ? 'raw (indexed, one user)' : r.fromRollups ? 'yes' : 'no'} |`),
    '',
    `Target (SPEC §8): analytics p95 ≤ 150 ms — met by ${met} of ${results.length} query kinds; slowest kind: ${worst.name}, p95 ${ms(worst.p95)} ms (95th percentile of the per-kind p95s: ${ms(allP95)} ms).`,
    '',
    '| relation | rows (estimate) | size with indexes |',
    '| --- | ---: | ---: |',
    ...sizes.map((s) => `| ${s.name} | ${s.rows} | ${s.size} |`),
    '',
  ].join('\n');
}


async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const log = (message: string) => process.stdout.write(`${message}\n`);
  const dataset = await prepareDatabase(options, log);
  const server = await serverVersion(dataset.url);
  const before = loadavg();
  const results = await runQueries(dataset.url, options.samples, log);
  const section = reportSection(dataset, server, results, await tableSizes(dataset.url), { before, after: loadavg() });
  process.stdout.write(`\n${section}\n`);
  if (options.write) {
    const path = BENCHMARKS_MD;
    writeSection(path, 'Analytics', section);
    log(`written to ${path}`);
  }
}

runBench('bench:analytics', main);
