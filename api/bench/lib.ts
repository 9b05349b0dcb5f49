import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/** Helpers shared by bench:overhead and bench:load (the compiled files live in api/dist/bench/bench/<name>/). */

export const REPO_ROOT = join(__dirname, '../../../..');
export const API_DIST = join(REPO_ROOT, 'api/dist');
/** Where every benchmark writes its section (writeSection). */
export const BENCHMARKS_MD = join(REPO_ROOT, 'docs/benchmarks.md');
export const BENCH_SECRET = 'bench-secret-bench-secret-bench-secret-42';
export const BENCH_PASSWORD = 'bench-password-42';

export const adminUrl = () => process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export function databaseUrl(name: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

export async function databaseExists(name: string): Promise<boolean> {
  const admin = new Client({ connectionString: databaseUrl('postgres') });
  await admin.connect();
  try {
    return (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount === 1;
  } finally {
    await admin.end();
  }
}

export async function recreateDatabase(name: string): Promise<void> {
  const admin = new Client({ connectionString: databaseUrl('postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
}

export async function dropDatabase(name: string): Promise<void> {
  const admin = new Client({ connectionString: databaseUrl('postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

export async function serverVersion(url: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(`SHOW server_version`)).rows[0].server_version as string;
  } finally {
    await client.end();
  }
}

export function commit(): string {
  try {
    const sha = execSync('git rev-parse --short HEAD', { encoding: 'utf8', cwd: REPO_ROOT }).trim();
    const dirty = execSync('git status --porcelain', { encoding: 'utf8', cwd: REPO_ROOT }).trim() !== '';
    return dirty ? `${sha} (+ uncommitted changes)` : sha;
  } catch {
    return 'unknown';
  }
}

export function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpus().length} CPUs (${cpu}), ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}, commit ${commit()}`;
}

export const loadAverage = () => loadavg().map((value) => value.toFixed(2)).join(' / ');

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Replaces the `## heading` section of a Markdown file (or appends it), leaving the other sections alone. */
export function writeSection(path: string, heading: string, section: string): void {
  let text = '# Benchmarks\n';
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    // a new file
  }
  const start = text.indexOf(`## ${heading}\n`);
  if (start >= 0) {
    const next = text.indexOf('\n## ', start + 1);
    text = text.slice(0, start) + (next >= 0 ? `${section.trimEnd()}\n\n${text.slice(next + 1)}` : section);
  } else {
    text = `${text.trimEnd()}\n\n${section}`;
  }
  writeFileSync(path, text);
}

export interface Child {
  name: string;
  process: ChildProcess;
  /** Resolves when the line matches (pino JSON or plain text); rejects when the process exits first. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** A child process whose output is kept (the last lines are printed if it dies) and stopped with SIGTERM, then SIGKILL. */
export function startChild(name: string, command: string, args: string[], env: Record<string, string | undefined>, options: { cwd?: string; echo?: boolean } = {}): Child {
  const child = spawn(command, args, { cwd: options.cwd ?? REPO_ROOT, env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  const tail: string[] = [];
  const waiters: Array<{ pattern: RegExp; resolve: () => void }> = [];
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line) continue;
      tail.push(line);
      if (tail.length > 40) tail.shift();
      if (options.echo) process.stdout.write(`[${name}] ${line}\n`);
      for (const waiter of [...waiters]) {
        if (waiter.pattern.test(line)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve();
        }
      }
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  child.once('exit', (code, signal) => {
    exited = true;
    // 143 = 128 + SIGTERM: a server that exits itself on our SIGTERM (Next.js does).
    if (code !== 0 && code !== 143 && signal !== 'SIGTERM' && signal !== 'SIGKILL') {
      process.stderr.write(`[${name}] exited with ${code ?? signal}; last output:\n${tail.map((l) => `  ${l}`).join('\n')}\n`);
    }
  });
  return {
    name,
    process: child,
    waitFor: (pattern, timeoutMs = 60_000) =>
      new Promise<void>((resolve, reject) => {
        if (tail.some((line) => pattern.test(line))) return resolve();
        const timer = setTimeout(() => reject(new Error(`${name}: no ${pattern} within ${timeoutMs / 1000} s; last output:\n${tail.join('\n')}`)), timeoutMs);
        waiters.push({ pattern, resolve: () => (clearTimeout(timer), resolve()) });
        void exit.then(() => {
          clearTimeout(timer);
          reject(new Error(`${name} exited before ${pattern}; last output:\n${tail.join('\n')}`));
        });
      }),
    stop: async () => {
      if (exited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exit;
      clearTimeout(timer);
    },
  };
}

export async function login(endpoint: string, email: string, password = BENCH_PASSWORD): Promise<string> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', variables: { e: email, p: password } }),
  });
  const body = (await response.json()) as { data?: { login?: { accessToken: string } }; errors?: unknown };
  const token = body.data?.login?.accessToken;
  if (!token) throw new Error(`login of ${email} failed: ${JSON.stringify(body.errors)}`);
  return token;
}

/** Polls a URL until it answers 200 (a server started as a child process is up). */
export async function waitForHttp(url: string, child: Child, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  child.process.once('exit', () => (exited = true));
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (exited || child.process.exitCode !== null) throw new Error(`${child.name} exited before ${url} answered`);
    if (Date.now() > deadline) throw new Error(`${child.name}: ${url} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Runs a benchmark's main and exits: 0 when it finished, 1 with the stack when it failed. The exit is explicit
 * because clients (ioredis, undici, pg pools of the children) may keep handles after main's own cleanup.
 */
export function runBench(name: string, main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}

