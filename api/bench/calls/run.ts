import 'reflect-metadata';
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Client } from 'pg';
import { signAccessToken } from '../../src/modules/auth/tokens';
import { migrate } from '../../src/scripts/migrate';
import type { PhoneSim as PhoneSimClass } from '../../../tools/phone-sim/phone-sim.mjs';
import { BENCH_SECRET, BENCHMARKS_MD, databaseUrl, machine, recreateDatabase, runBench, writeSection } from '../lib';

/**
 * `npm run bench:calls [-- --phones 1000] [--requests 1000] [--rate 50] [--no-write]`: two API processes
 * (`node dist/main.js`, Redis between them) on a fresh `pulse_bench_calls` database; one phone simulator per user
 * subscribed to `callRequested` on process B; `requestCall` sent to process A. Measures request → push latency,
 * the whole click-to-call loop (push, claim, report), the CPU and memory of B holding the idle sockets, and the
 * database transactions of the same number of phones long-polling instead. Records docs/benchmarks.md.
 */
const DATABASE = 'pulse_bench_calls';
const IDLE_SECONDS = 10;
const LONG_POLL_SECONDS = 60;
/** PostgreSQL backends report their counters up to 10 s after going idle: read them after that. */
const STATS_FLUSH_SECONDS = 12;

type PhoneSim = PhoneSimClass;

function parseArgs(argv: string[]) {
  const value = (name: string, fallback: number) => {
    const index = argv.indexOf(name);
    const parsed = index >= 0 ? Number(argv[index + 1]) : fallback;
    if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`${name} must be a whole number ≥ 1`);
    return parsed;
  };
  return { phones: value('--phones', 1000), requests: value('--requests', 1000), rate: value('--rate', 50), write: !argv.includes('--no-write') };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Fresh database with one user, device and phone session per simulated phone; returns their access tokens. */
async function prepare(phones: number): Promise<{ url: string; tokens: string[] }> {
  await recreateDatabase(DATABASE);
  const url = databaseUrl(DATABASE);
  await migrate(url);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const [branch] = (await client.query(`INSERT INTO branches (code, name) VALUES ('EKB', 'Екатеринбург') RETURNING id`)).rows;
    const { rows: sessions } = await client.query<{ session_id: string; user_id: string }>(
      `WITH users_made AS (
         INSERT INTO users (email, full_name, role, branch_id, password_hash)
         SELECT 'phone' || i || '@pulse.bench', 'Телефон ' || i, 'MANAGER', $1, 'x' FROM generate_series(1, $2) AS i RETURNING id, email
       ), devices AS (
         INSERT INTO phone_devices (user_id, device_id, name) SELECT id, 'bench-' || split_part(email, '@', 1), 'Bench phone' FROM users_made
       )
       INSERT INTO auth_sessions (user_id, refresh_hash, client, device_id, expires_at, last_used_at)
       SELECT id, md5(id::text), 'PHONE', 'bench-' || split_part(email, '@', 1), now() + interval '1 day', now() FROM users_made
       RETURNING id AS session_id, user_id`,
      [branch.id, phones],
    );
    const exp = Math.floor(Date.now() / 1000) + 3 * 3600;
    const byEmailOrder = await client.query<{ id: string }>(`SELECT id FROM users ORDER BY (split_part(split_part(email, '@', 1), 'phone', 2))::int`);
    const sessionOf = new Map(sessions.map((row) => [row.user_id, row.session_id]));
    return { url, tokens: byEmailOrder.rows.map((user) => signAccessToken({ sid: sessionOf.get(user.id)!, sub: user.id, exp }, BENCH_SECRET)) };
  } finally {
    await client.end();
  }
}

interface Api {
  url: string;
  process: ChildProcess;
}

