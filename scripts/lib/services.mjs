// Long-running child processes (api, web) with prefixed output and an orderly stop.
import { spawn } from 'node:child_process';
import { ROOT, c, liveChildren, onLines, signalChild, sleep } from './util.mjs';

const PINO_LEVELS = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };
const LEVEL_COLOR = { trace: c.gray, debug: c.gray, info: c.green, warn: c.yellow, error: c.red, fatal: c.red };

/**
 * A pino JSON line as `12:00:01 info  api ready {"port":4000}` (+ an error's stack on the next
 * lines); anything else unchanged. PULSE_RAW_LOGS=1 prints the JSON as is.
 */
export function formatPinoLine(line) {
  if (process.env.PULSE_RAW_LOGS === '1' || !line.startsWith('{')) return line;
  let entry;
  try {
    entry = JSON.parse(line);
  } catch {
    return line;
  }
  if (typeof entry !== 'object' || entry === null || !('level' in entry)) return line;
  const { level, time, msg, pid, hostname, service, err, ...rest } = entry;
  const name = typeof level === 'number' ? (PINO_LEVELS[level] ?? String(level)) : String(level);
  const when = time ? new Date(time).toTimeString().slice(0, 8) : '';
  const extra = Object.keys(rest).length ? ` ${c.gray(JSON.stringify(rest))}` : '';
  let text = `${c.gray(when)} ${(LEVEL_COLOR[name] ?? ((s) => s))(name.padEnd(5))} ${msg ?? ''}${extra}`;
  if (err) {
    const stack = err.stack ?? `${err.type ?? 'Error'}: ${err.message ?? JSON.stringify(err)}`;
    text += `\n${String(stack).split('\n').map((l) => `    ${l}`).join('\n')}`;
  }
  return text;
}

/**
 * Starts a service in its own process group (a terminal Ctrl-C reaches only the parent, which
 * then stops services in order). Output lines are printed as `[name] line`.
 */
export function spawnService(name, command, args, { env, cwd = ROOT, color = c.cyan, format = (line) => line, onLine } = {}) {
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.__detached = true;
  liveChildren.add(child);
  const prefix = color(`[${name}]`);
  const print = (line) => {
    onLine?.(line);
    const text = format(line);
    for (const part of text.split('\n')) process.stdout.write(`${prefix} ${part}\n`);
  };
  onLines(child.stdout, print);
  onLines(child.stderr, print);
  const exited = new Promise((resolve) => {
    child.once('error', (error) => {
      print(c.red(`cannot start: ${error.message}`));
      liveChildren.delete(child);
      resolve({ code: null, signal: null, error });
    });
    child.once('exit', (code, signal) => {
      liveChildren.delete(child);
      resolve({ code, signal });
    });
  });
  let exitInfo = null;
  exited.then((info) => {
    exitInfo = info;
  });

  /** SIGTERM to the group, SIGKILL after timeoutMs; also reaps leftovers of the group. */
  async function stop({ timeoutMs = 10_000, signal = 'SIGTERM' } = {}) {
    if (!exitInfo) {
      signalChild(child, signal);
      const timedOut = await Promise.race([exited.then(() => false), sleep(timeoutMs).then(() => true)]);
      if (timedOut) {
        process.stdout.write(`${prefix} ${c.yellow(`did not stop within ${timeoutMs / 1000} s: killing it`)}\n`);
        signalChild(child, 'SIGKILL');
        await exited;
      }
    }
    // grandchildren left in the group, if any
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* none */
    }
    return exitInfo;
  }

  return { name, child, exited, stop, get exitInfo() { return exitInfo; } };
}
