import type { OperationStats, PhoneStats } from './generator';
import type { WindowUsage } from './monitor';
import { LOST_AFTER_MS, type OperationSpec, TALK_TIME_COMPRESSION } from './scenario';

/** docs/sizing.md (and the benchmarks.md summary) rendered from the JSON bench:load writes: nothing here is typed by hand. */

export interface StepResult {
  label: string;
  users: number;
  thinkMeanMs: number;
  seconds: number;
  activeUsers: number;
  sockets: number;
  operations: Record<string, OperationStats>;
  push: { count: number; p50: number; p95: number; p99: number };
  /** Absent in runs before the virtual phones. */
  phones?: PhoneStats;
  usage: WindowUsage;
  jobRuns: number;
  jobFailuresTotal: number;
  poolWaitingMax: number;
}

export interface LoadResults {
  date: string;
  machine: string;
  commit: string;
  loadAverageBefore: string;
  loadAverageAfter: string;
  runSeconds: number;
  dataset: { counts: Record<string, number>; generatedSeconds: number | null; targets: Record<string, number> };
  postgres: { version: string; settings: Record<string, string> };
  stack: { apiProcesses: number; poolSizePerProcess: number; workerConcurrency: string; nodeOptions: string };
  scenario: {
    operations: OperationSpec[];
    included: string[];
    skipped: Array<{ name: string; missing: string[] }>;
    thinkMeanMs: number;
    fullLoadEvery?: number;
    phoneRoles?: string[];
    /** What the generator's client navigations send (from the Chromium capture). */
    navigation?: string;
    prefetch?: boolean;
  };
  signIn: OperationStats & { seconds: number };
  phoneSignIn?: OperationStats | null;
  steps: StepResult[];
}

const STACK = ['api', 'worker', 'web', 'postgresql', 'redis'] as const;
const n0 = (value: number) => Math.round(value).toLocaleString('en');
const n1 = (value: number) => value.toFixed(1);
const n2 = (value: number) => value.toFixed(2);

function stackTotals(step: StepResult) {
  let cores = 0;
  let pss = 0;
  let rss = 0;
  for (const name of STACK) {
    const usage = step.usage.components[name];
    if (!usage) continue;
    cores += usage.cores;
    pss += usage.pssMb;
    rss += usage.rssMb;
  }
  return { cores, pss, rss };
}

const FULL_LOAD = ' · full load';
const NAVIGATION = ' · navigation';

/**
 * The page actions' full HTML loads and client navigations, each pooled over the page types. Percentiles of a
 * pool are the count-weighted mean of the per-type percentiles (the generator keeps no raw samples past a step):
 * an approximation, exact when one page type dominates; per type they are in the operations table.
 */
export function pageSplit(operations: Record<string, OperationStats>): { fullLoads: OperationStats; navigations: OperationStats } {
  const pool = (suffix: string): OperationStats => {
    const parts = Object.entries(operations).filter(([name]) => name.endsWith(suffix)).map(([, s]) => s);
    const count = parts.reduce((sum, s) => sum + s.count, 0);
    const ok = parts.reduce((sum, s) => sum + s.count - s.errors, 0);
    const mean = (key: 'p50' | 'p95' | 'p99') => (ok ? parts.reduce((sum, s) => sum + s[key] * (s.count - s.errors), 0) / ok : 0);
    return { count, errors: parts.reduce((sum, s) => sum + s.errors, 0), p50: mean('p50'), p95: mean('p95'), p99: mean('p99'), max: Math.max(0, ...parts.map((s) => s.max)), errorSamples: parts.flatMap((s) => s.errorSamples).slice(0, 3) };
  };
  return { fullLoads: pool(FULL_LOAD), navigations: pool(NAVIGATION) };
}

const opsPerSecond = (step: StepResult) => (step.operations.all?.count ?? 0) / step.seconds;

/** Stack CPU per user action, ms: robust to how much of the shared cores the stack got, unlike latency. */
const cpuMsPerAction = (step: StepResult) => (stackTotals(step).cores / Math.max(0.001, opsPerSecond(step))) * 1000;

