import 'reflect-metadata';
import { Client } from 'pg';
import * as pg from 'pg';
import { hashPassword } from '../../src/modules/auth/password';
import { migrate } from '../../src/scripts/migrate';
import { rebuildSearch } from '../../src/scripts/rebuild-search';
import { type BenchQuery, generateDataset } from './dataset';
import { startInProcessApi } from '../in-process-api';
import { BENCH_PASSWORD, BENCHMARKS_MD, databaseExists, databaseUrl, machine, percentile, recreateDatabase, runBench, writeSection } from '../lib';

/**
 * `npm run bench:search [-- --companies 100000] [--reuse]`: builds `pulse_bench_search` on DATABASE_URL's server
 * (1,000,000 companies and about 2,000,000 contacts by default), starts the API in-process and times every fixed
 * query through HTTP GraphQL `searchCompanies`; prints and records p50/p95/p99/max per kind in docs/benchmarks.md.
 * `--reuse` keeps an existing database (and applies pending migrations to it); `--no-write` only prints;
 * `--kinds "INN,two words"` times some kinds only (never written); `--profile` splits each request's time between
 * the statements it sends (BENCH_SQL=1 also prints each kind of statement once, to EXPLAIN by hand).
 */
const DATABASE = 'pulse_bench_search';
const SAMPLES = 200;
const FIRST = 10;
const SEARCH = `query($query: String!, $first: Int) { searchCompanies(query: $query, first: $first) { score matchedOn highlight company { id name } } }`;

function parseArgs(argv: string[]) {
  const value = (name: string) => {
    const index = argv.indexOf(name);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const companies = Number(value('--companies') ?? 1_000_000);
  if (!Number.isInteger(companies) || companies < SAMPLES) throw new Error(`--companies must be a whole number ≥ ${SAMPLES}`);
  const kinds = value('--kinds')?.split(',');
  const profile = argv.includes('--profile');
  return { companies, reuse: argv.includes('--reuse'), write: !argv.includes('--no-write') && !kinds && !profile, profile, kinds };
}

async function prepareDatabase(options: { companies: number; reuse: boolean }, log: (message: string) => void) {
  const url = databaseUrl(DATABASE);
  if (options.reuse && (await databaseExists(DATABASE))) {
    const applied = await migrate(url);
    if (applied.length) log(`applied to the reused database: ${applied.join(', ')}`);
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ kind: string; query: string }>(`SELECT kind, query FROM bench_queries ORDER BY id`);
      const [counts] = (await client.query(`SELECT (SELECT count(*) FROM companies)::int AS companies, (SELECT count(*) FROM contacts)::int AS contacts`)).rows;
      log(`reusing ${DATABASE}: ${counts.companies.toLocaleString('en')} companies, ${counts.contacts.toLocaleString('en')} contacts`);
      return { url, companies: counts.companies as number, contacts: counts.contacts as number, queries: rows, loadSeconds: null, rebuildSeconds: null };
    } finally {
      await client.end();
    }
  }
  await recreateDatabase(DATABASE);
  await migrate(url);

  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const [branch] = (await client.query(`INSERT INTO branches (code, name, time_zone) VALUES ('EKB', 'Екатеринбург', 'Asia/Yekaterinburg') RETURNING id`)).rows;
    const [user] = (
      await client.query(`INSERT INTO users (email, full_name, role, branch_id, password_hash) VALUES ('bench@pulse.bench', 'Бенчмарков Бенедикт', 'ADMIN', $1, $2) RETURNING id`, [
        branch.id,
        await hashPassword(BENCH_PASSWORD),
      ])
    ).rows;
    log(`generating ${options.companies.toLocaleString('en')} companies with COPY (search triggers off)…`);
    const loadStarted = performance.now();
    const generated = await generateDataset(client, { companies: options.companies, responsibleId: user.id, branchId: branch.id, samples: SAMPLES, log });
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    await client.query(`CREATE TABLE bench_queries (id serial PRIMARY KEY, kind text NOT NULL, query text NOT NULL)`);
    await client.query(`INSERT INTO bench_queries (kind, query) SELECT * FROM unnest($1::text[], $2::text[])`, [
      generated.queries.map((q) => q.kind),
      generated.queries.map((q) => q.query),
    ]);
    log(`loaded in ${loadSeconds.toFixed(0)} s; rebuilding the search index…`);
    const rebuilt = await rebuildSearch(url);
    log(`search index rebuilt in ${rebuilt.seconds.toFixed(0)} s; ANALYZE…`);
    await client.query(`SET statement_timeout = 0`);
    await client.query(`ANALYZE`);
    return { url, companies: generated.companies, contacts: generated.contacts, queries: generated.queries, loadSeconds, rebuildSeconds: rebuilt.seconds };
  } finally {
    await client.end();
  }
}


