import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { hashPassword } from '../../src/modules/auth/password';
import { migrate } from '../../src/scripts/migrate';
import {
  API_DIST,
  BENCH_PASSWORD,
  BENCH_SECRET,
  BENCHMARKS_MD,
  type Child,
  databaseExists,
  databaseUrl,
  loadAverage,
  login,
  machine,
  recreateDatabase,
  REPO_ROOT,
  runBench,
  serverVersion,
  startChild,
  waitForHttp,
  writeSection,
} from '../lib';
import { generateDataset } from '../search/dataset';

/**
 * `npm run bench:overhead [-- --reuse] [--duration 15] [--connections 32] [--profile]`: the same by-id company
 * lookup through our GraphQL endpoint (production build, signed in as a manager, as a real client) and through a
 * bare node:http + pg server, on one database, one after the other, twice each; the load comes from this process
 * (autocannon), the servers are child processes. Target (SPEC §8): GraphQL ≥ 60 % of the bare throughput.
 */
const DATABASE = 'pulse_bench_overhead';
const COMPANIES = 20_000;
const EMAIL = 'overhead@pulse.bench';
const POOL_SIZE = 10;
const API_PORT = 4791;
const BARE_PORT = 4792;
const QUERY = 'query CompanyById($id: ID!) { company(id: $id) { id name legalName inns kpp ogrn address website } }';

function parseArgs(argv: string[]) {
  const value = (name: string) => {
    const index = argv.indexOf(name);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  return {
    reuse: argv.includes('--reuse'),
    write: !argv.includes('--no-write'),
    profile: argv.includes('--profile'),
    duration: Number(value('--duration') ?? 15),
    connections: Number(value('--connections') ?? 32),
    rounds: Number(value('--rounds') ?? 2),
  };
}

async function prepareDatabase(reuse: boolean, log: (message: string) => void): Promise<string> {
  const url = databaseUrl(DATABASE);
  if (reuse && (await databaseExists(DATABASE))) {
    log(`reusing ${DATABASE}`);
    await migrate(url);
    return url;
  }
  await recreateDatabase(DATABASE);
  await migrate(url);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const [branch] = (await client.query(`INSERT INTO branches (code, name, time_zone) VALUES ('EKB', 'Екатеринбург', 'Asia/Yekaterinburg') RETURNING id`)).rows;
    const [user] = (
      await client.query(`INSERT INTO users (email, full_name, role, branch_id, password_hash) VALUES ($1, 'Накладных Расход', 'MANAGER', $2, $3) RETURNING id`, [
        EMAIL,
        branch.id,
        await hashPassword(BENCH_PASSWORD),
      ])
    ).rows;
    log(`generating ${COMPANIES.toLocaleString('en')} companies with COPY…`);
    await generateDataset(client, { companies: COMPANIES, responsibleId: user.id, branchId: branch.id, samples: 1, log });
    await client.query(`ANALYZE`);
    return url;
  } finally {
    await client.end();
  }
}

async function sampleIds(url: string): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(`SELECT id FROM companies WHERE deleted_at IS NULL ORDER BY random() LIMIT 1000`)).rows.map((row) => row.id as string);
  } finally {
    await client.end();
  }
}

/** User + system CPU seconds of a process so far (from /proc; 0 where /proc is missing). */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

interface Round {
  target: 'bare' | 'graphql';
  requestsPerSecond: number;
  p50: number;
  p97_5: number;
  p99: number;
  errors: number;
  /** Cores the server process used on average during the measured window. */
  serverCores: number;
  /** Server CPU per request, µs: what the server costs, whatever share of the shared cores it got. */
  cpuMicros: number;
}