/** The rate the step's users would produce if nothing waited: one action per think time. */
const intendedRate = (step: StepResult) => (step.thinkMeanMs > 0 ? (step.users * 1000) / step.thinkMeanMs : opsPerSecond(step));

/**
 * The host to buy for a step: vCPUs for the step's users at their intended rate times the CPU one action took
 * here, kept under 70 % busy (the old document's own monitoring rule, §5.1), at least 2; RAM for the measured
 * memory, the database's page cache and 1 GB for the system.
 */
function recommendHost(step: StepResult, databaseSizeMb: number): { host: string; cores: number } {
  const { pss } = stackTotals(step);
  const cores = (intendedRate(step) * cpuMsPerAction(step)) / 1000;
  const vcpu = [2, 4, 8, 16, 32].find((size) => size * 0.7 >= cores) ?? 64;
  // One API process per vCPU: the API's memory grows with the process count, the rest does not.
  const api = step.usage.components.api;
  const apiPerProcess = api && api.processes > 0 ? api.pssMb / api.processes : 0;
  const memoryGb = (pss - (api?.pssMb ?? 0) + apiPerProcess * vcpu + Math.min(databaseSizeMb, 4096) + 1024) / 1024;
  const ram = [4, 8, 16, 32, 64].find((size) => size >= memoryGb) ?? 128;
  return { host: `${vcpu} vCPU / ${ram} GB`, cores };
}

function sizeInMb(pretty: string | undefined): number {
  const match = /([\d.]+)\s*(kB|MB|GB|TB)/.exec(pretty ?? '');
  if (!match) return 0;
  const factor = { kB: 1 / 1024, MB: 1, GB: 1024, TB: 1024 * 1024 }[match[2] as 'kB' | 'MB' | 'GB' | 'TB'];
  return Number(match[1]) * factor;
}

interface Verdict {
  what: string;
  target: string;
  measured: string;
  met: boolean;
}

function verdicts(results: LoadResults): Verdict[] {
  const thousand = results.steps.find((s) => s.users === 1000 && s.thinkMeanMs > 0);
  const saturation = results.steps.find((s) => s.thinkMeanMs === 0);
  const list: Verdict[] = [];
  if (thousand) {
    const all = thousand.operations.all!;
    list.push({
      what: 'mixed workload, 1,000 users at ≈ 0.7 actions/s each',
      target: 'p95 ≤ 50 ms, p99 ≤ 150 ms, 0 errors',
      measured: `p95 ${n0(all.p95)} ms, p99 ${n0(all.p99)} ms, ${all.errors} errors of ${n0(all.count)} (${n1(opsPerSecond(thousand))} actions/s)`,
      met: all.p95 <= 50 && all.p99 <= 150 && all.errors === 0,
    });
    const totals = stackTotals(thousand);
    list.push({
      what: 'memory of the whole stack at that load',
      target: '≤ 1 GB (API + worker + web + PostgreSQL + Redis)',
      measured: `${n0(totals.pss)} MB PSS (${n0(totals.rss)} MB summed RSS, which counts PostgreSQL's shared buffers once per backend)`,
      met: totals.pss <= 1024,
    });
    if (thousand.push.count > 0) {
      list.push({
        what: 'push latency (task assigned in one API process → notificationAdded on a socket of any process)',
        target: 'p99 ≤ 100 ms',
        measured: `p99 ${n0(thousand.push.p99)} ms (${thousand.push.count} events, p50 ${n0(thousand.push.p50)} ms)`,
        met: thousand.push.p99 <= 100,
      });
    }
  }
  const phones = thousand?.phones;
  if (thousand && phones && phones.clickToPhone.count > 0) {
    list.push({
      what: "click-to-call reaching the user's phone (requestCall in one API process → callRequested on the phone's socket, which may be on the other; the time includes the mutation itself)",
      target: 'p99 ≤ 100 ms, none lost',
      measured: `p99 ${n0(phones.clickToPhone.p99)} ms (${phones.clickToPhone.count} requests, p50 ${n0(phones.clickToPhone.p50)} ms), ${phones.lost} lost, ${phones.duplicates} duplicated`,
      met: phones.clickToPhone.p99 <= 100 && phones.lost === 0,
    });
  }
  if (saturation) {
    list.push({
      what: 'saturation throughput of the same mix',
      target: '≥ 1,500 actions/s',
      measured: `${n0(opsPerSecond(saturation))} actions/s (p95 ${n0(saturation.operations.all?.p95 ?? 0)} ms)`,
      met: opsPerSecond(saturation) >= 1500,
    });
  }
  return list;
}

