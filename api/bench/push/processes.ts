import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { startChild, waitForHttp } from '../lib';

/** An API process started from the production build (api/dist/main.js) for the bench. */
export interface ApiProcess {
  name: string;
  pid: number;
  url: string;
  wsUrl: string;
  stop(): Promise<void>;
}

/** A port the kernel just handed out and released: good enough for processes started right after. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `node <mainJs>` with exactly `env` (plus PATH and HOME, so nothing of the bench's own environment leaks
 * into the API) on a free port, and resolves once `/readyz` answers 200.
 */
export async function startApi(name: string, mainJs: string, env: Record<string, string>): Promise<ApiProcess> {
  const port = await freePort();
  const child = startChild(name, process.execPath, [mainJs], { PATH: process.env.PATH, HOME: process.env.HOME, ...env, HOST: '127.0.0.1', PORT: String(port) });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${url}/readyz`, child);
  } catch (error) {
    await child.stop();
    throw error;
  }
  return { name, pid: child.process.pid!, url, wsUrl: `ws://127.0.0.1:${port}/graphql`, stop: child.stop };
}

const clockTicks = (() => {
  try {
    return Number(execSync('getconf CLK_TCK', { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** User + system CPU time the process has used so far, in seconds (fields 14 and 15 of /proc/<pid>/stat). */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) is in parentheses and may contain spaces: count fields after its closing one.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / clockTicks;
}

export interface Memory {
  rssMb: number;
  pssMb: number;
}

/** Resident and proportional set size from /proc/<pid>/smaps_rollup (PSS shares the pages of shared libraries fairly). */
export function memoryOf(pid: number): Memory {
  const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
  const kb = (label: string) => Number(new RegExp(`^${label}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1] ?? Number.NaN);
  return { rssMb: kb('Rss') / 1024, pssMb: kb('Pss') / 1024 };
}

/** Samples a process's CPU over a window: share of one core, so 100 % is a whole core. */
export function cpuWindow(pid: number): { stop(): { seconds: number; cpuSeconds: number; percentOfCore: number } } {
  const startedAt = performance.now();
  const startCpu = cpuSeconds(pid);
  return {
    stop: () => {
      const seconds = (performance.now() - startedAt) / 1000;
      const used = cpuSeconds(pid) - startCpu;
      return { seconds, cpuSeconds: used, percentOfCore: (100 * used) / seconds };
    },
  };
}
