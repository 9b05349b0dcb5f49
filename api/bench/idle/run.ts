import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCHMARKS_MD, loadAverage, machine, REPO_ROOT, runBench, startChild, writeSection } from '../lib';
import { childrenOf, readCpuTicks, readMemory } from '../load/monitor';

/**
 * `npm run bench:idle [-- --settle 30] [--sample 20] [--no-write]`: SPEC §8's "embedded default idle ≤ 600 MB".
 * Runs `npm start` exactly as a newcomer does — a fresh data folder, the embedded PostgreSQL, in-process pub/sub,
 * the default demo seed, API + jobs + web — and measures the memory of everything it started: once idle after the
 * start, and once idle again after a signed-in manager has walked through the pages (Next.js and the API keep
 * caches and compiled code once pages have been served, so that is the figure a team sees during the day).
 */
const TICKS = 100;
const DEMO_EMAIL = 'manager@pulse.demo';
const DEMO_PASSWORD = 'demo1234';
const TARGET_MB = 600;

function parseArgs(argv: string[]) {
  const value = (name: string, fallback: number) => {
    const index = argv.indexOf(name);
    return index >= 0 ? Number(argv[index + 1]) : fallback;
  };
  return { settle: value('--settle', 30), sample: value('--sample', 20), write: !argv.includes('--no-write') };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Component = 'launcher (scripts/start.mjs)' | 'api + jobs' | 'web (Next.js)' | 'postgresql (embedded)' | 'other';

function componentOf(pid: number, root: number): Component {
  if (pid === root) return 'launcher (scripts/start.mjs)';
  let comm = '';
  let cmdline = '';
  try {
    comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return 'other';
  }
  if (comm === 'postgres' || /\bpostgres\b/.test(cmdline.split(' ')[0] ?? '')) return 'postgresql (embedded)';
  if (cmdline.includes('api/dist/main.js')) return 'api + jobs';
  // The Next.js server renames itself (process.title "next-server (vX)"), which rewrites its command line.
  if (comm.startsWith('next-server') || cmdline.startsWith('next-server') || cmdline.includes('server.js')) return 'web (Next.js)';
  return 'other';
}

/** Every process below `root` (and root itself). */
function processTree(root: number): number[] {
  const all = [root];
  for (let i = 0; i < all.length; i++) all.push(...childrenOf(all[i]!));
  return all;
}

interface Usage {
  pssMb: number;
  rssMb: number;
  cores: number;
  processes: number;
}

/** Samples the tree once a second for `seconds`: peak PSS/RSS and average CPU per component. */
async function sampleTree(root: number, seconds: number): Promise<Record<string, Usage>> {
  const peaks = new Map<string, Usage>();
  const firstTicks = new Map<number, number>();
  const lastTicks = new Map<number, { ticks: number; component: string }>();
  const started = performance.now();
  for (let i = 0; i <= seconds; i++) {
    const totals = new Map<string, Usage>();
    for (const pid of processTree(root)) {
      const component = componentOf(pid, root);
      const ticks = readCpuTicks(pid);
      if (ticks === null) continue;
      if (!firstTicks.has(pid)) firstTicks.set(pid, ticks);
      lastTicks.set(pid, { ticks, component });
      const memory = readMemory(pid);
      const usage = totals.get(component) ?? { pssMb: 0, rssMb: 0, cores: 0, processes: 0 };
      usage.pssMb += memory.pss;
      usage.rssMb += memory.rss;
      usage.processes += 1;
      totals.set(component, usage);
    }
    for (const [component, usage] of totals) {
      const peak = peaks.get(component) ?? { pssMb: 0, rssMb: 0, cores: 0, processes: 0 };
      peaks.set(component, {
        pssMb: Math.max(peak.pssMb, usage.pssMb),
        rssMb: Math.max(peak.rssMb, usage.rssMb),
        cores: 0,
        processes: Math.max(peak.processes, usage.processes),
      });
    }
    if (i < seconds) await sleep(1000);
  }
  const elapsed = (performance.now() - started) / 1000;
  for (const [pid, { ticks, component }] of lastTicks) {
    const usage = peaks.get(component);
    if (usage) usage.cores += (ticks - (firstTicks.get(pid) ?? ticks)) / TICKS / elapsed;
  }
  return Object.fromEntries(peaks);
}

async function graphql<T>(apiUrl: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (!body.data) throw new Error(`GraphQL failed: ${body.errors?.map((error) => error.message).join('; ')}`);
  return body.data;
}

/** A signed-in manager opens the pages of a working day, three times over; returns how many pages were served. */
async function walkPages(webUrl: string, apiUrl: string): Promise<number> {
  const { login } = await graphql<{ login: { accessToken: string } }>(
    apiUrl,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
    { e: DEMO_EMAIL, p: DEMO_PASSWORD },
  );
  const { companies } = await graphql<{ companies: { edges: Array<{ node: { id: string } }> } }>(
    apiUrl,
    'query { companies(first: 10) { edges { node { id } } } }',
    {},
    login.accessToken,
  );
  const ids = companies.edges.map((edge) => edge.node.id);
  const paths = ['/', '/companies', '/tasks', '/analytics', ...ids.flatMap((id) => [`/companies/${id}`, `/companies/${id}/notes`, `/companies/${id}/tasks`])];
  let served = 0;
  for (let round = 0; round < 3; round++) {
    for (const path of paths) {
      const response = await fetch(`${webUrl}${path}`, { headers: { cookie: `pulse_at=${login.accessToken}` }, redirect: 'manual' });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
      served += 1;
    }
  }
  return served;
}

function table(usage: Record<string, Usage>): { rows: string; totalPss: number; totalRss: number } {
  const order: Component[] = ['api + jobs', 'web (Next.js)', 'postgresql (embedded)', 'launcher (scripts/start.mjs)', 'other'];
  let totalPss = 0;
  let totalRss = 0;
  const rows: string[] = [];
  for (const name of order) {
    const u = usage[name];
    if (!u) continue;
    totalPss += u.pssMb;
    totalRss += u.rssMb;
    rows.push(`| ${name} | ${u.processes} | ${u.pssMb.toFixed(0)} | ${u.rssMb.toFixed(0)} | ${(u.cores * 100).toFixed(1)} % |`);
  }
  rows.push(`| **whole stack** | | **${totalPss.toFixed(0)}** | ${totalRss.toFixed(0)} | |`);
  return { rows: rows.join('\n'), totalPss, totalRss };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const dataDir = mkdtempSync(join(tmpdir(), 'pulse-idle-'));
  // As root, the embedded PostgreSQL runs as `postgres`: it must reach its folder inside this one.
  chmodSync(dataDir, 0o755);
  const webPort = 4991;
  const apiPort = 4992;
  const env: Record<string, string | undefined> = { ...process.env, PULSE_DATA_DIR: dataDir, PORT: String(webPort), API_PORT: String(apiPort), PGPORT_EMBEDDED: '54991' };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  const before = loadAverage();
  console.log(`npm start in ${dataDir} (embedded PostgreSQL, in-process pub/sub, default demo seed)…`);
  const child = startChild('npm start', process.execPath, [join(REPO_ROOT, 'scripts/start.mjs')], env);
  try {
    await child.waitFor(/ready in /, 300_000);
    const root = child.process.pid!;
    console.log(`ready; settling ${args.settle} s, then sampling ${args.sample} s…`);
    await sleep(args.settle * 1000);
    const afterStart = await sampleTree(root, args.sample);
    const webUrl = `http://127.0.0.1:${webPort}`;
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    const served = await walkPages(webUrl, apiUrl);
    console.log(`walked ${served} pages as ${DEMO_EMAIL}; settling ${args.settle} s, then sampling ${args.sample} s…`);
    await sleep(args.settle * 1000);
    const afterUse = await sampleTree(root, args.sample);
    const after = loadAverage();

    const a = table(afterStart);
    const b = table(afterUse);
    const met = (mb: number) => (mb <= TARGET_MB ? 'met' : '**not met**');
    const section = [
      '## Embedded idle memory',
      '',
      `\`npm run bench:idle\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. Machine: ${machine()}. Load average before ${before}, after ${after}.`,
      '',
      'What a newcomer gets from `npm start` on a fresh folder: the embedded PostgreSQL (its default settings:',
      'shared_buffers 128 MB), in-process pub/sub (no Redis), the default demo seed, one API process that also runs the',
      'jobs, and the Next.js server. Memory is PSS (shared pages split between the processes that map them, so the',
      'figures add up; PostgreSQL’s shared buffers count once), peak over the sampling window; RSS beside it. SPEC §8:',
      `embedded default idle ≤ ${TARGET_MB} MB.`,
      '',
      `### Idle after the start (${args.settle} s settled, ${args.sample} s sampled): ${a.totalPss.toFixed(0)} MB — ${met(a.totalPss)}`,
      '',
      '| component | processes | PSS MB | RSS MB | CPU |',
      '| --- | ---: | ---: | ---: | ---: |',
      a.rows,
      '',
      `### Idle after a manager walked ${served} pages (dashboard, lists, tasks, analytics, company pages): ${b.totalPss.toFixed(0)} MB — ${met(b.totalPss)}`,
      '',
      '| component | processes | PSS MB | RSS MB | CPU |',
      '| --- | ---: | ---: | ---: | ---: |',
      b.rows,
      '',
    ].join('\n');
    console.log(`\n${section}`);
    if (args.write) {
      writeSection(BENCHMARKS_MD, 'Embedded idle memory', section);
      console.log('written to docs/benchmarks.md');
    }
  } finally {
    await child.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

runBench('bench:idle', main);