function operationTable(step: StepResult): string[] {
  const rows = Object.entries(step.operations).sort((a, b) => (a[0] === 'all' ? 1 : b[0] === 'all' ? -1 : b[1].count - a[1].count));
  return [
    '| operation | per s | p50 ms | p95 ms | p99 ms | max ms | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(([name, s]) => `| ${name === 'all' ? '**all actions**' : name} | ${n1(s.count / step.seconds)} | ${n0(s.p50)} | ${n0(s.p95)} | ${n0(s.p99)} | ${n0(s.max)} | ${s.errors}${s.errorSamples.length ? ` (${s.errorSamples.map((e) => e.replace(/\|/g, '/')).join('; ')})` : ''} |`),
  ];
}

/** The 1-minute load average before the run: below 1.5 on 2 cores, nothing else was running to speak of. */
function quietBefore(results: LoadResults): boolean {
  return Number(results.loadAverageBefore.split(' / ')[0]) < 1.5;
}

export function renderSizing(results: LoadResults): string {
  const databaseSizeMb = sizeInMb(results.postgres.settings.database_size);
  const lines: string[] = [
    '# Sizing — measured',
    '',
    `Generated by \`npm run bench:load\` from \`docs/sizing.json\` on ${results.date.slice(0, 16).replace('T', ' ')} UTC. Machine: ${results.machine}; PostgreSQL ${results.postgres.version}.`,
    `Load average (1/5/15 min) before the run ${results.loadAverageBefore}, after ${results.loadAverageAfter}: ${quietBefore(results) ? 'the machine was quiet before the run (the load after it is the run\'s own: the stack and the load generator share the 2 cores)' : "**the machine's 2 cores were shared with other work during this run**, so every latency below is pessimistic and every CPU figure is what our processes managed to get, not what they would take on an idle host"}. Whole run ${n1(results.runSeconds / 60)} min.`,
    '',
    'The old system\'s hosting document (HOSTING_RECOMMENDATIONS.ru.md) guessed 5–10 req/s normal and 20–30 req/s peak for 35 users and recommended 4 vCPU / 8 GB. This page replaces the guess with a measurement of this code base.',
    '',
    '## What ran',
    '',
    `- Dataset (\`pulse_bench_load\`, ${results.postgres.settings.database_size}): ${Object.entries(results.dataset.counts).map(([table, count]) => `${n0(count)} ${table}`).join(', ')} — the old production database's size${results.dataset.generatedSeconds ? `, generated with COPY in ${n0(results.dataset.generatedSeconds)} s` : ' (reused)'}.`,
    `- Stack, production builds: ${results.stack.apiProcesses} API process${results.stack.apiProcesses === 1 ? '' : 'es'} behind one port (Node cluster, standing in for nginx + \`pulse-api@\` units), pool ${results.stack.poolSizePerProcess} connections each; the job worker (\`api/dist/worker.js\`, ${results.stack.workerConcurrency}); the Next.js standalone server; the machine's PostgreSQL and Redis. Node: ${results.stack.nodeOptions}.`,
    `- PostgreSQL settings during the run: ${Object.entries(results.postgres.settings).filter(([name]) => name !== 'database_size').map(([name, value]) => `${name} = ${value}`).join(', ')}.`,
    `- Load generator: a separate process on the same 2 cores (its CPU is listed, and is not part of the stack). Each virtual user signs in once, holds a \`notificationAdded\` subscription on its own WebSocket, and acts with exponential think times of mean ${(results.scenario.thinkMeanMs / 1000).toFixed(1)} s (≈ 0.7 actions/s, SPEC §8's "seed's peak rate per user"). The mix and why: \`api/bench/load/scenario.ts\`.`,
    '',
    `- Web pages: a user opens the app once and then clicks through it, so ${results.scenario.fullLoadEvery ? `one page action in ${results.scenario.fullLoadEvery} is a full HTML load and the others are client-side navigations — the RSC payload fetch Chromium sends on a click (${results.scenario.navigation ?? 'RSC: 1, Next-Router-State-Tree, _rsc'})` : 'every page action is a full HTML load (older run)'}; the two are timed apart below.${results.scenario.prefetch === false ? ' **Link prefetches were off in this run (`--no-prefetch`).**' : ''} Prefetches ("web prefetch · …") are timed but, like the phones' calls, not counted as user actions.`,
    `- Virtual phones (the reference phone client, \`tools/phone-sim\`): ${results.scenario.phoneRoles ? `every ${results.scenario.phoneRoles.join(' and ')} account's phone signs in by QR (createPhoneLoginToken on the web session → exchangePhoneLoginToken) and holds a \`callRequested\` subscription on its own socket; the user's click-to-call (requestCall) reaches it, it claims, "dials" on a timer (outcomes and talk times from the demo seed, talk time compressed 1:${TALK_TIME_COMPRESSION}) and reports the result (reportCallResult)` : 'none in this run'}. Their own calls are not "user actions" and are reported on their own.`,
    '',
    `- Before the steps every account signed in once, two at a time (argon2id, deliberately slow): ${n0(results.signIn.count)} sign-ins in ${n0(results.signIn.seconds)} s, p50 ${n0(results.signIn.p50)} ms, p95 ${n0(results.signIn.p95)} ms, ${results.signIn.errors} errors${results.phoneSignIn ? `; ${n0(results.phoneSignIn.count)} phones signed in by QR, p50 ${n0(results.phoneSignIn.p50)} ms, p95 ${n0(results.phoneSignIn.p95)} ms, ${results.phoneSignIn.errors} errors` : ''}. Sign-ins are not in the steps' figures.`,
    '',
    '| action | share | goes to | in this run |',
    '| --- | ---: | --- | --- |',
    ...results.scenario.operations.map((op) => {
      const skipped = results.scenario.skipped.find((s) => s.name === op.name);
      return `| ${op.name} | ${op.weight} | ${op.channel === 'web' ? 'Next.js (full load or RSC navigation; it calls the API)' : 'API /graphql'} | ${skipped ? `skipped: ${skipped.missing.join(', ')} not there yet` : 'yes'} |`;
    }),
    '',
    '## SPEC §8 targets',
    '',
    '| target | wanted | measured here | met? |',
    '| --- | --- | --- | --- |',
    ...verdicts(results).map((v) => `| ${v.what} | ${v.target} | ${v.measured} | ${v.met ? 'yes' : '**no**'} |`),
    '',
    '## Per step: CPU and memory per component, and the host to buy',
    '',
    'Cores: average over the step\'s measured window (user + system, from /proc). Memory: peak PSS (proportional set size, so PostgreSQL\'s shared buffers are counted once) with peak RSS in brackets, MB. PostgreSQL = the backends of `pulse_bench_load` plus the server\'s own background processes; Redis = the whole redis-server (shared with other work on this machine).',
    '',
    `| step | actions/s (intended) | p95 / p99 ms | errors | ${STACK.map((name) => `${name} cores · MB`).join(' | ')} | stack cores · MB | stack CPU ms / action | generator cores | PG connections max (active) | cores needed at the intended rate | host to buy |`,
    `| --- | ---: | ---: | ---: | ${STACK.map(() => '---:').join(' | ')} | ---: | ---: | ---: | ---: | ---: | --- |`,
  ];
  for (const step of results.steps) {
    const totals = stackTotals(step);
    const all = step.operations.all!;
    const host = step.thinkMeanMs === 0 ? null : recommendHost(step, databaseSizeMb);
    lines.push(
      `| ${step.label} | ${n1(opsPerSecond(step))} (${n0(intendedRate(step))}) | ${n0(all.p95)} / ${n0(all.p99)} | ${all.errors} | ${STACK.map((name) => {
        const c = step.usage.components[name];
        return c ? `${n2(c.cores)} · ${n0(c.pssMb)} (${n0(c.rssMb)})` : '—';
      }).join(' | ')} | ${n2(totals.cores)} · ${n0(totals.pss)} | ${n1(cpuMsPerAction(step))} | ${n2(step.usage.components.generator?.cores ?? 0)} | ${step.usage.connections.max} (${step.usage.connections.activeMax}) | ${host ? n1(host.cores) : '—'} | ${host ? host.host : '— (a stress test, not a user count)'} |`,
    );
  }
  lines.push(
    '',
    `"Intended" rate: the step's users × one action per ${(results.scenario.thinkMeanMs / 1000).toFixed(1)} s think time; where the measured rate is lower, users were waiting for slow answers (the stack was starved of CPU). "Cores needed": intended rate × the stack's CPU per action measured in that step (so it does not depend on how much of the shared cores the stack got, though CPU per action itself rises on a crowded machine). "Host to buy": vCPUs that keep those cores under 70 % busy (the old document's own rule, §5.1), RAM for the measured memory (the API's scaled to one process per vCPU) + the database's page cache (up to 4 GB; the database is ${results.postgres.settings.database_size}) + 1 GB for the system. Settings for those hosts: \`ops/postgresql/\` and \`ops/redis/\` (below).`,
    '',
    '## Per step: web pages, full loads and client navigations',
    '',
    '| step | full loads | p50 / p95 / p99 ms | errors | client navigations (RSC) | p50 / p95 / p99 ms | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.steps.map((step) => {
      const { fullLoads: f, navigations: v } = pageSplit(step.operations);
      return `| ${step.label} | ${f.count} | ${n0(f.p50)} / ${n0(f.p95)} / ${n0(f.p99)} | ${f.errors} | ${v.count} | ${n0(v.p50)} / ${n0(v.p95)} / ${n0(v.p99)} | ${v.errors} |`;
    }),
    '',
    'Percentiles pooled over the page types (company page, company list) as count-weighted means of theirs; per type in the operations tables below.',
    '',
    '## Per step: phones and click-to-call',
    '',
    '| step | phones (sockets open) | clicks | received | lost | duplicated | late | click → phone p50 / p95 / p99 / max ms | claim p50 / p95 ms | report p50 / p95 ms | reported (in progress) | outcomes |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...results.steps.map((step) => {
      const p = step.phones;
      if (!p) return `| ${step.label} | — | | | | | | | | | | |`;
      const claim = step.operations['phone: claimCallRequest'];
      const report = step.operations['phone: reportCallResult'];
      const c = p.clickToPhone;
      return `| ${step.label} | ${p.phones} (${p.socketsOpen}) | ${p.clicks} | ${p.received} | ${p.lost} | ${p.duplicates} | ${p.late} | ${n0(c.p50)} / ${n0(c.p95)} / ${n0(c.p99)} / ${n0(c.max)} | ${claim ? `${n0(claim.p50)} / ${n0(claim.p95)}` : '—'} | ${report ? `${n0(report.p50)} / ${n0(report.p95)}` : '—'} | ${p.reported} (${p.inProgress}) | ${Object.entries(p.outcomes).map(([k, v]) => `${k} ${v}`).join(', ') || '—'} |`;
    }),
    '',
    `Click → phone: from sending requestCall to the request arriving on the phone's \`callRequested\` socket (so it includes the mutation). Lost: not on the phone ${LOST_AFTER_MS / 1000} s after requestCall answered; late: arrived after that; duplicated: delivered to the phone more than once (the reference client drops the repeat). Claims, reports and their errors are also in the operations tables ("phone: …"); they are not counted as user actions.`,
    '',
    '## Per step: operations',
    '',
  );
  for (const step of results.steps) {
    lines.push(
      `### ${step.label}`,
      '',
      `${n0(step.seconds)} s measured, ${step.activeUsers} active users, ${step.sockets} open subscriptions, load average ${step.usage.loadAverage.map(n2).join(' / ')}; background jobs run by the worker in the window: ${step.jobRuns}; max queries waiting for a pool connection (one API process's /metrics): ${step.poolWaitingMax}.${step.push.count ? ` Push (task assigned → notificationAdded): ${step.push.count} events, p50 ${n0(step.push.p50)} ms, p95 ${n0(step.push.p95)} ms, p99 ${n0(step.push.p99)} ms.` : ''}`,
      '',
      ...operationTable(step),
      '',
    );
  }
  lines.push(
    '## Settings for 4, 8 and 16 GB hosts',
    '',
    'Which RAM size a user count needs is in the table above (memory is not what limits this stack; CPU is). Per RAM size:',
    '',
    '| host RAM | PostgreSQL | Redis | API processes × pool | worker |',
    '| --- | --- | --- | --- | --- |',
    '| 4 GB | `ops/postgresql/pulse-4gb.conf`: shared_buffers 1 GB, effective_cache_size 2.5 GB, work_mem 8 MB, max_connections 60 | `ops/redis/pulse.conf`, maxmemory 128 MB | one per vCPU × 10 (≤ 4) | 1 process, Agenda defaults |',
    '| 8 GB | `ops/postgresql/pulse-8gb.conf`: shared_buffers 2 GB, effective_cache_size 5.5 GB, work_mem 16 MB, max_connections 80 | maxmemory 256 MB | one per vCPU × 10 (≤ 6) | 1 process |',
    '| 16 GB | `ops/postgresql/pulse-16gb.conf`: shared_buffers 4 GB, effective_cache_size 11 GB, work_mem 16 MB, max_connections 120 | maxmemory 512 MB | one per vCPU × 10 (≤ 10) | 1–2 processes |',
    '',
    'One API process per vCPU (each is one Node event loop); the pool of 10 per process keeps PostgreSQL connections at 10 × processes + worker 5 + Agenda 4, well under max_connections. Redis holds only pub/sub traffic and rate-limit counters, so it needs little memory; it must not evict (noeviction), or rate limits would silently reset.',
    '',
  );
  return `${lines.join('\n')}\n`;
}

