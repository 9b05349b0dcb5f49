import { createDataSource } from '../db/data-source';
import { createLogger } from '../logger';

/** `npm run migrate -w api`: applies pending migrations to DATABASE_URL. */
export async function migrate(url: string): Promise<string[]> {
  const dataSource = createDataSource({ url, poolSize: 1, applicationName: 'pulse-migrate' });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  const log = createLogger();
  const url = process.env.DATABASE_URL;
  if (!url) {
    log.fatal('Set DATABASE_URL to the PostgreSQL database to migrate');
    process.exit(1);
  }
  migrate(url).then(
    (names) => log.info({ applied: names }, names.length ? 'migrations applied' : 'database is up to date'),
    (error: unknown) => {
      log.fatal({ err: error }, 'migration failed');
      process.exit(1);
    },
  );
}
