import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { migrate } from '../src/scripts/migrate';

/** What every benchmark shares: its database on DATABASE_URL's server, percentiles, the machine line, docs/benchmarks.md. */

export const adminUrl = () => process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function databaseUrl(name: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(work: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: databaseUrl('postgres') });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

export const databaseExists = (name: string) =>
  withAdmin(async (admin) => (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount === 1);

/** Drops `name` if it exists, creates it empty and migrates it; returns its URL. */
export async function recreateDatabase(name: string): Promise<string> {
  await dropDatabase(name);
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = databaseUrl(name);
  await migrate(url);
  return url;
}

export async function dropDatabase(name: string): Promise<void> {
  await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function git(command: string): string | null {
  try {
    return execSync(`git ${command}`, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

export function machine(): string {
  const commit = git('rev-parse --short HEAD') ?? 'unknown';
  const dirty = git('status --porcelain --untracked-files=no') ? ' (+ uncommitted changes)' : '';
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpus().length} CPUs (${cpu}), ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}, commit ${commit}${dirty}`;
}

/** docs/benchmarks.md of the repository, from a bench compiled to api/dist/bench/bench/<name>/. */
export const benchmarksPath = (compiledDir: string) => join(compiledDir, '../../../../../docs/benchmarks.md');

/** Replaces the section that starts with `heading` (e.g. `## Search`) in the Markdown file, or appends it. */
export function writeSection(path: string, heading: string, section: string): void {
  let text = '# Benchmarks\n';
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    // a new file
  }
  const start = text.indexOf(`${heading}\n`);
  if (start >= 0) {
    const next = text.indexOf('\n## ', start + 1);
    text = `${text.slice(0, start)}${section.trimEnd()}\n${next >= 0 ? `\n${text.slice(next + 1)}` : ''}`;
  } else {
    text = `${text.trimEnd()}\n\n${section}`;
  }
  writeFileSync(path, text);
}
