import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { createRedis } from '../../src/infra/redis';
import { migrate } from '../../src/scripts/migrate';
import { API_DIST, BENCHMARKS_MD, databaseUrl, dropDatabase, recreateDatabase, runBench, serverVersion, writeSection } from '../lib';
import { cpuWindow, memoryOf, startApi } from './processes';
import { LoadGenerator, collectDeliveries, evaluate, raiseEvents } from './measure';
import type { ClientSpec } from './protocol';
import { wallClock } from './protocol';
import { type PushReport, type ScenarioResult, report } from './report';
import { type BenchUser, type Scenario, type ScenarioContext, graphqlHttp, scenarios } from './scenarios';
import { logIn, seedUsers } from './seed';

/**
 * `npm run bench:push [-- --users 1000 --rates 20,50 --seconds 30 --idle 30 --warmup 20 --scenarios notification,call --keep --no-write]`:
 * two API processes from the production build sharing PostgreSQL (database `pulse_bench_push`) and Redis (a key
 * prefix of this run); a load-generator process holds one graphql-ws socket per user on B; events are raised by
 * mutations on A at each steady rate in turn; prints and records delivery latency, losses, and B's cost of idle sockets.
 * 20 events/s is 1.2 a minute for each of 1,000 users, above any real day; 50/s shows where the raising mutations queue.
 */
const DATABASE = 'pulse_bench_push';
const LOGIN_CONCURRENCY = 8;
const CONNECT_CONCURRENCY = 50;