interface KindResult {
  kind: string;
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  avgHits: number;
  worstQuery: string;
}

/**
 * `--profile`: times every statement the API sends (client-side, so round trips included) and prints, per kind,
 * how many statements a request sends and how the request time splits between them and everything else.
 */
interface Statement {
  label: string;
  ms: number;
}
let profiled: Statement[] | null = null;
const printed = new Set<string>();
function installProfiler(): void {
  const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  const label = (config: unknown) => {
    const text = typeof config === 'string' ? config : ((config as { text?: string })?.text ?? '?');
    const compact = text.replace(/\s+/g, ' ').trim();
    if (/company_search_keys k/.test(compact)) return 'keys';
    if (/FROM company_search_words/.test(compact)) return 'typo vocabulary';
    if (/WITH q AS MATERIALIZED/.test(compact)) return 'rank words';
    if (/ts_headline/.test(compact)) return 'highlight';
    if (/auth_sessions|"s"\."revoked_at"/.test(compact)) return 'auth';
    if (/FROM "companies"/.test(compact)) return 'load companies';
    return compact.slice(0, 40);
  };
  (pg.Client.prototype as unknown as { query: unknown }).query = function (this: unknown, ...args: unknown[]) {
    const record = profiled;
    if (!record) return original.apply(this, args);
    const started = performance.now();
    const entry = { label: label(args[0]), ms: 0 };
    // BENCH_SQL=1: print each search statement with its parameters once per label, to EXPLAIN by hand.
    if (process.env.BENCH_SQL && !printed.has(entry.label)) {
      printed.add(entry.label);
      process.stdout.write(`-- ${entry.label}\n${JSON.stringify({ text: (args[0] as { text?: string })?.text ?? args[0], values: args[1] })}\n`);
    }
    record.push(entry);
    const callbackAt = args.findIndex((arg) => typeof arg === 'function');
    if (callbackAt >= 0) {
      const callback = args[callbackAt] as (...cbArgs: unknown[]) => void;
      args[callbackAt] = (...cbArgs: unknown[]) => {
        entry.ms = performance.now() - started;
        callback(...cbArgs);
      };
      return original.apply(this, args);
    }
    const result = original.apply(this, args) as Promise<unknown> | undefined;
    result?.then?.(
      () => (entry.ms = performance.now() - started),
      () => (entry.ms = performance.now() - started),
    );
    return result;
  };
}

function printProfile(samples: Map<string, Array<{ total: number; statements: Statement[] }>>): void {
  for (const [kind, requests] of samples) {
    const n = requests.length;
    const byLabel = new Map<string, { count: number; ms: number }>();
    for (const request of requests) {
      for (const statement of request.statements) {
        const entry = byLabel.get(statement.label) ?? { count: 0, ms: 0 };
        entry.count += 1;
        entry.ms += statement.ms;
        byLabel.set(statement.label, entry);
      }
    }
    const total = requests.reduce((sum, r) => sum + r.total, 0) / n;
    const sql = requests.reduce((sum, r) => sum + r.statements.reduce((s, st) => s + st.ms, 0), 0) / n;
    const parts = [...byLabel.entries()].map(([label, e]) => `${label} ×${(e.count / n).toFixed(1)} ${(e.ms / n).toFixed(2)}`);
    process.stdout.write(`${kind}: avg ${total.toFixed(2)} ms, statements ${sql.toFixed(2)} ms, other ${(total - sql).toFixed(2)} ms | ${parts.join(' | ')}\n`);
  }
}

async function runQueries(
  url: string,
  queries: BenchQuery[],
  log: (message: string) => void,
  options: { profile?: boolean } = {},
): Promise<{ results: KindResult[]; all: KindResult }> {
  if (options.profile) installProfiler();
  const api = await startInProcessApi(url);
  const { post } = api;
  try {
    const token = await api.login('bench@pulse.bench');
    // Warm-up: connections, JIT of the resolvers, the first pages of the indexes.
    for (const { query } of queries.slice(0, 50)) await post(SEARCH, { query, first: FIRST }, token);

    const timings = new Map<string, Array<{ ms: number; query: string; hits: number }>>();
    const profile = new Map<string, Array<{ total: number; statements: Statement[] }>>();
    for (const { kind, query } of queries) {
      if (options.profile) profiled = [];
      const started = performance.now();
      const result = await post(SEARCH, { query, first: FIRST }, token);
      const ms = performance.now() - started;
      if (profiled) profile.set(kind, [...(profile.get(kind) ?? []), { total: ms, statements: profiled }]);
      profiled = null;
      if (result.errors) throw new Error(`${kind} «${query}» failed: ${JSON.stringify(result.errors)}`);
      timings.set(kind, [...(timings.get(kind) ?? []), { ms, query, hits: result.data.searchCompanies.length }]);
    }
    const summarise = (kind: string, samples: Array<{ ms: number; query: string; hits: number }>): KindResult => {
      const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
      const worst = samples.reduce((a, b) => (b.ms > a.ms ? b : a));
      return {
        kind,
        count: samples.length,
        p50: percentile(sorted, 50),
        p95: percentile(sorted, 95),
        p99: percentile(sorted, 99),
        max: sorted.at(-1)!,
        avgHits: samples.reduce((sum, s) => sum + s.hits, 0) / samples.length,
        worstQuery: worst.query,
      };
    };
    const results = [...timings.entries()].map(([kind, samples]) => summarise(kind, samples));
    const all = summarise('all', [...timings.values()].flat());
    log(`${queries.length} queries timed`);
    if (options.profile) printProfile(profile);
    return { results, all };
  } finally {
    await api.close();
  }
}

