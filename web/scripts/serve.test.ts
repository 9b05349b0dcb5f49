import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { processCount } from './serve.mjs';

const SERVE = path.join(__dirname, 'serve.mjs');
const dir = mkdtempSync(path.join(tmpdir(), 'pulse-serve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Stands in for the standalone server.js: answers with its process id on PORT, stops on SIGTERM. */
const FAKE_SERVER = `require('node:http').createServer((req, res) => res.end(String(process.pid))).listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));`;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function answerers(port: number, requests: number): Promise<Set<string>> {
  const pids = new Set<string>();
  for (let i = 0; i < requests; i += 1) {
    // A new connection each time: the cluster primary deals connections out in turn.
    const response = await fetch(`http://127.0.0.1:${port}/`, { headers: { connection: 'close' } }).catch(() => null);
    if (response) pids.add(await response.text());
    else await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return pids;
}

describe('serve.mjs', () => {
  it('reads WEB_PROCESSES, 1 by default, and names the variable when it is wrong', () => {
    expect(processCount(undefined)).toBe(1);
    expect(processCount('')).toBe(1);
    expect(processCount('2')).toBe(2);
    for (const bad of ['0', '-1', '1.5', 'two', '33']) expect(() => processCount(bad)).toThrow(`WEB_PROCESSES=${bad}`);
  });

  it('with 2 processes, both answer on the one port, and SIGTERM stops them all', async () => {
    const server = path.join(dir, 'server.js');
    writeFileSync(server, FAKE_SERVER);
    const port = await freePort();
    // A file, not `node -e`: cluster workers inherit the primary's node flags, `-e` among them.
    const launcher = path.join(dir, 'launch.mjs');
    writeFileSync(launcher, `import { runServers } from ${JSON.stringify(SERVE)};\nrunServers({ server: ${JSON.stringify(server)}, cwd: ${JSON.stringify(dir)}, processes: 2 });\n`);
    // The test runner's own worker id would make the child take itself for a cluster worker.
    const { NODE_UNIQUE_ID: _runnerWorker, ...env } = process.env;
    const child = spawn(process.execPath, [launcher], { env: { ...env, PORT: String(port) }, stdio: 'inherit' });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const pids = await answerers(port, 40);
      expect(pids.size).toBe(2);
      expect(pids.has(String(child.pid))).toBe(false);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 20_000);
});
