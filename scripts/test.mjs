#!/usr/bin/env node
// `npm test`: every check, in order, stopping at the first failure.
//
//   1. typecheck   npm run typecheck -w api
//   2. web-types   codegen must leave web/lib/gql unchanged; web typecheck
//   3. unit        api: vitest --project unit
//   4. web-unit    web: vitest (web/lib/**/*.test.ts, web/i18n/**/*.test.ts), pure logic in Node
//   5. e2e         api: vitest --project e2e (machine PostgreSQL/Redis: TEST_DATABASE_URL, TEST_REDIS_URL)
//   6. build       api and web, only if their sources changed (same logic as npm start)
//   7. browser     Playwright (tests/browser), when tests/browser/playwright.config.ts exists
//   8. start       `npm start` from an empty data folder: embedded PostgreSQL, migrate, seed, serve, Ctrl-C
//
// `node scripts/test.mjs unit e2e` runs only the named steps. The last line is `N passed, N failed`.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ensureBuilt, ensureDependencies } from './lib/build.mjs';
import { startSmoke } from './lib/start-smoke.mjs';
import { ROOT, UserError, c, fail, findFreePort, formatDuration, isCI, isPortFree, liveChildren, run, say, signalChild } from './lib/util.mjs';

const startedAt = Date.now();
const API = path.join(ROOT, 'api');
const WEB = path.join(ROOT, 'web');
const PLAYWRIGHT_CONFIG = path.join(ROOT, 'tests', 'browser', 'playwright.config.ts');

const testEnv = {
  ...process.env,
  TEST_DATABASE_URL: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  TEST_REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
};
// The test runners decide NODE_ENV themselves (vitest: 'test').
delete testEnv.NODE_ENV;

const command = (cmd, args, options = {}) => async () => {
  const result = await run(cmd, args, { env: testEnv, ...options });
  if (result.code !== 0) {
    throw new UserError(`\`${[cmd, ...args].join(' ')}\` ${result.signal ? `was killed by ${result.signal}` : `exited with code ${result.code}`}`);
  }
};

const steps = [
  { id: 'typecheck', title: 'API typecheck', run: command('npm', ['run', 'typecheck', '-w', 'api']) },
  {
    id: 'web-types',
    title: 'web types in step with schema.graphql, web typecheck',
    run: async () => {
      await command('npm', ['run', 'codegen', '-w', 'web'])();
      // Working tree against the index: what codegen just wrote differs from what would be committed.
      const drift = await run('git', ['diff', '--name-only', '--', 'web/lib/gql'], { capture: true, quiet: true });
      if (drift.output.trim()) throw new UserError('web/lib/gql is stale: run `npm run codegen` and commit the result');
      await command('npm', ['run', 'typecheck', '-w', 'web'])();
    },
  },
  { id: 'unit', title: 'API unit tests', run: command('npx', ['vitest', 'run', '--config', 'vitest.config.mts', '--project', 'unit'], { cwd: API }) },
  { id: 'web-unit', title: 'web unit tests', run: command('npx', ['vitest', 'run', '--config', 'vitest.config.mts'], { cwd: WEB }) },
  { id: 'e2e', title: 'API e2e tests (PostgreSQL + Redis)', run: command('npx', ['vitest', 'run', '--config', 'vitest.config.mts', '--project', 'e2e'], { cwd: API }) },
  {
    id: 'build',
    title: 'build api and web',
    // API_URL: the address the browser tests' api will listen on, in case the web build bakes it in.
    run: async () => {
      await chooseBrowserPorts();
      await ensureBuilt(['api', 'web'], { env: { API_URL: `http://127.0.0.1:${testEnv.PULSE_BROWSER_API_PORT}` } });
    },
  },
  {
    id: 'browser',
    title: 'browser tests (Playwright, Chromium)',
    skip: () => (existsSync(PLAYWRIGHT_CONFIG) ? null : 'no tests/browser/playwright.config.ts'),
    run: async () => {
      await chooseBrowserPorts();
      // After the build step, the global setup need not check the builds again.
      const built = results.some((r) => r.id === 'build' && r.status === 'passed');
      await command('npx', ['playwright', 'test', '-c', PLAYWRIGHT_CONFIG], { env: { ...testEnv, ...(built ? { PULSE_SKIP_BUILD: '1' } : {}) } })();
    },
  },
  {
    id: 'start',
    title: '`npm start` from an empty data folder (embedded PostgreSQL, migrate, seed, serve, Ctrl-C)',
    run: async () => {
      // The browser tests' ports: free again, and the same API_URL, so the web build is not redone.
      await chooseBrowserPorts();
      await startSmoke({ env: testEnv, webPort: Number(testEnv.PULSE_BROWSER_WEB_PORT), apiPort: Number(testEnv.PULSE_BROWSER_API_PORT) });
    },
  },
];

