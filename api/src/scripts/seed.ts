import { createDataSource } from '../db/data-source';
import { createLogger } from '../logger';
import { type DemoLogin, seedDemoData, type SeedDemoResult } from '../seed/demo-seed';

/** The demo logins as a plain-text table for the terminal. */
export function formatLogins(logins: readonly DemoLogin[]): string {
  const header = ['email', 'password', 'role', 'name'];
  const rows = [header, ...logins.map((login) => [login.email, login.password, login.role, login.fullName])];
  const widths = header.map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd();
  return [line(rows[0]), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** `npm run seed -w api`: fills an empty, migrated DATABASE_URL with demo data; does nothing if users exist. */
async function main(): Promise<void> {
  const log = createLogger();
  const url = process.env.DATABASE_URL;
  if (!url) {
    log.fatal('Set DATABASE_URL to the migrated PostgreSQL database to seed');
    process.exit(1);
  }
  const companies = process.env.SEED_COMPANIES === undefined ? undefined : Number(process.env.SEED_COMPANIES);
  if (companies !== undefined && !(Number.isInteger(companies) && companies >= 0)) {
    log.fatal('SEED_COMPANIES must be a whole number of companies, e.g. 2000');
    process.exit(1);
  }
  const callDays = process.env.SEED_CALL_DAYS === undefined ? undefined : Number(process.env.SEED_CALL_DAYS);
  if (callDays !== undefined && !(Number.isInteger(callDays) && callDays >= 0 && callDays <= 730)) {
    log.fatal('SEED_CALL_DAYS must be a whole number of days of call history from 0 to 730, e.g. 60');
    process.exit(1);
  }
  const dataSource = createDataSource({ url, poolSize: 1, applicationName: 'pulse-seed' });
  await dataSource.initialize();
  let result: SeedDemoResult;
  try {
    result = await seedDemoData(dataSource, { companies, callDays, log: (message) => log.info(message) });
  } finally {
    await dataSource.destroy();
  }
  if (!result.seeded) log.info('the database already has users: nothing seeded; the logins below work unless changed');
  const note = 'More managers (e.g. o.kuznetsova@pulse.demo) sign in with the same password.';
  process.stdout.write(`\n${formatLogins(result.logins)}\n\n${note}\n`);
}

if (require.main === module) {
  // A reader that stops early (`| head`) closes the pipe. pino writes asynchronously, and an exit with a log line
  // still pending on a closed pipe makes its exit-time flush retry forever: so no crash on EPIPE, and no
  // process.exit() on success — the process ends by itself once pending writes have settled.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  main().catch((error: unknown) => {
    createLogger().fatal({ err: error }, 'seeding failed');
    process.exit(1);
  });
}
