/** Playwright global teardown: stops the servers of global-setup.ts and drops its database. */
import { createRequire } from 'node:module';
import path from 'node:path';
import { killGroups, STATE_ENV, type BrowserHarnessState } from './global-setup';

const ROOT = path.resolve(__dirname, '..', '..');

function alive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

export default async function globalTeardown(): Promise<void> {
  const raw = process.env[STATE_ENV];
  if (!raw) return; // the setup failed before creating anything
  const state = JSON.parse(raw) as BrowserHarnessState;

  // web first, then api; SIGKILL what is still there after 10 s
  killGroups([...state.pids].reverse(), 'SIGTERM');
  const deadline = Date.now() + 10_000;
  while (state.pids.some(alive) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  killGroups(state.pids.filter(alive), 'SIGKILL');

  if (process.env.PULSE_KEEP_BROWSER_DB === '1') {
    console.log(`[browser] kept database ${state.database} (PULSE_KEEP_BROWSER_DB=1)`);
  } else {
    const { Client } = createRequire(path.join(ROOT, 'api', 'package.json'))('pg') as typeof import('pg');
    const admin = new Client({ connectionString: state.adminUrl });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(state.database)} WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  }
  delete process.env[STATE_ENV];
}