function parseArgs(argv: string[]) {
  const value = (name: string) => {
    const index = argv.indexOf(name);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const positive = (name: string, fallback: number) => {
    const parsed = Number(value(name) ?? fallback);
    if (!(parsed > 0)) throw new Error(`${name} must be a positive number`);
    return parsed;
  };
  const names = (value('--scenarios') ?? scenarios.map((s) => s.name).join(',')).split(',');
  const chosen = names.map((name) => {
    const scenario = scenarios.find((s) => s.name === name);
    if (!scenario) throw new Error(`unknown scenario ${name}; known: ${scenarios.map((s) => s.name).join(', ')}`);
    return scenario;
  });
  return {
    users: Math.round(positive('--users', 1000)),
    rates: (value('--rates') ?? '20,50').split(',').map((rate) => {
      if (!(Number(rate) > 0)) throw new Error('--rates must be positive numbers, comma-separated');
      return Number(rate);
    }),
    seconds: positive('--seconds', 30),
    idleSeconds: positive('--idle', 30),
    warmup: Math.round(positive('--warmup', 20)),
    scenarios: chosen,
    keep: argv.includes('--keep'),
    write: !argv.includes('--no-write'),
    args: argv.join(' '),
  };
}
type Options = ReturnType<typeof parseArgs>;

const log = (message: string) => process.stdout.write(`${message}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Undo steps, run in reverse on success, failure or Ctrl-C. */
class Cleanup {
  private readonly steps: Array<{ what: string; run: () => Promise<unknown> | unknown }> = [];
  add(what: string, run: () => Promise<unknown> | unknown): void {
    this.steps.push({ what, run });
  }
  async runAll(): Promise<void> {
    for (const step of this.steps.splice(0).reverse()) {
      try {
        await step.run();
      } catch (error) {
        process.stderr.write(`cleanup: ${step.what} failed: ${error instanceof Error ? error.message : String(error)}\n`);
      }
    }
  }
}

async function redisInfo(redis: Redis): Promise<{ version: string; usedMemoryMb: number }> {
  const text = (await redis.info('server')) + (await redis.info('memory'));
  const field = (name: string) => new RegExp(`^${name}:(.*)$`, 'm').exec(text)?.[1]?.trim() ?? '';
  return { version: field('redis_version'), usedMemoryMb: Number(field('used_memory')) / 2 ** 20 };
}

/**
 * Redis's memory for B's subscriber connection (CLIENT LIST `tot-mem`): the API's connections are all named
 * `pulse-sub`, so B's is the one holding the run's channel subscriptions (plus a few of its own, e.g. session
 * revocations).
 */
async function subscriberConnectionKb(redis: Redis, channels: number): Promise<number | null> {
  const list = (await redis.client('LIST')) as string;
  for (const line of list.split('\n')) {
    const fields = new Map(line.split(' ').map((pair) => pair.split('=', 2) as [string, string]));
    const subscribed = Number(fields.get('sub'));
    if (fields.get('name') === 'pulse-sub' && subscribed >= channels && subscribed <= channels + 10) return Number(fields.get('tot-mem')) / 1024;
  }
  return null;
}

async function deleteKeys(redis: Redis, prefix: string): Promise<void> {
  const stream = redis.scanStream({ match: `${prefix}*`, count: 500 });
  for await (const keys of stream as AsyncIterable<string[]>) if (keys.length > 0) await redis.del(...keys);
}

/** Waits until B holds a Redis subscription per client for every scenario, i.e. every socket is really listening. */
async function waitForSubscriptions(redis: Redis, prefix: string, chosen: Scenario[], expected: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const counts = await Promise.all(chosen.map(async (s) => (await redis.pubsub('CHANNELS', `${prefix}${s.channelPattern}`)).length));
    if (counts.every((count) => count >= expected)) return;
    if (Date.now() > deadline) throw new Error(`only ${counts.join(', ')} of ${expected} subscriptions reached Redis within 60 s`);
    await sleep(250);
  }
}

/** B's CPU and memory (and the load generator's CPU) while the subscribed sockets sit idle. */
async function holdIdle(bPid: number, loadGeneratorPid: number, seconds: number): Promise<PushReport['idle']> {
  await sleep(2000);
  const b = cpuWindow(bPid);
  const loadGenerator = cpuWindow(loadGeneratorPid);
  await sleep(seconds * 1000);
  return { b: b.stop(), loadGenerator: loadGenerator.stop(), memory: memoryOf(bPid), load: loadavg() };
}

/** A Redis subscriber of the bench's own: when it sees an event's message is the event's publish time. */
async function observePublishes(redisUrl: string, prefix: string, chosen: Scenario[], cleanup: Cleanup): Promise<Map<string, number>> {
  const observer = createRedis(redisUrl, 'pulse-bench-push-observer');
  cleanup.add('disconnect the Redis observer', () => observer.disconnect());
  const published = new Map<string, number>();
  const byPattern = new Map(chosen.map((s) => [`${prefix}${s.channelPattern}`, s]));
  observer.on('pmessageBuffer', (pattern: Buffer, _channel: Buffer, message: Buffer) => {
    const at = wallClock();
    const key = byPattern.get(pattern.toString())?.publishedKey(JSON.parse(message.toString()));
    if (key !== undefined) published.set(key, at);
  });
  await observer.psubscribe(...byPattern.keys());
  return published;
}

interface Phase {
  scenario: Scenario;
  ctx: ScenarioContext;
  users: BenchUser[];
  rate: number;
  planned: number;
  firstSequence: number;
}

/** One scenario at one rate: raise the events on A, gather the deliveries on B, and the CPU everyone used meanwhile. */
async function measurePhase(phase: Phase, pids: { a: number; b: number }, loadGenerator: LoadGenerator, published: Map<string, number>): Promise<ScenarioResult> {
  const windows = [pids.a, pids.b, loadGenerator.child.pid!, process.pid].map((pid) => cpuWindow(pid));
  await loadGenerator.request({ type: 'delay' }, 'delay');
  const events = await raiseEvents(phase.scenario, phase.ctx, phase.users, phase.planned, phase.rate, phase.firstSequence);
  const deliveries = await collectDeliveries(loadGenerator, events);
  const delay = await loadGenerator.request({ type: 'delay' }, 'delay');
  const [a, b, load, bench] = windows.map((window) => window.stop().percentOfCore);
  if (deliveries.closedSockets > 0 || deliveries.subscriptionErrors > 0) {
    log(`warning: ${deliveries.closedSockets} sockets closed, ${deliveries.subscriptionErrors} subscription errors`);
  }
  return {
    ...evaluate(phase.scenario, phase.rate, events, deliveries.receipts, published),
    closedSockets: deliveries.closedSockets,
    subscriptionErrors: deliveries.subscriptionErrors,
    cpu: { a: a!, b: b!, loadGenerator: load!, bench: bench! },
    loadAverage: loadavg()[0]!,
    loadGeneratorDelay: { p99: delay.p99Ms, max: delay.maxMs },
  };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const cleanup = new Cleanup();
  const interrupted = () => void cleanup.runAll().finally(() => process.exit(130));
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    const result = await run(options, cleanup);
    const section = report(result);
    process.stdout.write(`\n${section}\n`);
    if (options.write) {
      const path = BENCHMARKS_MD;
      writeSection(path, 'Push', section);
      log(`written to ${path}`);
    }
  } finally {
    await cleanup.runAll();
  }
}

async function run(options: Options, cleanup: Cleanup): Promise<PushReport> {
  const loadBefore = loadavg();
  const runId = randomBytes(4).toString('hex');
  const prefix = `pulse_bench_push_${runId}:`;
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

  const redis = createRedis(redisUrl, 'pulse-bench-push');
  cleanup.add('disconnect from Redis', () => redis.disconnect());
  cleanup.add('delete the Redis keys of this run', () => deleteKeys(redis, prefix));
  const redisBefore = await redisInfo(redis);

  log(`creating ${DATABASE} and ${options.users.toLocaleString('en')} users…`);
  await recreateDatabase(DATABASE);
  const url = databaseUrl(DATABASE);
  await migrate(url);
  cleanup.add(options.keep ? `keep ${DATABASE}` : `drop ${DATABASE}`, () => (options.keep ? log(`kept database ${DATABASE}`) : dropDatabase(DATABASE)));
  const seeded = await seedUsers(url, options.users);
  const postgresVersion = await serverVersion(url);

  const env = {
    NODE_ENV: 'production',
    DATABASE_URL: url,
    REDIS_URL: redisUrl,
    REDIS_KEY_PREFIX: prefix,
    RUN_JOBS: 'false',
    AUTH_SECRET: `bench-push-${randomBytes(24).toString('hex')}`,
    COOKIE_SECURE: 'false',
    LOG_LEVEL: 'warn',
  };
  const mainJs = join(API_DIST, 'main.js');
  const a = await startApi('A', mainJs, env);
  cleanup.add('stop API process A', () => a.stop());
  const b = await startApi('B', mainJs, env);
  cleanup.add('stop API process B', () => b.stop());
  log(`API processes up: A pid ${a.pid}, B pid ${b.pid}; Redis key prefix ${prefix}`);

  const apiA = graphqlHttp(a.url);
  const loginStarted = performance.now();
  const [sender, ...users] = await logIn([apiA, graphqlHttp(b.url)], [seeded.sender, ...seeded.users], LOGIN_CONCURRENCY);
  const loginSeconds = (performance.now() - loginStarted) / 1000;
  log(`${users.length + 1} users signed in through \`login\` in ${loginSeconds.toFixed(1)} s`);
  const ctx: ScenarioContext = { api: apiA, sender: sender! };
  for (const scenario of options.scenarios) await scenario.prepare?.(ctx, users);

  const memoryBefore = memoryOf(b.pid);
  const loadGenerator = new LoadGenerator();
  cleanup.add('close the load generator', () => loadGenerator.close());
  const clients: ClientSpec[] = users.map((user) => ({
    token: user.token,
    subscriptions: options.scenarios.map((scenario) => ({ scenario: scenario.name, ...scenario.subscription(user) })),
  }));
  const opened = await loadGenerator.request({ type: 'open', url: b.wsUrl, clients, concurrency: CONNECT_CONCURRENCY }, 'opened');
  if (opened.failed > 0) throw new Error(`${opened.failed} sockets failed to connect: ${opened.firstError}`);
  await waitForSubscriptions(redis, prefix, options.scenarios, users.length);
  log(`${opened.connected} sockets connected and subscribed to B in ${opened.seconds.toFixed(1)} s; holding them idle for ${options.idleSeconds} s…`);

  const idle = await holdIdle(b.pid, loadGenerator.child.pid!, options.idleSeconds);
  const redisWithSockets = await redisInfo(redis);
  const subscriberKb = await subscriberConnectionKb(redis, users.length * options.scenarios.length);

  const published = await observePublishes(redisUrl, prefix, options.scenarios, cleanup);

  const results: ScenarioResult[] = [];
  let sequence = 0;
  for (const scenario of options.scenarios) {
    log(`${scenario.name}: ${options.warmup} warm-up events…`);
    const warmup = await raiseEvents(scenario, ctx, users, options.warmup, 10, sequence);
    sequence += options.warmup;
    await collectDeliveries(loadGenerator, warmup);

    for (const rate of options.rates) {
      const planned = Math.round(rate * options.seconds);
      log(`${scenario.name}: ${planned} events at ${rate}/s on A…`);
      const phase = { scenario, ctx, users, rate, planned, firstSequence: sequence };
      const result = await measurePhase(phase, { a: a.pid, b: b.pid }, loadGenerator, published);
      sequence += planned;
      results.push(result);
      log(
        `${scenario.name} at ${rate}/s: delivered ${result.delivered}/${result.raised - result.failed}, p50 ${result.endToEnd.p50.toFixed(1)} ms, ` +
          `p99 ${result.endToEnd.p99.toFixed(1)} ms, max ${result.endToEnd.max.toFixed(1)} ms`,
      );
    }
  }

  return {
    options: { users: options.users, rates: options.rates, seconds: options.seconds, idleSeconds: options.idleSeconds, warmup: options.warmup, args: options.args },
    postgresVersion,
    redisVersion: redisBefore.version,
    loadBefore,
    loadAfter: loadavg(),
    loginSeconds,
    connectSeconds: opened.seconds,
    sockets: opened.connected,
    idle,
    memoryBefore,
    redisMemory: { beforeMb: redisBefore.usedMemoryMb, withSocketsMb: redisWithSockets.usedMemoryMb, subscriberKb },
    results,
  };
}

runBench('bench:push', main);
