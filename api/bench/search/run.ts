import 'reflect-metadata';
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createSchema } from '../../src/app/schema';
import { createApp } from '../../src/app/server';
import { createServices } from '../../src/app/services';
import { loadConfig } from '../../src/config';
import { createDataSource } from '../../src/db/data-source';
import { createAppPubSub } from '../../src/infra/pubsub';
import { createLogger } from '../../src/logger';
import { hashPassword } from '../../src/modules/auth/password';
import { migrate } from '../../src/scripts/migrate';
import { rebuildSearch } from '../../src/scripts/rebuild-search';
import { type BenchQuery, generateDataset } from './dataset';

/**
 * `npm run bench:search [-- --companies 100000] [--reuse]`: builds `pulse_bench_search` on DATABASE_URL's server
 * (1,000,000 companies and about 2,000,000 contacts by default), starts the API in-process and times every fixed
 * query through HTTP GraphQL `searchCompanies`; prints and records p50/p95/p99/max per kind in docs/benchmarks.md.
 */
const DATABASE = 'pulse_bench_search';
const PASSWORD = 'bench-password-42';
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
  return { companies, reuse: argv.includes('--reuse'), write: !argv.includes('--no-write') };
}

const adminUrl = () => process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
function databaseUrl(name: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

async function prepareDatabase(options: { companies: number; reuse: boolean }, log: (message: string) => void) {
  const admin = new Client({ connectionString: databaseUrl('postgres') });
  await admin.connect();
  const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [DATABASE])).rowCount === 1;
  const url = databaseUrl(DATABASE);
  if (options.reuse && exists) {
    await admin.end();
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
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DATABASE}`);
  await admin.end();
  await migrate(url);

  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const [branch] = (await client.query(`INSERT INTO branches (code, name, time_zone) VALUES ('EKB', 'Екатеринбург', 'Asia/Yekaterinburg') RETURNING id`)).rows;
    const [user] = (
      await client.query(`INSERT INTO users (email, full_name, role, branch_id, password_hash) VALUES ('bench@pulse.bench', 'Бенчмарков Бенедикт', 'ADMIN', $1, $2) RETURNING id`, [
        branch.id,
        await hashPassword(PASSWORD),
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

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
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

async function runQueries(url: string, queries: BenchQuery[], log: (message: string) => void): Promise<{ results: KindResult[]; all: KindResult }> {
  const config = loadConfig({
    NODE_ENV: 'production',
    DATABASE_URL: url,
    AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-42',
    COOKIE_SECURE: 'false',
    LOG_LEVEL: 'silent',
    DATABASE_POOL_SIZE: '4',
  });
  const dataSource = createDataSource({ url, poolSize: config.DATABASE_POOL_SIZE });
  await dataSource.initialize();
  // Wired as api/test/helpers/test-app.ts does: in-process pub/sub, no Redis.
  const pubSub = createAppPubSub(config);
  const services = createServices({ config, dataSource, redis: null, pubSub, logger: createLogger('silent') });
  const app = await createApp(services, await createSchema(pubSub));
  const port = await app.listen(0, '127.0.0.1');
  const endpoint = `http://127.0.0.1:${port}/graphql`;
  const post = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: any; errors?: unknown[] };
  };
  try {
    const login = await post(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, { e: 'bench@pulse.bench', p: PASSWORD });
    const token: string = login.data?.login?.accessToken;
    if (!token) throw new Error(`login failed: ${JSON.stringify(login.errors)}`);
    // Warm-up: connections, JIT of the resolvers, the first pages of the indexes.
    for (const { query } of queries.slice(0, 50)) await post(SEARCH, { query, first: FIRST }, token);

    const timings = new Map<string, Array<{ ms: number; query: string; hits: number }>>();
    for (const { kind, query } of queries) {
      const started = performance.now();
      const result = await post(SEARCH, { query, first: FIRST }, token);
      const ms = performance.now() - started;
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
    return { results, all };
  } finally {
    await app.close();
    await services.jobs.stop();
    await pubSub.close();
    await dataSource.destroy();
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

function machine(): string {
  const commit = (() => {
    try {
      return execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
    } catch {
      return 'unknown';
    }
  })();
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpus().length} CPUs (${cpu}), ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}, commit ${commit} (+ uncommitted changes)`;
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

function writeSection(path: string, section: string): void {
  let text = '# Benchmarks\n';
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    // a new file
  }
  const start = text.indexOf('## Search\n');
  if (start >= 0) {
    const next = text.indexOf('\n## ', start + 1);
    text = text.slice(0, start) + section + (next >= 0 ? text.slice(next + 1) : '');
  } else {
    text = `${text.trimEnd()}\n\n${section}`;
  }
  writeFileSync(path, text);
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const log = (message: string) => process.stdout.write(`${message}\n`);
  const dataset = await prepareDatabase(options, log);
  const serverClient = new Client({ connectionString: dataset.url });
  await serverClient.connect();
  const server = (await serverClient.query(`SHOW server_version`)).rows[0].server_version as string;
  await serverClient.end();
  const { results, all } = await runQueries(dataset.url, dataset.queries, log);
  const section = report(dataset, server, results, all, await indexSizes(dataset.url));
  process.stdout.write(`\n${section}\n`);
  if (options.write) {
    const path = join(__dirname, '../../../../../docs/benchmarks.md');
    writeSection(path, section);
    log(`written to ${path}`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench:search failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
