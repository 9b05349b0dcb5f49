// The `start` step of `npm test`: `npm start` from an empty data folder — embedded PostgreSQL (the version
// newcomers get, which may differ from the machine's), migrations, demo seed, API, jobs and web — then Ctrl-C.
// The API tests run on the machine's PostgreSQL; this is what catches a migration only the embedded one refuses.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, UserError, findFreePort } from './util.mjs';

const READY_TIMEOUT_MS = 240_000;
const STOP_TIMEOUT_MS = 30_000;

export async function startSmoke({ env, webPort, apiPort }) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pulse-start-'));
  // As root, PostgreSQL runs as the `postgres` user: it must be able to reach its folder inside this one.
  chmodSync(dataDir, 0o755);
  const childEnv = {
    ...env,
    PULSE_DATA_DIR: dataDir,
    PORT: String(webPort),
    API_PORT: String(apiPort),
    PGPORT_EMBEDDED: String(await findFreePort(55432)),
    SEED_COMPANIES: '100',
  };
  delete childEnv.DATABASE_URL;
  delete childEnv.REDIS_URL;
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.mjs')], { cwd: ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  try {
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new UserError(`npm start was not ready within ${READY_TIMEOUT_MS / 1000} s`)), READY_TIMEOUT_MS);
      const onData = (chunk) => {
        output += chunk;
        process.stdout.write(chunk);
        if (/ready in /.test(output)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      exited.then(({ code, signal }) => {
        clearTimeout(timer);
        reject(new UserError(`npm start exited before it was ready (${signal ?? `code ${code}`})`));
      });
    });
    for (const [what, url, ok] of [
      ['API /readyz', `http://127.0.0.1:${apiPort}/readyz`, (status) => status === 200],
      ['web /login', `http://127.0.0.1:${webPort}/login`, (status) => status === 200],
    ]) {
      const response = await fetch(url, { redirect: 'manual' });
      if (!ok(response.status)) throw new UserError(`${what} answered ${response.status} after npm start`);
    }
    if (!/manager@pulse\.demo/.test(output)) throw new UserError('npm start printed no demo logins');
    child.kill('SIGINT');
    const stopped = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve(null), STOP_TIMEOUT_MS))]);
    if (!stopped) throw new UserError(`npm start did not stop within ${STOP_TIMEOUT_MS / 1000} s of Ctrl-C`);
    if (stopped.code !== 0) throw new UserError(`npm start exited with ${stopped.signal ?? `code ${stopped.code}`} after Ctrl-C`);
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}
