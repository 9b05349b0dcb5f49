/**
 * Playwright global setup: a fresh, seeded database and the production builds of api and web.
 *
 * - builds api and web when their sources changed (scripts/lib/build.mjs; skipped with PULSE_SKIP_BUILD=1,
 *   which `npm test` sets right after its own build step);
 * - creates database pulse_browser_<timestamp> on TEST_DATABASE_URL's server
 *   (default postgres://postgres@127.0.0.1:5432/postgres), migrates it and seeds it (SEED_COMPANIES=200);
 * - starts `node api/dist/main.js` (NODE_ENV=production, in-process pub/sub: no REDIS_URL) on
 *   PULSE_BROWSER_API_PORT (4100) and the standalone web server on PULSE_BROWSER_WEB_PORT (3100);
 * - exports PULSE_WEB_URL, PULSE_API_URL and PULSE_BROWSER_DATABASE_URL to the tests.
 * Server output goes to test-results/browser-servers/{api,web}.log (printed here if they fail to start).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const LOG_DIR = path.join(ROOT, 'test-results', 'browser-servers');
const API_MAIN = path.join(ROOT, 'api', 'dist', 'main.js');
const MIGRATE = path.join(ROOT, 'api', 'dist', 'scripts', 'migrate.js');
const SEED = path.join(ROOT, 'api', 'dist', 'scripts', 'seed.js');
const WEB_DIR = path.join(ROOT, 'web', '.next', 'standalone', 'web');
const WEB_SERVER = path.join(WEB_DIR, 'server.js');

export interface BrowserHarnessState {
  adminUrl: string;
  database: string;
  databaseUrl: string;
  pids: number[];
}
export const STATE_ENV = 'PULSE_BROWSER_STATE';

function requirePg(): typeof import('pg') {
  // `pg` is a dependency of api/, not of the root package: resolve it the way the API does.
  return createRequire(path.join(ROOT, 'api', 'package.json'))('pg');
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '0.0.0.0', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

function tail(file: string, lines = 40): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no output)';
  }
}

function runNode(name: string, file: string, env: NodeJS.ProcessEnv): void {
  const log = path.join(LOG_DIR, `${name}.log`);
  const fd = openSync(log, 'w');
  const result = spawnSync(process.execPath, [file], { cwd: ROOT, env, stdio: ['ignore', fd, fd], timeout: 180_000 });
  closeSync(fd);
  if (result.status !== 0) {
    throw new Error(`${path.relative(ROOT, file)} failed (exit ${result.status ?? result.signal}):\n${tail(log)}`);
  }
}

function startServer(name: string, file: string, env: NodeJS.ProcessEnv, cwd: string): ChildProcess {
  const log = path.join(LOG_DIR, `${name}.log`);
  const fd = openSync(log, 'w');
  // Own process group: teardown kills the whole group.
  const child = spawn(process.execPath, [file], { cwd, env, detached: true, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  return child;
}

async function waitFor(name: string, url: string, child: ChildProcess, accept: (status: number) => boolean, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${name} exited (${child.exitCode ?? child.signalCode}) before answering ${url}:\n${tail(path.join(LOG_DIR, `${name}.log`))}`);
    }
    try {
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      if (accept(response.status)) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = String((error as { cause?: { code?: string } }).cause?.code ?? error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} did not answer ${url} within ${timeoutMs / 1000} s (last: ${last}):\n${tail(path.join(LOG_DIR, `${name}.log`))}`);
}

export function killGroups(pids: number[], signal: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(-pid, signal);
    } catch {
      /* gone */
    }
  }
}