export function renderBenchmarkSection(results: LoadResults): string {
  const rows = results.steps.map((step) => {
    const totals = stackTotals(step);
    const all = step.operations.all!;
    const { fullLoads, navigations } = pageSplit(step.operations);
    const phones = step.phones?.clickToPhone.count ? `${n0(step.phones.clickToPhone.p99)} (${step.phones.lost} lost)` : '—';
    return `| ${step.label} | ${n1(opsPerSecond(step))} | ${n0(all.p50)} | ${n0(all.p95)} | ${n0(all.p99)} | ${all.errors} | ${fullLoads.count ? n0(fullLoads.p95) : '—'} / ${navigations.count ? n0(navigations.p95) : '—'} | ${phones} | ${n2(totals.cores)} | ${n0(totals.pss)} |`;
  });
  return [
    '## Whole-stack load',
    '',
    `Run ${results.date.slice(0, 16).replace('T', ' ')} UTC with \`npm run bench:load\` (details, per-component figures and the host to buy: [sizing.md](sizing.md)). Machine: ${results.machine}. Load average before ${results.loadAverageBefore}, after ${results.loadAverageAfter} — ${quietBefore(results) ? 'quiet before the run; the load after is the run\'s own' : 'the 2 cores were shared with other work'}.`,
    '',
    '| step | actions/s | p50 ms | p95 ms | p99 ms | errors | page p95 ms: full load / navigation | click → phone p99 ms | stack cores | stack MB (PSS) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    ...verdicts(results).map((v) => `- ${v.what}: ${v.target} — ${v.met ? 'met' : '**not met**'} (${v.measured}).`),
    '',
  ].join('\n');
}
