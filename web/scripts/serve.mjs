// Runs the standalone Next.js server (PORT, HOSTNAME, API_URL from the environment) after making sure the
// static assets sit beside it. WEB_PROCESSES=N (default 1) runs N server processes on the one port with
// node:cluster: the primary accepts connections and hands them to the processes in turn, so server rendering
// uses N cores. Stop with SIGINT/SIGTERM; if one process dies the others are stopped and the exit code is 1.
import { spawn } from 'node:child_process';
import cluster from 'node:cluster';
import { pathToFileURL } from 'node:url';
import { prepareStandalone, standaloneDir, standaloneServer } from './prepare-standalone.mjs';

const MAX_PROCESSES = 32;
const STOP_TIMEOUT_MS = 15_000;

/** WEB_PROCESSES as a count; anything but a whole number from 1 to 32 is an error that names the variable. */
export function processCount(value) {
  if (value === undefined || value === '') return 1;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > MAX_PROCESSES) {
    throw new Error(`WEB_PROCESSES=${value} must be a whole number from 1 to ${MAX_PROCESSES} (server processes on the one port)`);
  }
  return count;
}

/** One server process, as a plain child (no cluster). */
function runSingle({ server, cwd, env }) {
  const child = spawn(process.execPath, [server], { cwd, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

/** `processes` copies of `server` sharing one listening port through node:cluster. */
export function runServers({ server, cwd, processes, env = process.env }) {
  if (processes === 1) return runSingle({ server, cwd, env });
  let stopping = false;
  let exitCode = 0;
  const stop = (signal, code) => {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    setTimeout(() => process.exit(exitCode || 1), STOP_TIMEOUT_MS).unref();
  };
  cluster.setupPrimary({ exec: server, cwd, silent: false });
  for (let index = 0; index < processes; index += 1) cluster.fork(env);
  cluster.on('exit', (worker, code, signal) => {
    if (!stopping) {
      process.stderr.write(`web server process ${worker.process.pid} exited (${signal ?? `code ${code}`}); stopping the others\n`);
      stop('SIGTERM', 1);
    }
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(exitCode);
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(signal, 0));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  let processes;
  try {
    processes = processCount(process.env.WEB_PROCESSES);
    prepareStandalone();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  runServers({ server: standaloneServer, cwd: standaloneDir, processes, env: { ...process.env, PORT: process.env.PORT ?? '3000' } });
}