/** The real entry point (`dist/main.js`) as its own process, as production runs it. */
async function startApi(databaseUrlValue: string, port: number, prefix: string): Promise<Api> {
  const child = spawn(process.execPath, [join(__dirname, '../../src/main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrlValue,
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      REDIS_KEY_PREFIX: prefix,
      AUTH_SECRET: BENCH_SECRET,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      PHONE_RATE_LIMIT_PER_MINUTE: '600',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) return { url, process: child };
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`the API on port ${port} did not start`);
}

/** CPU seconds (user + system) and resident memory of a process, from /proc. */
function usage(pid: number): { cpuSeconds: number; rssMb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const ticks = Number(stat[11]) + Number(stat[12]);
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  return { cpuSeconds: ticks / 100, rssMb: rssKb / 1024 };
}

function percentiles(values: number[]) {
  const sorted = [...values].sort((x, y) => x - y);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
  return { n: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: sorted.at(-1) ?? Number.NaN };
}

async function requestCall(api: Api, token: string, note: string): Promise<void> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: 'mutation($note: String) { requestCall(phone: "+73432000001", note: $note) { id } }', variables: { note } }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`requestCall failed: ${JSON.stringify(body.errors)}`);
}

/** Sends `count` requests to A at `rate` per second (each to a random phone's user); times mutation and arrival. */
async function fire(a: Api, tokens: string[], count: number, rate: number, arrivals: Map<string, number>, label: string) {
  const sentAt = new Map<string, number>();
  const answeredAt = new Map<string, number>();
  const mutationMs: number[] = [];
  const pending: Promise<void>[] = [];
  for (let n = 0; n < count; n += 1) {
    const note = `${label}-${n}`;
    const token = tokens[Math.floor(Math.random() * tokens.length)];
    const started = performance.now();
    sentAt.set(note, started);
    pending.push(
      requestCall(a, token, note).then(() => {
        answeredAt.set(note, performance.now());
        mutationMs.push(performance.now() - started);
      }),
    );
    await sleep(1000 / rate);
  }
  await Promise.all(pending);
  const deadline = Date.now() + 10_000;
  while ([...sentAt.keys()].some((note) => !arrivals.has(note)) && Date.now() < deadline) await sleep(50);
  const latencies = [...sentAt].filter(([note]) => arrivals.has(note)).map(([note, at]) => arrivals.get(note)! - at);
  // The push leaves A before A answers the mutation: negative when the phone hears first.
  const afterAnswer = [...answeredAt].filter(([note]) => arrivals.has(note)).map(([note, at]) => arrivals.get(note)! - at);
  return { latencies: percentiles(latencies), mutation: percentiles(mutationMs), afterAnswer: percentiles(afterAnswer), lost: count - latencies.length };
}

async function transactions(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_stat_clear_snapshot()');
    const { rows } = await client.query(`SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = $1`, [DATABASE]);
    return Number(rows[0].n);
  } finally {
    await client.end();
  }
}