async function measure(
  target: Round['target'],
  server: Child,
  request: { url: string; method: 'GET' | 'POST'; headers?: Record<string, string>; body: (id: string) => string | undefined; path: (id: string) => string },
  ids: string[],
  options: { duration: number; connections: number },
): Promise<Round> {
  let next = 0;
  const run = (duration: number) =>
    autocannon({
      url: request.url,
      connections: options.connections,
      duration,
      requests: [
        {
          method: request.method,
          headers: request.headers,
          setupRequest: (req) => {
            const id = ids[(next += 1) % ids.length]!;
            return { ...req, path: request.path(id), body: request.body(id) };
          },
        },
      ],
    });
  await run(3); // warm-up: JIT, pool connections, caches
  const cpuBefore = cpuSeconds(server.process.pid);
  const result = await run(options.duration);
  const cores = (cpuSeconds(server.process.pid) - cpuBefore) / options.duration;
  return {
    target,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    serverCores: cores,
    cpuMicros: (cores / Math.max(1, result.requests.average)) * 1e6,
  };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const log = (message: string) => process.stdout.write(`${message}\n`);
  const url = await prepareDatabase(options.reuse, log);
  const ids = await sampleIds(url);
  const loadBefore = loadAverage();

  const api = startChild(
    'api',
    process.execPath,
    [...(options.profile ? ['--cpu-prof', `--cpu-prof-dir=${join(REPO_ROOT, '.bench/profiles')}`] : []), join(API_DIST, 'main.js')],
    {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(API_PORT),
      DATABASE_URL: url,
      DATABASE_POOL_SIZE: String(POOL_SIZE),
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      REDIS_KEY_PREFIX: 'pulse-bench-overhead:',
      AUTH_SECRET: BENCH_SECRET,
      COOKIE_SECURE: 'false',
      LOG_LEVEL: 'warn',
    },
  );
  const bare = startChild('bare', process.execPath, [join(__dirname, 'bare-server.js')], {
    PATH: process.env.PATH,
    DATABASE_URL: url,
    POOL_SIZE: String(POOL_SIZE),
    PORT: String(BARE_PORT),
  });
  try {
    await Promise.all([waitForHttp(`http://127.0.0.1:${API_PORT}/healthz`, api), bare.waitFor(/listening/)]);
    const endpoint = `http://127.0.0.1:${API_PORT}/graphql`;
    const token = await login(endpoint, EMAIL);

    // Both answer the same company, or the comparison is void.
    const probe = ids[0]!;
    const viaGraphql = (await (
      await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: QUERY, variables: { id: probe } }) })
    ).json()) as { data?: { company?: Record<string, unknown> } };
    const viaBare = (await (await fetch(`http://127.0.0.1:${BARE_PORT}/company/${probe}`)).json()) as { data: { company: Record<string, unknown> } };
    if (JSON.stringify(viaGraphql.data?.company) !== JSON.stringify(viaBare.data.company)) {
      throw new Error(`the two servers disagree:\n${JSON.stringify(viaGraphql)}\n${JSON.stringify(viaBare)}`);
    }

    const graphqlRequest = {
      url: `http://127.0.0.1:${API_PORT}`,
      method: 'POST' as const,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      path: () => '/graphql',
      body: (id: string) => JSON.stringify({ operationName: 'CompanyById', query: QUERY, variables: { id } }),
    };
    const bareRequest = { url: `http://127.0.0.1:${BARE_PORT}`, method: 'GET' as const, path: (id: string) => `/company/${id}`, body: () => undefined };
    const rounds: Round[] = [];
    for (let round = 1; round <= options.rounds; round += 1) {
      for (const target of ['bare', 'graphql'] as const) {
        log(`round ${round}: ${target} for ${options.duration} s with ${options.connections} connections…`);
        const result = await measure(target, target === 'bare' ? bare : api, target === 'bare' ? bareRequest : graphqlRequest, ids, options);
        log(`  ${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50} ms, p97.5 ${result.p97_5} ms, p99 ${result.p99} ms, errors ${result.errors}, server ${result.serverCores.toFixed(2)} cores, ${result.cpuMicros.toFixed(0)} µs CPU/request`);
        rounds.push(result);
      }
    }
    const total = (target: Round['target']) => rounds.filter((r) => r.target === target);
    const mean = (list: Round[], key: keyof Omit<Round, 'target'>) => list.reduce((sum, r) => sum + r[key], 0) / list.length;
    const cpuRatio = mean(total('bare'), 'cpuMicros') / mean(total('graphql'), 'cpuMicros');
    const bareRps = mean(total('bare'), 'requestsPerSecond');
    const graphqlRps = mean(total('graphql'), 'requestsPerSecond');
    const ratio = graphqlRps / bareRps;
    const errors = rounds.reduce((sum, r) => sum + r.errors, 0);
    const section = [
      '## GraphQL overhead',
      '',
      `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench:overhead\`${options.duration !== 15 || options.connections !== 32 ? ` -- --duration ${options.duration} --connections ${options.connections}` : ''}.`,
      `Machine: ${machine()}; PostgreSQL ${await serverVersion(url)}. Load average before the run: ${loadBefore}, after: ${loadAverage()} (the 2 cores are shared with other work: throughput and even the ratio swing with what else runs — the server CPU per request is the steadier figure).`,
      `The same by-id lookup of one of 1,000 random companies (of ${COMPANIES.toLocaleString('en')}): \`${QUERY}\` through the production API (\`api/dist/main.js\`, signed in as a manager with a bearer token, Redis on) and \`GET /company/<id>\` on a bare node:http + pg server (same columns, same pool size ${POOL_SIZE}); ${options.connections} keep-alive connections from autocannon in a separate process, ${options.duration} s per round after 3 s of warm-up, alternating, ${options.rounds} round(s) each. Latency in ms; "server cores" is the CPU the server process used.`,
      '',
      '| round | server | req/s | p50 | p97.5 | p99 | errors | server cores | server CPU µs/request |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rounds.map((r, index) => `| ${Math.floor(index / 2) + 1} | ${r.target === 'bare' ? 'bare http + pg' : 'GraphQL API'} | ${r.requestsPerSecond.toFixed(0)} | ${r.p50} | ${r.p97_5} | ${r.p99} | ${r.errors} | ${r.serverCores.toFixed(2)} | ${r.cpuMicros.toFixed(0)} |`),
      '',
      `Ratio GraphQL / bare: **${ratio.toFixed(2)}** (${graphqlRps.toFixed(0)} / ${bareRps.toFixed(0)} req/s). Target (SPEC §8): ≥ 0.60 — ${ratio >= 0.6 && errors === 0 ? 'met' : 'NOT met'}. By server CPU per request (less sensitive to what else the shared cores run): bare / GraphQL = ${cpuRatio.toFixed(2)}.`,
      '',
    ].join('\n');
    process.stdout.write(`\n${section}\n`);
    if (options.write) {
      const path = BENCHMARKS_MD;
      writeSection(path, 'GraphQL overhead', section);
      log(`written to ${path}`);
    }
  } finally {
    await Promise.all([api.stop(), bare.stop()]);
  }
}

runBench('bench:overhead', main);