async function indexSizes(url: string): Promise<Array<{ name: string; size: string }>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT c.relname AS name, pg_size_pretty(pg_total_relation_size(c.oid)) AS size
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND (c.relname LIKE 'company_search%') AND c.relkind IN ('r', 'i')
       ORDER BY pg_total_relation_size(c.oid) DESC`,
    );
    return rows;
  } finally {
    await client.end();
  }
}


const ms = (value: number) => value.toFixed(1);

function report(
  dataset: { companies: number; contacts: number; loadSeconds: number | null; rebuildSeconds: number | null },
  server: string,
  results: KindResult[],
  all: KindResult,
  sizes: Array<{ name: string; size: string }>,
): string {
  const rows = [...results, all].map((r) => `| ${r.kind} | ${r.count} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${ms(r.max)} | ${r.avgHits.toFixed(1)} | ${r.worstQuery.replace(/\|/g, '\\|')} |`);
  const passed = all.p95 <= 20 && all.max <= 100;
  return [
    '## Search',
    '',
    `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench:search\`${dataset.companies < 1_000_000 ? ` -- --companies ${dataset.companies}` : ''}.`,
    `Machine: ${machine()}; PostgreSQL ${server}.`,
    `Dataset: ${dataset.companies.toLocaleString('en')} companies, ${dataset.contacts.toLocaleString('en')} contacts` +
      (dataset.loadSeconds === null ? ' (reused).' : `; COPY ${dataset.loadSeconds.toFixed(0)} s, search rebuild ${dataset.rebuildSeconds!.toFixed(0)} s.`),
    `Each query goes through HTTP GraphQL \`searchCompanies(first: ${FIRST})\` with highlight, one at a time, after 50 warm-up queries. Times in ms.`,
    '',
    '| kind | queries | p50 | p95 | p99 | max | avg hits | slowest query |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows,
    '',
    `Target (SPEC §8): p95 ≤ 20 ms, worst ≤ 100 ms — ${passed ? 'met' : 'NOT met'} (all queries: p95 ${ms(all.p95)} ms, max ${ms(all.max)} ms).`,
    '',
    'Search tables and indexes:',
    '',
    '| relation | size |',
    '| --- | ---: |',
    ...sizes.map((s) => `| ${s.name} | ${s.size} |`),
    '',
  ].join('\n');
}


async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const log = (message: string) => process.stdout.write(`${message}\n`);
  const dataset = await prepareDatabase(options, log);
  const serverClient = new Client({ connectionString: dataset.url });
  await serverClient.connect();
  const settings = (
    await serverClient.query(
      `SELECT current_setting('server_version') AS version, current_setting('shared_buffers') AS shared_buffers, current_setting('work_mem') AS work_mem,
         current_setting('random_page_cost') AS random_page_cost, current_setting('jit') AS jit`,
    )
  ).rows[0];
  // The API's own connections add `-c jit=off` (src/db/data-source.ts); everything else is the server's.
  const server =
    `${settings.version}: shared_buffers ${settings.shared_buffers}, work_mem ${settings.work_mem}, random_page_cost ${settings.random_page_cost}, ` +
    `jit ${settings.jit} on the server and off on the API's connections`;
  await serverClient.end();
  const queries = options.kinds ? dataset.queries.filter((q) => options.kinds!.includes(q.kind)) : dataset.queries;
  const { results, all } = await runQueries(dataset.url, queries, log, { profile: options.profile });
  const section = report(dataset, server, results, all, await indexSizes(dataset.url));
  process.stdout.write(`\n${section}\n`);
  if (options.write) {
    const path = BENCHMARKS_MD;
    writeSection(path, 'Search', section);
    log(`written to ${path}`);
  }
}

runBench('bench:search', main);
