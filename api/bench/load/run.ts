import 'reflect-metadata';
import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  API_DIST,
  BENCH_PASSWORD,
  BENCH_SECRET,
  BENCHMARKS_MD,
  type Child,
  commit,
  loadAverage,
  machine,
  REPO_ROOT,
  runBench,
  serverVersion,
  startChild,
  waitForHttp,
  writeSection,
} from '../lib';
import { DATABASE, prepareLoadDatabase, SIZES } from './dataset';
import type { Command, OperationStats, Reply } from './generator';
import { childrenOf, Monitor, pidsByName, type WindowUsage } from './monitor';
import { pageSplit, renderBenchmarkSection, renderSizing, type LoadResults } from './report';
import { FULL_LOAD_EVERY, OPERATIONS, PHONE_ROLES, THINK_MEAN_MS } from './scenario';

/**
 * `npm run bench:load`: the whole production-mode stack on this machine (N API processes behind one port, the job
 * worker, the Next.js server, the machine's PostgreSQL with `pulse_bench_load` at the old production database's
 * size, its Redis), virtual web users and their phones from a separate generator process ramping 35 → 100 → 300
 * → 1,000, then a saturation step without think time. Prints each step, writes docs/sizing.json and
 * docs/sizing.md from it, and a summary section in docs/benchmarks.md.
 *
 * Options (after `--`): `--reuse` keeps an existing pulse_bench_load; `--quick` shorter steps, docs untouched;
 * `--no-write` docs untouched (both write the figures to the temp folder instead); `--api-processes N`;
 * `--max-users N` only the steps up to N users; `--no-prefetch` no link prefetches (to see their cost);
 * `--port-base P` ports P…P+2 (a second run beside another); `--capture-navigation` start the stack, print what
 * Chromium sends on a list → company → list click path (capture.ts), stop; `--render` docs from docs/sizing.json.
 */
// `--port-base N` moves the three ports (and the Redis key prefix) so that a second run can share the machine.
const portBaseIndex = process.argv.indexOf('--port-base');
const PORT_BASE = portBaseIndex >= 0 ? Number(process.argv[portBaseIndex + 1]) : 4891;
const API_PORT = PORT_BASE;
const WEB_PORT = PORT_BASE + 1;
const WORKER_METRICS_PORT = PORT_BASE + 2;
const POOL_SIZE = 10;
const WORKER_CONCURRENCY_NOTE = 'Agenda defaults (maxConcurrency 20, 5 per job name)';

interface StepPlan {
  users: number;
  rampSeconds: number;
  measureSeconds: number;
  thinkMeanMs: number;
  label: string;
}

function parseArgs(argv: string[]) {
  const value = (name: string) => {
    const index = argv.indexOf(name);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const quick = argv.includes('--quick');
  const steps: StepPlan[] = [
    { users: 35, rampSeconds: 5, measureSeconds: quick ? 15 : 40, thinkMeanMs: THINK_MEAN_MS, label: '35 users' },
    { users: 100, rampSeconds: 10, measureSeconds: quick ? 15 : 45, thinkMeanMs: THINK_MEAN_MS, label: '100 users' },
    { users: 300, rampSeconds: 20, measureSeconds: quick ? 15 : 45, thinkMeanMs: THINK_MEAN_MS, label: '300 users' },
    { users: 1000, rampSeconds: quick ? 30 : 60, measureSeconds: quick ? 20 : 60, thinkMeanMs: THINK_MEAN_MS, label: '1,000 users' },
    { users: 1000, rampSeconds: 5, measureSeconds: quick ? 15 : 30, thinkMeanMs: 0, label: 'saturation (1,000 users, no think time)' },
  ];
  return {
    reuse: argv.includes('--reuse'),
    captureNavigation: argv.includes('--capture-navigation'),
    prefetch: !argv.includes('--no-prefetch'),
    write: !argv.includes('--no-write') && !quick,
    // One API process on this 2-core machine: the web server and PostgreSQL need the other core, and a paired run
    // (2026-11-24, 300 users) gave the same throughput with 1 or 2 processes, better tails with 1, and 230 MB less
    // memory (one Node heap and 10 fewer PostgreSQL backends). Hosts with more cores: one per core (sizing.md).
    apiProcesses: Number(value('--api-processes') ?? 1),
    // `--max-users 100`: only the steps up to that many users (a short A/B on a busy machine).
    steps: steps.filter((step) => step.users <= Number(value('--max-users') ?? Number.POSITIVE_INFINITY)),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Talks to the generator process: one command, the next reply of the expected type. */
function generatorChannel(child: ChildProcess) {
  const waiting: Array<{ type: Reply['type']; resolve: (reply: any) => void; reject: (error: Error) => void }> = [];
  child.on('message', (reply: Reply) => {
    const index = waiting.findIndex((w) => w.type === reply.type);
    if (index >= 0) waiting.splice(index, 1)[0]!.resolve(reply);
  });
  child.once('exit', () => {
    for (const waiter of waiting.splice(0)) waiter.reject(new Error('the load generator exited'));
  });
  return {
    send: (command: Command) => child.send(command),
    ask: <T extends Reply['type']>(command: Command, type: T) =>
      new Promise<Extract<Reply, { type: T }>>((resolve, reject) => {
        waiting.push({ type, resolve, reject });
        child.send(command);
      }),
  };
}

async function settings(url: string): Promise<Record<string, string>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const result: Record<string, string> = {};
    for (const name of ['shared_buffers', 'effective_cache_size', 'work_mem', 'max_connections', 'synchronous_commit']) {
      result[name] = (await client.query(`SHOW ${name}`)).rows[0][name];
    }
    result.database_size = (await client.query(`SELECT pg_size_pretty(pg_database_size($1)) AS s`, [DATABASE])).rows[0].s;
    return result;
  } finally {
    await client.end();
  }
}

async function scrape(url: string): Promise<string> {
  try {
    return await (await fetch(url)).text();
  } catch {
    return '';
  }
}
const seriesSum = (text: string, name: string) =>
  text
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
    .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);

