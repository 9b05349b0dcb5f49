// Small helpers shared by scripts/start.mjs, scripts/test.mjs and scripts/lib/*.mjs.
// Node built-ins only: these scripts must run before `npm ci` has finished (or when it failed).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (the folder holding the root package.json). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Local state of `npm start` (embedded PostgreSQL, AUTH_SECRET...). PULSE_DATA_DIR moves it. */
export const DATA_ROOT = process.env.PULSE_DATA_DIR ? path.resolve(process.env.PULSE_DATA_DIR) : path.join(ROOT, '.data');

export const isCI = /^(1|true|yes)$/i.test(process.env.CI ?? '');
const useColor = !isCI && !process.env.NO_COLOR && process.stdout.isTTY === true;

const paint = (code) => (text) => (useColor ? `\x1b[${code}m${text}\x1b[0m` : String(text));
export const c = {
  bold: paint('1'),
  dim: paint('2'),
  red: paint('31'),
  green: paint('32'),
  yellow: paint('33'),
  blue: paint('34'),
  magenta: paint('35'),
  cyan: paint('36'),
  gray: paint('90'),
};

/** `[start] message` on stdout. */
export function say(message, tag = 'start') {
  process.stdout.write(`${c.bold(`[${tag}]`)} ${message}\n`);
}
export function warn(message, tag = 'start') {
  process.stderr.write(`${c.yellow(`[${tag}]`)} ${c.yellow(message)}\n`);
}
export function fail(message, tag = 'start') {
  process.stderr.write(`${c.red(`[${tag}]`)} ${c.red(message)}\n`);
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function formatDuration(ms) {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  const total = Math.round(s);
  return `${Math.floor(total / 60)} min ${total % 60} s`;
}

/** Errors whose message is meant for the user as is (no stack trace). */
export class UserError extends Error {}

/** Calls onLine for each complete line of a stream; the last unterminated line on end. */
export function onLines(stream, onLine) {
  let buffer = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    buffer += chunk;
    let index;
    while ((index = buffer.indexOf('\n')) >= 0) {
      onLine(buffer.slice(0, index).replace(/\r$/, ''));
      buffer = buffer.slice(index + 1);
    }
  });
  stream.on('end', () => {
    if (buffer) onLine(buffer);
    buffer = '';
  });
}

/** Every child started through run()/spawnService() that is still alive: killed on Ctrl-C. */
export const liveChildren = new Set();

/** Sends a signal to a child's whole process group when it has one (detached), else to the child. */
export function signalChild(child, signal) {
  if (!child.pid) return;
  try {
    if (child.spawnargs && child.__detached) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    /* already gone */
  }
}

/**
 * Runs a command to completion. With `tag`, its output is printed line by line as `[tag] line`;
 * without, it inherits the terminal. Resolves { code, signal, output } (output only when captured).
 */
export function run(command, args, { cwd = ROOT, env = process.env, tag, capture = false, quiet = false, format = (line) => line } = {}) {
  return new Promise((resolve, reject) => {
    const piped = Boolean(tag) || capture;
    const child = spawn(command, args, { cwd, env, stdio: piped ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    liveChildren.add(child);
    let output = '';
    if (piped) {
      const handle = (line) => {
        if (capture) output += `${line}\n`;
        if (!quiet && tag) for (const part of format(line).split('\n')) process.stdout.write(`${c.gray(`[${tag}]`)} ${part}\n`);
      };
      onLines(child.stdout, handle);
      onLines(child.stderr, handle);
    }
    child.once('error', (error) => {
      liveChildren.delete(child);
      reject(new UserError(`cannot run ${command}: ${error.message}`));
    });
    child.once('close', (code, signal) => {
      liveChildren.delete(child);
      resolve({ code, signal, output });
    });
  });
}

/** run() that throws a UserError when the command does not exit 0. */
export async function runOrThrow(command, args, options = {}) {
  const result = await run(command, args, options);
  if (result.code !== 0) {
    const how = result.signal ? `was killed by ${result.signal}` : `exited with code ${result.code}`;
    const tail = options.capture && options.quiet ? `\n${result.output.trim().split('\n').slice(-40).join('\n')}` : '';
    throw new UserError(`\`${[command, ...args].join(' ')}\` ${how}${tail}`);
  }
  return result;
}

/** npm, with the variables that would change what it installs or how it runs removed. */
export function npmEnv(extra = {}) {
  const env = { ...process.env, ...extra };
  // NODE_ENV=production would make `npm ci` skip devDependencies (typescript, vitest...).
  if (!('NODE_ENV' in extra)) delete env.NODE_ENV;
  delete env.npm_config_omit;
  delete env.npm_config_production;
  return env;
}

/** True when nothing listens on port (checked on the IPv4 and IPv6 wildcard addresses). */
export async function isPortFree(port) {
  const tryListen = (host) =>
    new Promise((resolve) => {
      const server = net.createServer();
      server.unref();
      server.once('error', (error) => resolve(error.code === 'EADDRINUSE' || error.code === 'EACCES' ? false : null));
      server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
    });
  const v4 = await tryListen('0.0.0.0');
  if (v4 === false) return false;
  const v6 = await tryListen('::');
  if (v6 === false) return false;
  // Something listening on 127.0.0.1 only is caught by 0.0.0.0 on Linux, but check loopback too.
  const loop = await tryListen('127.0.0.1');
  return loop !== false;
}

/** The first free port in [start, start + span), or a port the OS picks. */
export async function findFreePort(start, span = 50) {
  for (let port = start; port < start + span && port < 65536; port += 1) {
    if (await isPortFree(port)) return port;
  }
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Polls url until `accept(status)` holds. Rejects after timeoutMs, or at once when `child`
 * exits (a server that died will never answer).
 */
export async function waitForHttp(url, { timeoutMs = 60_000, accept = (status) => status >= 200 && status < 400, child, name = url } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  let exited = null;
  const onExit = (code, signal) => {
    exited = signal ? `was killed by ${signal}` : `exited with code ${code}`;
  };
  if (child) {
    if (child.exitCode !== null || child.signalCode !== null) onExit(child.exitCode, child.signalCode);
    else child.once('exit', onExit);
  }
  try {
    while (Date.now() < deadline) {
      if (exited) throw new UserError(`${name} ${exited} before it answered on ${url}`);
      try {
        const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5_000) });
        await response.arrayBuffer().catch(() => undefined);
        if (accept(response.status)) return response.status;
        last = `HTTP ${response.status}`;
      } catch (error) {
        last = error?.cause?.code ?? error?.code ?? error?.message ?? String(error);
      }
      await sleep(250);
    }
    throw new UserError(`${name} did not answer on ${url} within ${formatDuration(timeoutMs)} (last: ${last})`);
  } finally {
    child?.off('exit', onExit);
  }
}

export function readJson(file, fallback = undefined) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return fallback;
  }
}

export const rel = (file) => path.relative(ROOT, file) || '.';
export const exists = (file) => existsSync(file);

/** `pg` as the API resolves it (the root package.json does not depend on it). */
export async function loadPg() {
  const { createRequire } = await import('node:module');
  const require = createRequire(path.join(ROOT, 'api', 'package.json'));
  return require('pg');
}

/** postgres://user:secret@host → postgres://user:***@host, for printing. */
export function redactUrl(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}
