import { machine, percentile } from '../lib';
import type { Memory } from './processes';
import type { Scenario } from './scenarios';

export interface Summary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function summarise(values: number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  return { count: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted.at(-1) ?? Number.NaN };
}

export interface ScenarioResult {
  scenario: Scenario;
  raised: number;
  /** Mutations that answered with an error (their events are not expected). */
  failed: number;
  firstError: string | null;
  delivered: number;
  lost: number;
  duplicated: number;
  /** Events that reached a client other than the one they were raised for. */
  misdelivered: number;
  /** Events per second asked for, and sent. */
  rate: number;
  achievedRate: number;
  closedSockets: number;
  subscriptionErrors: number;
  /** Share of one core used while the events were raised and delivered. */
  cpu: { a: number; b: number; loadGenerator: number; bench: number };
  /** 1-minute load average at the end of the phase. */
  loadAverage: number;
  /** Event-loop delay of the load generator during the phase (ms): how late its receipt stamps could be. */
  loadGeneratorDelay: { p99: number; max: number };
  /** Mutation sent by the bench → the subscriber's graphql-ws client handed over the result. */
  endToEnd: Summary;
  /** The bench's own Redis subscriber saw the publish → the subscriber had it. */
  fromPublish: Summary;
  /** The event's createdAt (PostgreSQL's clock: the start of the mutation's transaction) → the subscriber had it. */
  fromCreated: Summary;
  /** Mutation sent → its HTTP response. */
  mutation: Summary;
}

interface CpuSample {
  seconds: number;
  cpuSeconds: number;
  percentOfCore: number;
}

export interface PushReport {
  options: { users: number; rates: number[]; seconds: number; idleSeconds: number; warmup: number; args: string };
  postgresVersion: string;
  redisVersion: string;
  loadBefore: number[];
  loadAfter: number[];
  loginSeconds: number;
  connectSeconds: number;
  sockets: number;
  idle: { b: CpuSample; loadGenerator: CpuSample; memory: Memory; load: number[] };
  memoryBefore: Memory;
  redisMemory: { beforeMb: number; withSocketsMb: number; subscriberKb: number | null };
  results: ScenarioResult[];
}

const TARGET_P99_MS = 100;
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');
const mb = (value: number) => value.toFixed(1);
const load = (values: number[]) => values.map((v) => v.toFixed(2)).join(' / ');
const en = (value: number) => value.toLocaleString('en');
const pct = (value: number) => `${value.toFixed(0)} %`;
const phase = (r: ScenarioResult) => `${r.scenario.name} | ${r.rate}/s`;

function latencyRows(result: ScenarioResult): string[] {
  const row = (label: string, s: Summary) => `| ${phase(result)} | ${label} | ${en(s.count)} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${ms(s.max)} |`;
  return [
    row('published on Redis → received', result.fromPublish),
    ...(result.fromCreated.count > 0 ? [row('event createdAt → received', result.fromCreated)] : []),
    row('mutation sent → received', result.endToEnd),
    row('mutation sent → response', result.mutation),
  ];
}

function deliveryRow(r: ScenarioResult): string {
  const expected = r.raised - r.failed;
  return (
    `| ${phase(r)} | ${en(r.raised)} | ${r.achievedRate.toFixed(1)} | ${r.failed} | ${en(r.delivered)} / ${en(expected)} | ${r.lost} | ${r.duplicated} | ` +
    `${r.misdelivered} | ${r.closedSockets} | ${pct(r.cpu.a)} / ${pct(r.cpu.b)} / ${pct(r.cpu.loadGenerator)} / ${pct(r.cpu.bench)} | ` +
    `${ms(r.loadGeneratorDelay.p99)} / ${ms(r.loadGeneratorDelay.max)} | ${r.loadAverage.toFixed(1)} |`
  );
}

/** The push itself is judged from the publish on Redis; the whole path with the raising mutation is stated beside it. */
function verdict(r: ScenarioResult): string {
  const clean = r.lost === 0 && r.failed === 0 && r.misdelivered === 0 && r.duplicated === 0;
  const met = (p99: number) => (clean && p99 <= TARGET_P99_MS ? 'met' : 'NOT met');
  return (
    `- ${r.scenario.name} at ${r.rate}/s: the push (published on Redis → received on B's socket) **${met(r.fromPublish.p99)}**, p99 ${ms(r.fromPublish.p99)} ms; ` +
    `end to end including the mutation that raises the event (mutation sent → received) ${met(r.endToEnd.p99)}, p99 ${ms(r.endToEnd.p99)} ms; ` +
    `${r.lost} lost, ${r.duplicated} duplicated, ${r.misdelivered} to a wrong client${r.failed ? `, ${r.failed} mutation errors (${r.firstError})` : ''}.`
  );
}