/** Ports of the browser tests' servers: 3100/4100 unless taken; chosen once, before the web build. */
async function chooseBrowserPorts() {
  if (testEnv.PULSE_BROWSER_WEB_PORT && testEnv.PULSE_BROWSER_API_PORT) return;
  const web = Number(process.env.PULSE_BROWSER_WEB_PORT ?? 3100);
  const api = Number(process.env.PULSE_BROWSER_API_PORT ?? 4100);
  testEnv.PULSE_BROWSER_WEB_PORT = String((await isPortFree(web)) ? web : await findFreePort(web + 1));
  let apiPort = (await isPortFree(api)) ? api : await findFreePort(api + 1);
  if (String(apiPort) === testEnv.PULSE_BROWSER_WEB_PORT) apiPort = await findFreePort(apiPort + 1);
  testEnv.PULSE_BROWSER_API_PORT = String(apiPort);
}

const results = [];
let current = null;

function summary() {
  const passed = results.filter((r) => r.status === 'passed').length;
  const failed = results.filter((r) => r.status === 'failed').length;
  process.stdout.write(`\n${c.bold('Summary')}\n`);
  for (const r of results) {
    const mark = r.status === 'passed' ? c.green('✓ passed ') : r.status === 'failed' ? c.red('✗ failed ') : c.yellow('- skipped');
    const note = r.note ? c.gray(` (${r.note})`) : '';
    const took = r.ms !== undefined ? c.gray(`  ${formatDuration(r.ms)}`) : '';
    process.stdout.write(`  ${mark}  ${r.title}${took}${note}\n`);
  }
  process.stdout.write(`Total time: ${formatDuration(Date.now() - startedAt)}\n`);
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  return failed;
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    fail(`${signal}: stopping ${current ? `"${current.title}"` : ''}`, 'test');
    for (const child of liveChildren) signalChild(child, 'SIGTERM');
  });
}

async function main() {
  const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const unknown = only.filter((id) => !steps.some((s) => s.id === id));
  if (unknown.length) throw new UserError(`unknown step(s) ${unknown.join(', ')}; steps: ${steps.map((s) => s.id).join(', ')}`);
  const selected = only.length ? steps.filter((s) => only.includes(s.id)) : steps;

  say(`${selected.length} steps${isCI ? ' (CI)' : ''}: ${selected.map((s) => s.id).join(', ')}`, 'test');
  try {
    await ensureDependencies();
  } catch (error) {
    results.push({ title: 'install dependencies', status: 'failed', note: error.message });
    return 1;
  }

  let failedOnce = false;
  for (const step of selected) {
    if (failedOnce || interrupted) {
      results.push({ title: step.title, status: 'skipped', note: interrupted ? 'interrupted' : 'an earlier step failed' });
      continue;
    }
    const reason = step.skip?.();
    if (reason) {
      say(`${step.title}: skipped (${reason})`, 'test');
      results.push({ title: step.title, status: 'skipped', note: reason });
      continue;
    }
    process.stdout.write(`\n${c.bold(c.cyan(`▶ ${step.title}`))}\n`);
    current = step;
    const t = Date.now();
    try {
      await step.run();
      if (interrupted) throw new UserError('interrupted');
      results.push({ id: step.id, title: step.title, status: 'passed', ms: Date.now() - t });
    } catch (error) {
      const message = error instanceof UserError ? error.message : (error?.stack ?? String(error));
      fail(`${step.title} failed: ${message}`, 'test');
      results.push({ id: step.id, title: step.title, status: 'failed', ms: Date.now() - t });
      failedOnce = true;
    }
    current = null;
  }
  return 0;
}

main().then(
  () => {
    const failed = summary();
    process.exit(failed > 0 || interrupted ? 1 : 0);
  },
  (error) => {
    fail(error instanceof UserError ? error.message : (error?.stack ?? String(error)), 'test');
    summary();
    process.exit(1);
  },
);
