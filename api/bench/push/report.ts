import { machine, percentile } from '../common';
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
  achievedRate: number;
  seconds: number;
  closedSockets?: number;
  subscriptionErrors?: number;
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
  options: { users: number; rate: number; seconds: number; idleSeconds: number; warmup: number; args: string };
  postgresVersion: string;
  redisVersion: string;
  loadBefore: number[];
  loadAfter: number[];
  loginSeconds: number;
  connectSeconds: number;
  sockets: number;
  idle: { b: CpuSample; loadGenerator: CpuSample; memory: Memory; load: number[] };
  memoryBefore: Memory;
  redisMemory: { beforeMb: number; withSocketsMb: number };
  results: ScenarioResult[];
  /** CPU seconds used during the measured phases, and their length. */
  cpu: { a: number; b: number; loadGenerator: number; bench: number; seconds: number };
}

const TARGET_P99_MS = 100;
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');
const mb = (value: number) => value.toFixed(1);
const load = (values: number[]) => values.map((v) => v.toFixed(2)).join(' / ');
const percent = (cpuSeconds: number, seconds: number) => `${((100 * cpuSeconds) / seconds).toFixed(1)} %`;
const en = (value: number) => value.toLocaleString('en');

function latencyRows(result: ScenarioResult): string[] {
  const row = (label: string, s: Summary) => `| ${result.scenario.name} | ${label} | ${en(s.count)} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${ms(s.max)} |`;
  return [
    row('mutation sent → received', result.endToEnd),
    ...(result.fromCreated.count > 0 ? [row('event createdAt → received', result.fromCreated)] : []),
    row('published on Redis → received', result.fromPublish),
    row('mutation sent → response', result.mutation),
  ];
}

function deliveryRow(result: ScenarioResult): string {
  const expected = result.raised - result.failed;
  return `| ${result.scenario.name} | ${en(result.raised)} | ${result.achievedRate.toFixed(1)} | ${result.failed} | ${en(result.delivered)} / ${en(expected)} | ${result.lost} | ${result.duplicated} | ${result.misdelivered} | ${result.closedSockets ?? 0} |`;
}

export function report(data: PushReport): string {
  const { options, idle, memoryBefore, cpu } = data;
  const socketsKb = ((idle.memory.rssMb - memoryBefore.rssMb) * 1024) / data.sockets;
  // The push itself is judged from the publish on Redis; the whole path with the raising mutation is stated beside it.
  const verdicts = data.results.map((r) => {
    const clean = r.lost === 0 && r.failed === 0 && r.misdelivered === 0 && r.duplicated === 0;
    return { result: r, pushMet: clean && r.fromPublish.p99 <= TARGET_P99_MS, endToEndMet: clean && r.endToEnd.p99 <= TARGET_P99_MS };
  });
  const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
  return [
    '## Push',
    '',
    `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench:push\`${options.args ? ` -- ${options.args}` : ''}.`,
    `Machine: ${machine()}; PostgreSQL ${data.postgresVersion}; Redis ${data.redisVersion}. ` +
      `Load average (1 / 5 / 15 min): ${load(data.loadBefore)} before the run, ${load(data.loadAfter)} after it ` +
      '(the machine is shared with other work; the load is part of the figures).',
    '',
    `Setup: API processes A and B from the production build (\`api/dist/main.js\`, NODE_ENV=production, RUN_JOBS=false) on one ` +
      `PostgreSQL database and one Redis (a key prefix of the run). ${en(options.users)} users signed in through the \`login\` ` +
      `mutation (${data.loginSeconds.toFixed(1)} s); a separate load-generator process opened ${en(data.sockets)} graphql-ws sockets ` +
      `to B, one per user, each subscribed to every scenario (${data.connectSeconds.toFixed(1)} s). Per scenario, after ${options.warmup} ` +
      `warm-up events, an admin raised ${en(Math.round(options.rate * options.seconds))} events through mutations on A, open loop at ` +
      `${options.rate}/s, each for one user in turn. Times are on the machine's one wall clock: "mutation sent" is when the bench ` +
      'sent the mutation, "published on Redis" when a separate Redis subscriber of the bench saw the message, "received" when the ' +
      "subscriber's graphql-ws client handed over the result.",
    '',
    ...data.results.map((r) => `- ${r.scenario.name}: ${r.scenario.description}.`),
    '',
    '| scenario | events | achieved events/s | mutation errors | delivered / expected | lost | duplicated | to a wrong client | sockets closed |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...data.results.map(deliveryRow),
    '',
    '| scenario | latency | samples | p50 ms | p95 ms | p99 ms | max ms |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...data.results.flatMap(latencyRows),
    '',
    `CPU during the measured phases (${cpu.seconds.toFixed(0)} s, share of one core): A ${percent(cpu.a, cpu.seconds)}, ` +
      `B ${percent(cpu.b, cpu.seconds)}, load generator ${percent(cpu.loadGenerator, cpu.seconds)}, bench ${percent(cpu.bench, cpu.seconds)}.`,
    '',
    `Process B holding ${en(data.sockets)} idle subscribed sockets for ${idle.b.seconds.toFixed(0)} s (load average ${load(idle.load)} at its end):`,
    '',
    '| what | value |',
    '| --- | ---: |',
    `| CPU of B | ${idle.b.percentOfCore.toFixed(2)} % of one core (${idle.b.cpuSeconds.toFixed(2)} s) |`,
    `| CPU of the load generator | ${idle.loadGenerator.percentOfCore.toFixed(2)} % of one core |`,
    `| RSS / PSS of B, signed-in users but no sockets | ${mb(memoryBefore.rssMb)} / ${mb(memoryBefore.pssMb)} MB |`,
    `| RSS / PSS of B with the sockets | ${mb(idle.memory.rssMb)} / ${mb(idle.memory.pssMb)} MB |`,
    `| RSS per socket (difference / sockets) | ${socketsKb.toFixed(1)} kB |`,
    `| Redis used_memory before the run / with the sockets | ${mb(data.redisMemory.beforeMb)} / ${mb(data.redisMemory.withSocketsMb)} MB (the whole server, shared) |`,
    '',
    `Target (SPEC §8): push latency across processes p99 ≤ ${TARGET_P99_MS} ms. ` +
      verdicts
        .map(
          ({ result: r, pushMet, endToEndMet }) =>
            `${r.scenario.name}: the push (published on Redis → received on B's socket) ${verdict(pushMet)}, p99 ${ms(r.fromPublish.p99)} ms; ` +
            `end to end including the mutation that raises the event (mutation sent → received) ${verdict(endToEndMet)}, p99 ${ms(r.endToEnd.p99)} ms; ` +
            `${r.lost} lost, ${r.duplicated} duplicated, ${r.misdelivered} to a wrong client${r.failed ? `, ${r.failed} mutation errors (${r.firstError})` : ''}.`,
        )
        .join(' '),
    '',
  ].join('\n');
}
