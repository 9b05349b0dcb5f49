import { createDataSource } from '../db/data-source';
import { runOnDatabaseUrl } from './database-script';

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
  runOnDatabaseUrl({ needs: 'the PostgreSQL database to migrate', failed: 'migration failed' }, migrate, (log, names) =>
    log.info({ applied: names }, names.length ? 'migrations applied' : 'database is up to date'),
  );
}