function printStep(label: string, stats: Extract<Reply, { type: 'stats' }>, usage: WindowUsage): void {
  const rows = Object.entries(stats.operations).sort((a, b) => (a[0] === 'all' ? 1 : b[0] === 'all' ? -1 : b[1].count - a[1].count));
  const total = stats.operations.all?.count ?? 0;
  const errors = stats.operations.all?.errors ?? 0;
  const out: string[] = [
    `\n── ${label}: ${(total / stats.seconds).toFixed(1)} ops/s, ${errors} errors, ${stats.activeUsers} active users, ${stats.sockets} sockets, load average ${usage.loadAverage.map((v) => v.toFixed(2)).join(' ')}`,
    `   ${'operation'.padEnd(30)} ${'ops/s'.padStart(7)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'errors'.padStart(7)}`,
  ];
  for (const [name, s] of rows) {
    out.push(`   ${name.padEnd(30)} ${(s.count / stats.seconds).toFixed(1).padStart(7)} ${s.p50.toFixed(0).padStart(7)} ${s.p95.toFixed(0).padStart(7)} ${s.p99.toFixed(0).padStart(7)} ${String(s.errors).padStart(7)}`);
    for (const sample of s.errorSamples) out.push(`      ! ${sample}`);
  }
  if (stats.push.count) out.push(`   push (task assigned → notificationAdded): ${stats.push.count} events, p50 ${stats.push.p50} ms, p95 ${stats.push.p95} ms, p99 ${stats.push.p99} ms`);
  const pages = pageSplit(stats.operations as Record<string, OperationStats>);
  if (pages.fullLoads.count || pages.navigations.count) {
    out.push(`   web pages: ${pages.fullLoads.count} full loads p50 ${pages.fullLoads.p50.toFixed(0)} / p95 ${pages.fullLoads.p95.toFixed(0)} / p99 ${pages.fullLoads.p99.toFixed(0)} ms; ${pages.navigations.count} client navigations (RSC) p50 ${pages.navigations.p50.toFixed(0)} / p95 ${pages.navigations.p95.toFixed(0)} / p99 ${pages.navigations.p99.toFixed(0)} ms`);
  }
  const p = stats.phones;
  if (p.phones) {
    const op = (name: string) => stats.operations[name];
    const claim = op('phone: claimCallRequest');
    const report = op('phone: reportCallResult');
    out.push(
      `   phones: ${p.phones} signed in, ${p.socketsOpen} sockets open; ${p.clicks} clicks → ${p.received} received, ${p.lost} lost, ${p.duplicates} duplicated, ${p.late} late; ${p.reported} reported, ${p.inProgress} in progress; outcomes ${Object.entries(p.outcomes).map(([k, v]) => `${k} ${v}`).join(', ') || '—'}`,
      `   click → phone: p50 ${p.clickToPhone.p50.toFixed(0)} ms, p95 ${p.clickToPhone.p95.toFixed(0)} ms, p99 ${p.clickToPhone.p99.toFixed(0)} ms, max ${p.clickToPhone.max.toFixed(0)} ms (${p.clickToPhone.count}); claim p50 ${claim?.p50.toFixed(0) ?? '–'} / p95 ${claim?.p95.toFixed(0) ?? '–'} ms; report p50 ${report?.p50.toFixed(0) ?? '–'} / p95 ${report?.p95.toFixed(0) ?? '–'} ms`,
    );
  }
  out.push(`   ${'component'.padEnd(12)} ${'cores'.padStart(6)} ${'RSS MB'.padStart(8)} ${'PSS MB'.padStart(8)} procs`);
  for (const [name, c] of Object.entries(usage.components)) {
    out.push(`   ${name.padEnd(12)} ${c.cores.toFixed(2).padStart(6)} ${c.rssMb.toFixed(0).padStart(8)} ${c.pssMb.toFixed(0).padStart(8)} ${c.processes}`);
  }
  out.push(`   PostgreSQL connections (${DATABASE}): max ${usage.connections.max}, average ${usage.connections.average.toFixed(1)}; active max ${usage.connections.activeMax}, average ${usage.connections.activeAverage.toFixed(1)}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

/** `-- --render`: regenerate docs/sizing.md and the benchmarks.md section from docs/sizing.json without running. */
function render(): void {
  const results = JSON.parse(readFileSync(join(REPO_ROOT, 'docs/sizing.json'), 'utf8')) as LoadResults;
  writeFileSync(join(REPO_ROOT, 'docs/sizing.md'), renderSizing(results));
  writeSection(BENCHMARKS_MD, 'Whole-stack load', renderBenchmarkSection(results));
  process.stdout.write('rendered docs/sizing.md and docs/benchmarks.md (Whole-stack load) from docs/sizing.json\n');
}

async function main(): Promise<void> {
  if (process.argv.includes('--render')) return render();
  const options = parseArgs(process.argv.slice(2));
  const log = (message: string) => process.stdout.write(`${message}\n`);
  const runStarted = performance.now();
  const loadBefore = loadAverage();
  const dataset = await prepareLoadDatabase(options.reuse, log);
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const common = {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    DATABASE_URL: dataset.url,
    DATABASE_POOL_SIZE: String(POOL_SIZE),
    REDIS_URL: redisUrl,
    REDIS_KEY_PREFIX: PORT_BASE === 4891 ? 'pulse-bench-load:' : `pulse-bench-load-${PORT_BASE}:`,
    AUTH_SECRET: BENCH_SECRET,
    // The run is shorter than this; a token expiring mid-run would close sockets and skew the last step.
    ACCESS_TOKEN_TTL_SECONDS: '3600',
    COOKIE_SECURE: 'false',
    LOG_LEVEL: 'warn',
  };
  const children: Child[] = [];
  let stopping = false;
  let generator: ChildProcess | null = null;
  const monitorHolder: { monitor: Monitor | null } = { monitor: null };
  try {
    const api = startChild('api', process.execPath, ['--max-old-space-size=256', join(__dirname, 'cluster.js')], {
      ...common,
      API_PROCESSES: String(options.apiProcesses),
      HOST: '127.0.0.1',
      PORT: String(API_PORT),
    });
    const worker = startChild('worker', process.execPath, ['--max-old-space-size=256', join(API_DIST, 'worker.js')], { ...common, WORKER_METRICS_PORT: String(WORKER_METRICS_PORT) });
    const webServer = join(REPO_ROOT, 'web/.next/standalone/web/server.js');
    const web = startChild('web', process.execPath, [webServer], { PATH: process.env.PATH, NODE_ENV: 'production', PORT: String(WEB_PORT), HOSTNAME: '127.0.0.1', API_URL: `http://127.0.0.1:${API_PORT}`, NEXT_TELEMETRY_DISABLED: '1' }, { cwd: join(REPO_ROOT, 'web/.next/standalone/web') });
    children.push(api, worker, web);
    // A component that dies mid-run (a crash, or a signal from outside the benchmark) ends the run with an error
    // instead of measuring a stack that is no longer there.
    const stackDied = new Promise<never>((_, reject) => {
      for (const child of children) {
        child.process.once('exit', (code, signal) => {
          if (!stopping) reject(new Error(`${child.name} exited (${code ?? signal}) during the run: it crashed, or something outside the benchmark stopped it (its last output is above)`));
        });
      }
    });
    stackDied.catch(() => undefined);
    const guard = <T>(promise: Promise<T>) => Promise.race([promise, stackDied]);
    await Promise.all([
      waitForHttp(`http://127.0.0.1:${API_PORT}/readyz`, api),
      waitForHttp(`http://127.0.0.1:${WORKER_METRICS_PORT}/metrics`, worker),
      waitForHttp(`http://127.0.0.1:${WEB_PORT}/healthz`, web).catch(() => waitForHttp(`http://127.0.0.1:${WEB_PORT}/login`, web)),
    ]);
    await sleep(1000);
    const apiPids = [api.process.pid!, ...childrenOf(api.process.pid!)];
    log(`stack up: api ${apiPids.length - 1} processes (cluster on :${API_PORT}), worker, web (:${WEB_PORT}), PostgreSQL ${await serverVersion(dataset.url)}, Redis`);
    if (options.captureNavigation) {
      const email = dataset.users.find((user) => user.role === 'MANAGER')!.email;
      const response = await fetch(`http://127.0.0.1:${API_PORT}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken refreshToken } }', variables: { e: email, p: BENCH_PASSWORD } }),
      });
      const tokens = ((await response.json()) as { data: { login: { accessToken: string; refreshToken: string } } }).data.login;
      const { captureNavigation } = await import('./capture.js');
      const captured = await captureNavigation(`http://127.0.0.1:${WEB_PORT}`, tokens);
      log(`what Chromium sent (${email}: /companies, then a click on the first company):`);
      for (const request of captured) log(`${JSON.stringify(request)}`);
      return;
    }

    generator = fork(join(__dirname, 'generator.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const channel = generatorChannel(generator);
    const ready = await channel.ask({ type: 'setup', apiUrl: `http://127.0.0.1:${API_PORT}`, webUrl: `http://127.0.0.1:${WEB_PORT}`, password: BENCH_PASSWORD, emails: dataset.users.map((u) => u.email), prefetch: options.prefetch }, 'ready');
    log(`operations: ${ready.included.join(', ')}`);
    log(`web pages: one full load per ${FULL_LOAD_EVERY} page actions, client navigations otherwise; link prefetches ${options.prefetch ? 'on (as Chromium sends them)' : 'OFF (--no-prefetch)'}`);
    for (const skipped of ready.skipped) log(`skipped (not in this build yet): ${skipped.name} — missing ${skipped.missing.join(', ')}`);

    log(`signing in ${dataset.users.length} users (two at a time; argon2id)…`);
    channel.send({ type: 'reset' });
    const signedIn = await guard(channel.ask({ type: 'signIn' }, 'signedIn'));
    const logins = signedIn.operations.login;
    log(`  ${logins?.count ?? 0} sign-ins in ${signedIn.seconds.toFixed(0)} s: p50 ${logins?.p50.toFixed(0)} ms, p95 ${logins?.p95.toFixed(0)} ms, ${logins?.errors ?? 0} errors`);
    const phoneLogins = signedIn.operations['phone: QR sign-in'];
    if (phoneLogins) log(`  ${phoneLogins.count} phones signed in by QR (createPhoneLoginToken → exchangePhoneLoginToken): p50 ${phoneLogins.p50.toFixed(0)} ms, p95 ${phoneLogins.p95.toFixed(0)} ms, ${phoneLogins.errors} errors${phoneLogins.errorSamples.length ? ` (${phoneLogins.errorSamples.join('; ')})` : ''}`);

    const redisPids = pidsByName('redis-server');
    const monitor = new Monitor(
      () => ({ api: apiPids, worker: [worker.process.pid!], web: [web.process.pid!], redis: redisPids, generator: [generator!.pid!] }),
      dataset.url,
      DATABASE,
    );
    monitorHolder.monitor = monitor;
    await monitor.start();

    const steps: LoadResults['steps'] = [];
    for (const step of options.steps) {
      log(`\n${step.label}: ramping to ${step.users} users over ${step.rampSeconds} s…`);
      await guard(channel.ask({ type: 'users', count: step.users, thinkMeanMs: step.thinkMeanMs, rampMs: step.rampSeconds * 1000 }, 'users'));
      await guard(sleep(step.thinkMeanMs > 0 ? 3000 : 2000)); // the last users' first screen
      channel.send({ type: 'reset' });
      monitor.reset();
      const jobsBefore = seriesSum(await scrape(`http://127.0.0.1:${WORKER_METRICS_PORT}/metrics`), 'pulse_job_runs_total');
      let poolWaitingMax = 0;
      const deadline = Date.now() + step.measureSeconds * 1000;
      while (Date.now() < deadline) {
        await guard(sleep(Math.min(5000, deadline - Date.now())));
        poolWaitingMax = Math.max(poolWaitingMax, seriesSum(await scrape(`http://127.0.0.1:${API_PORT}/metrics`), 'pulse_db_pool_waiting'));
      }
      const stats = await guard(channel.ask({ type: 'collect' }, 'stats'));
      const usage = monitor.window(loadavg());
      const workerMetrics = await scrape(`http://127.0.0.1:${WORKER_METRICS_PORT}/metrics`);
      printStep(step.label, stats, usage);
      steps.push({
        label: step.label,
        users: step.users,
        thinkMeanMs: step.thinkMeanMs,
        seconds: stats.seconds,
        activeUsers: stats.activeUsers,
        sockets: stats.sockets,
        operations: stats.operations as Record<string, OperationStats>,
        push: stats.push,
        phones: stats.phones,
        usage,
        jobRuns: seriesSum(workerMetrics, 'pulse_job_runs_total') - jobsBefore,
        jobFailuresTotal: seriesSum(workerMetrics, 'pulse_job_failures_total'),
        poolWaitingMax,
      });
    }

    const results: LoadResults = {
      date: new Date().toISOString(),
      machine: machine(),
      commit: commit(),
      loadAverageBefore: loadBefore,
      loadAverageAfter: loadAverage(),
      runSeconds: (performance.now() - runStarted) / 1000,
      dataset: { counts: dataset.counts, generatedSeconds: dataset.seconds, targets: SIZES },
      postgres: { version: await serverVersion(dataset.url), settings: await settings(dataset.url) },
      stack: {
        apiProcesses: options.apiProcesses,
        poolSizePerProcess: POOL_SIZE,
        workerConcurrency: WORKER_CONCURRENCY_NOTE,
        nodeOptions: '--max-old-space-size=256 (API, worker)',
      },
      scenario: { operations: OPERATIONS, included: ready.included, skipped: ready.skipped, thinkMeanMs: THINK_MEAN_MS, fullLoadEvery: FULL_LOAD_EVERY, phoneRoles: PHONE_ROLES, navigation: ready.navigation, prefetch: options.prefetch },
      signIn: { seconds: signedIn.seconds, ...(logins ?? { count: 0, errors: 0, p50: 0, p95: 0, p99: 0, max: 0, errorSamples: [] }) },
      phoneSignIn: phoneLogins ?? null,
      steps,
    };
    log(`\nwhole run: ${(results.runSeconds / 60).toFixed(1)} min; load average before ${loadBefore}, after ${results.loadAverageAfter}`);
    if (options.write) {
      writeFileSync(join(REPO_ROOT, 'docs/sizing.json'), `${JSON.stringify(results, null, 2)}\n`);
      writeFileSync(join(REPO_ROOT, 'docs/sizing.md'), renderSizing(results));
      writeSection(BENCHMARKS_MD, 'Whole-stack load', renderBenchmarkSection(results));
      log('written: docs/sizing.json, docs/sizing.md, docs/benchmarks.md (Whole-stack load)');
    } else {
      // --quick / --no-write: the docs stay as they are; the figures and their rendering go to the temp folder.
      const json = join(tmpdir(), 'pulse-bench-load-sizing.json');
      writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
      writeFileSync(join(tmpdir(), 'pulse-bench-load-sizing.md'), renderSizing(results));
      log(`not written to docs/ (--quick or --no-write); results in ${json} and ${join(tmpdir(), 'pulse-bench-load-sizing.md')}`);
    }
  } finally {
    stopping = true;
    if (generator && generator.exitCode === null) {
      generator.send({ type: 'stop' } satisfies Command);
      await Promise.race([new Promise((resolve) => generator!.once('exit', resolve)), sleep(10_000)]);
      if (generator.exitCode === null) generator.kill('SIGKILL');
    }
    await monitorHolder.monitor?.stop();
    await Promise.all(children.map((child) => child.stop()));
  }
}

runBench('bench:load', main);