const ms = (value: number) => (Number.isNaN(value) ? '–' : value.toFixed(1));

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const loadBefore = loadavg()[0];
  const log = (message: string) => process.stdout.write(`${message}\n`);
  const { PhoneSim } = (await import(pathToFileURL(join(__dirname, '../../../../../tools/phone-sim/phone-sim.mjs')).href)) as typeof import('../../../tools/phone-sim/phone-sim.mjs');
  log(`preparing ${DATABASE} with ${options.phones} users and phones…`);
  const { url, tokens } = await prepare(options.phones);
  const prefix = `${DATABASE}:${Date.now()}:`;
  const a = await startApi(url, 4711, prefix);
  const b = await startApi(url, 4712, prefix);
  const sims: PhoneSim[] = [];
  const arrivals = new Map<string, number>();
  try {
    log(`connecting ${options.phones} phones to process B…`);
    const baseline = usage(b.process.pid!);
    for (let i = 0; i < tokens.length; i += 1) {
      const sim = new PhoneSim({ url: b.url, deviceId: `bench-phone${i + 1}`, autoClaim: false });
      sim.setSession({ accessToken: tokens[i] });
      sim.on('request', (request: { note: string | null }) => {
        if (request.note && !arrivals.has(request.note)) arrivals.set(request.note, performance.now());
      });
      sims.push(sim);
      await sim.start();
      if (i % 100 === 99) await sleep(200);
    }
    while (sims.some((sim) => !sim.connected)) await sleep(100);
    await sleep(2000);

    const idleStart = usage(b.process.pid!);
    await sleep(IDLE_SECONDS * 1000);
    const idleEnd = usage(b.process.pid!);
    log(`idle: ${idleEnd.rssMb.toFixed(0)} MB RSS (was ${baseline.rssMb.toFixed(0)} MB without sockets)`);

    log(`push: ${options.requests} requestCall on A at ${options.rate}/s…`);
    await fire(a, tokens, Math.min(100, options.requests), options.rate, arrivals, 'warm');
    const push = await fire(a, tokens, options.requests, options.rate, arrivals, 'push');
    log(`push p50 ${ms(push.latencies.p50)} p95 ${ms(push.latencies.p95)} p99 ${ms(push.latencies.p99)} ms, lost ${push.lost}`);

    log('whole loop: push, claim, report…');
    const reportedAt = new Map<string, number>();
    for (const sim of sims) {
      sim.autoClaim = true;
      sim.on('reported', (call: { callRequestId: string }) => void reportedAt.set(call.callRequestId, performance.now()));
    }
    const loopArrivals = new Map<string, number>();
    const noteOf = new Map<string, string>();
    const problems: string[] = [];
    for (const sim of sims) {
      sim.on('claimed', (request: { id: string; note: string | null }) => {
        if (request.note) noteOf.set(request.id, request.note);
      });
      sim.on('conflict', ({ code, status }: { code: string; status: string | null }) => void problems.push(`${code} ${status ?? ''}`.trim()));
      sim.on('failure', (error: Error & { code?: string }) => void problems.push(error.code ?? error.message));
    }
    const loopCount = Math.min(200, options.requests);
    const loopStarted = new Map<string, number>();
    for (let n = 0; n < loopCount; n += 1) {
      const note = `loop-${n}`;
      loopStarted.set(note, performance.now());
      await requestCall(a, tokens[Math.floor(Math.random() * tokens.length)], note);
      await sleep(1000 / Math.min(options.rate, 20));
    }
    const deadline = Date.now() + 15_000;
    while (reportedAt.size < loopCount && Date.now() < deadline) await sleep(50);
    for (const [requestId, at] of reportedAt) {
      const note = noteOf.get(requestId);
      if (note && loopStarted.has(note)) loopArrivals.set(note, at - loopStarted.get(note)!);
    }
    const loop = percentiles([...loopArrivals.values()]);
    log(`loop p50 ${ms(loop.p50)} p95 ${ms(loop.p95)} p99 ${ms(loop.p99)} ms (${loop.n}/${loopCount})${problems.length ? `; problems: ${problems.join(', ')}` : ''}`);
    await Promise.all(sims.map((sim) => sim.stop()));

    // Requests handed out and never claimed would answer every poll at once: the long-poll phase starts clean.
    const cleaner = new Client({ connectionString: url });
    await cleaner.connect();
    await cleaner.query(`UPDATE call_requests SET status = 'CANCELLED' WHERE status IN ('PENDING', 'DELIVERED')`);
    await cleaner.end();
    log(`long-poll: ${options.phones} phones with waitSeconds 25 for ${LONG_POLL_SECONDS} s…`);
    await sleep(STATS_FLUSH_SECONDS * 1000);
    const pollXactStart = await transactions(url);
    const pollCpuStart = usage(b.process.pid!);
    let answered = 0;
    const pollers: PhoneSim[] = [];
    for (let i = 0; i < tokens.length; i += 1) {
      const sim = new PhoneSim({ url: b.url, deviceId: `bench-phone${i + 1}`, mode: 'longpoll', waitSeconds: 25, autoClaim: false });
      sim.setSession({ accessToken: tokens[i] });
      sim.on('poll', () => void (answered += 1));
      pollers.push(sim);
      await sim.start();
    }
    await sleep(LONG_POLL_SECONDS * 1000);
    const pollCpuEnd = usage(b.process.pid!);
    await Promise.all(pollers.map((sim) => sim.stop()));
    // Each phone leaves one poll waiting on the server; it still ends with its one look when its timer fires.
    await sleep(26_000 + STATS_FLUSH_SECONDS * 1000);
    const pollXactEnd = await transactions(url);
    const polls = answered + pollers.length;
    const perPoll = (pollXactEnd - pollXactStart) / polls;

    const section = [
      '## Click-to-call',
      '',
      `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench:calls -- --phones ${options.phones} --requests ${options.requests} --rate ${options.rate}\`.`,
      `Machine: ${machine()}. Two API processes (\`dist/main.js\`, Redis pub/sub between them) and the driver with every phone simulator (tools/phone-sim) share the machine; load average ${loadBefore.toFixed(1)} at the start (other work on the machine included).`,
      `${options.phones} users, each with one phone subscribed to \`callRequested\` on process B; \`requestCall\` sent over HTTP to process A. Times in ms, measured from sending the mutation.`,
      '',
      '| what | n | p50 | p95 | p99 | max |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      `| requestCall on A → callRequested on a phone of B | ${push.latencies.n} | ${ms(push.latencies.p50)} | ${ms(push.latencies.p95)} | ${ms(push.latencies.p99)} | ${ms(push.latencies.max)} |`,
      `| requestCall mutation round trip on A | ${push.mutation.n} | ${ms(push.mutation.p50)} | ${ms(push.mutation.p95)} | ${ms(push.mutation.p99)} | ${ms(push.mutation.max)} |`,
      `| callRequested on B minus the mutation's answer on A (negative: the phone heard first) | ${push.afterAnswer.n} | ${ms(push.afterAnswer.p50)} | ${ms(push.afterAnswer.p95)} | ${ms(push.afterAnswer.p99)} | ${ms(push.afterAnswer.max)} |`,
      `| whole loop: request → push → claim → reportCallResult answered | ${loop.n} | ${ms(loop.p50)} | ${ms(loop.p95)} | ${ms(loop.p99)} | ${ms(loop.max)} |`,
      '',
      `Pushes lost: ${push.lost}. Target (SPEC §8): push p99 ≤ 100 ms — ${push.latencies.p99 <= 100 ? 'met' : 'NOT met'}.`,
      '',
      `Holding ${options.phones} idle phone sockets on process B for ${IDLE_SECONDS} s: ${(idleEnd.cpuSeconds - idleStart.cpuSeconds).toFixed(2)} CPU s ` +
        `(${(((idleEnd.cpuSeconds - idleStart.cpuSeconds) / IDLE_SECONDS) * 100).toFixed(1)} % of one core), RSS ${idleEnd.rssMb.toFixed(0)} MB ` +
        `(${baseline.rssMb.toFixed(0)} MB before the phones connected).`,
      `The same ${options.phones} phones long-polling (\`nextCallRequest(waitSeconds: 25)\`) for ${LONG_POLL_SECONDS} s instead: ${polls} polls, ` +
        `${pollXactEnd - pollXactStart} database transactions in all (${perPoll.toFixed(1)} per poll: the sign-in, device and open-request look-ups when it starts and one more look when its wait ends, ` +
        `none while it waits; ${((pollXactEnd - pollXactStart) / options.phones / LONG_POLL_SECONDS).toFixed(2)} per phone per second, where the old app's 0.6–5 s polling cost ` +
        `one request each time), ${(pollCpuEnd.cpuSeconds - pollCpuStart.cpuSeconds).toFixed(2)} CPU s on process B ` +
        `(${(((pollCpuEnd.cpuSeconds - pollCpuStart.cpuSeconds) / LONG_POLL_SECONDS) * 100).toFixed(1)} % of one core).`,
      '',
    ].join('\n');
    process.stdout.write(`\n${section}\n`);
    if (options.write) {
      const path = BENCHMARKS_MD;
      writeSection(path, 'Click-to-call', section);
      log(`written to ${path}`);
    }
  } finally {
    await Promise.all(sims.map((sim) => sim.stop()));
    a.process.kill('SIGTERM');
    b.process.kill('SIGTERM');
  }
}


runBench('bench:calls', main);