export function report(data: PushReport): string {
  const { options, idle, memoryBefore } = data;
  const socketsKb = ((idle.memory.rssMb - memoryBefore.rssMb) * 1024) / data.sockets;
  const scenarios = [...new Set(data.results.map((r) => r.scenario))];
  return [
    '## Push',
    '',
    `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench:push\`${options.args ? ` -- ${options.args}` : ''}.`,
    `Machine: ${machine()}; PostgreSQL ${data.postgresVersion}; Redis ${data.redisVersion}. ` +
      `Load average (1 / 5 / 15 min): ${load(data.loadBefore)} before the run, ${load(data.loadAfter)} after it ` +
      '(the 2 cores are shared with other work, which is part of these figures).',
    '',
    `Setup: API processes A and B from the production build (\`api/dist/main.js\`, NODE_ENV=production, RUN_JOBS=false) on one ` +
      `PostgreSQL database and one Redis (a key prefix of the run). ${en(options.users)} users signed in through the \`login\` ` +
      `mutation (${data.loginSeconds.toFixed(1)} s); a separate load-generator process opened ${en(data.sockets)} graphql-ws sockets ` +
      `to B, one per user, each subscribed to every scenario (${data.connectSeconds.toFixed(1)} s). Per scenario, after ${options.warmup} ` +
      `warm-up events, an admin raised events through mutations on A for ${options.seconds} s at each rate in turn, open loop ` +
      "(sent on schedule, not after the previous answer), each event for the next user. Times are on the machine's one wall clock: " +
      '"mutation sent" is when the bench sent the mutation, "published on Redis" when a separate Redis subscriber of the bench saw ' +
      `the message, "received" when the subscriber's graphql-ws client handed over the result.`,
    '',
    ...scenarios.map((scenario) => `- ${scenario.name}: ${scenario.description}.`),
    '',
    '| scenario | rate | events | sent/s | mutation errors | delivered / expected | lost | duplicated | to a wrong client | sockets closed | CPU A / B / load generator / bench (of one core) | load generator event-loop delay p99 / max ms | load (1 min) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...data.results.map(deliveryRow),
    '',
    '| scenario | rate | latency | samples | p50 ms | p95 ms | p99 ms | max ms |',
    '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |',
    ...data.results.flatMap(latencyRows),
    '',
    `Process B holding ${en(data.sockets)} idle subscribed sockets for ${idle.b.seconds.toFixed(0)} s (load average ${load(idle.load)} at its end):`,
    '',
    '| what | value |',
    '| --- | ---: |',
    `| CPU of B | ${idle.b.percentOfCore.toFixed(2)} % of one core (${idle.b.cpuSeconds.toFixed(2)} s) |`,
    `| CPU of the load generator | ${idle.loadGenerator.percentOfCore.toFixed(2)} % of one core |`,
    `| RSS / PSS of B, users signed in, no sockets yet | ${mb(memoryBefore.rssMb)} / ${mb(memoryBefore.pssMb)} MB |`,
    `| RSS / PSS of B with the sockets | ${mb(idle.memory.rssMb)} / ${mb(idle.memory.pssMb)} MB |`,
    `| RSS per socket (difference / sockets) | ${socketsKb.toFixed(1)} kB |`,
    `| Redis used_memory before the run / with the sockets | ${mb(data.redisMemory.beforeMb)} / ${mb(data.redisMemory.withSocketsMb)} MB (the whole server, shared) |`,
    `| Redis memory of B's subscriber connection (CLIENT LIST tot-mem, ${en(data.sockets * scenarios.length)} channels) | ${data.redisMemory.subscriberKb === null ? 'not found' : `${data.redisMemory.subscriberKb.toFixed(0)} kB`} |`,
    '',
    `Target (SPEC §8): push latency across processes p99 ≤ ${TARGET_P99_MS} ms, no event lost.`,
    '',
    ...data.results.map(verdict),
    '',
  ].join('\n');
}