export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  mkdirSync(LOG_DIR, { recursive: true });

  const webPort = Number(process.env.PULSE_BROWSER_WEB_PORT ?? 3100);
  const apiPort = Number(process.env.PULSE_BROWSER_API_PORT ?? 4100);

  if (process.env.PULSE_SKIP_BUILD !== '1') {
    const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'lib', 'build.mjs'), 'api', 'web'], {
      cwd: ROOT,
      stdio: 'inherit',
      // in case the web build bakes the API address in (next.config rewrites run at build time)
      env: { ...process.env, API_URL: `http://127.0.0.1:${apiPort}` },
    });
    if (build.status !== 0) throw new Error('building api/web failed (see above)');
  }
  for (const [file, what] of [
    [API_MAIN, 'the API build (npm run build -w api)'],
    [MIGRATE, 'the API migrate script'],
    [SEED, 'the API seed script (api/src/scripts/seed.ts)'],
    [WEB_SERVER, "the standalone web build (npm run build -w web, output: 'standalone')"],
  ] as const) {
    if (!existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: ${what}`);
  }

  for (const [port, name] of [[webPort, 'PULSE_BROWSER_WEB_PORT'], [apiPort, 'PULSE_BROWSER_API_PORT']] as const) {
    if (!(await portIsFree(port))) throw new Error(`port ${port} is in use: free it or set ${name}`);
  }

  // A fresh database on the test server.
  const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const database = `pulse_browser_${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}_${randomBytes(2).toString('hex')}`;
  const { Client } = requirePg();
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect().catch((error: Error) => {
    throw new Error(`cannot connect to TEST_DATABASE_URL (${adminUrl.replace(/:[^:@/]*@/, ':***@')}): ${error.message}`);
  });
  try {
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)}`);
  } finally {
    await admin.end();
  }
  const dbUrl = new URL(adminUrl);
  dbUrl.pathname = `/${database}`;
  const databaseUrl = dbUrl.toString();

  const state: BrowserHarnessState = { adminUrl, database, databaseUrl, pids: [] };
  process.env[STATE_ENV] = JSON.stringify(state);
  // If the runner dies before the teardown, do not leave servers behind.
  process.once('exit', () => killGroups(state.pids, 'SIGKILL'));

  const baseEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl };
  delete baseEnv.REDIS_URL;
  delete baseEnv.HOSTNAME;
  runNode('migrate', MIGRATE, baseEnv);
  // No seeded call history: the analytics spec reports its own calls and checks their exact sums.
  runNode('seed', SEED, { ...baseEnv, SEED_COMPANIES: process.env.SEED_COMPANIES ?? '200', SEED_CALL_DAYS: '0' });

  const webUrl = `http://localhost:${webPort}`;
  const apiUrl = `http://localhost:${apiPort}`;
  const api = startServer(
    'api',
    API_MAIN,
    {
      ...baseEnv,
      PORT: String(apiPort),
      HOST: '127.0.0.1',
      AUTH_SECRET: randomBytes(32).toString('hex'),
      WEB_ORIGIN: webUrl,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
      // Tests sign in often, sometimes with a wrong password on purpose.
      LOGIN_MAX_ATTEMPTS: process.env.LOGIN_MAX_ATTEMPTS ?? '1000',
      LOGIN_LOCK_SECONDS: process.env.LOGIN_LOCK_SECONDS ?? '1',
    },
    ROOT,
  );
  state.pids.push(api.pid!);
  const webEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(webPort),
    HOSTNAME: '127.0.0.1',
    API_URL: `http://127.0.0.1:${apiPort}`,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  delete webEnv.DATABASE_URL;
  delete webEnv.REDIS_URL;
  const web = startServer('web', WEB_SERVER, webEnv, WEB_DIR);
  state.pids.push(web.pid!);
  process.env[STATE_ENV] = JSON.stringify(state);

  await Promise.all([
    waitFor('api', `http://127.0.0.1:${apiPort}/readyz`, api, (status) => status === 200),
    waitFor('web', `http://127.0.0.1:${webPort}/login`, web, (status) => status < 500),
  ]);
  api.unref();
  web.unref();

  process.env.PULSE_WEB_URL = webUrl;
  process.env.PULSE_API_URL = apiUrl;
  process.env.PULSE_BROWSER_DATABASE_URL = databaseUrl;
  console.log(`[browser] api ${apiUrl} and web ${webUrl} ready on database ${database} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
