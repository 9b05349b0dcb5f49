import { Client } from 'pg';
import { runOnDatabaseUrl } from './database-script';

/**
 * Rebuilds the company search tables from the source tables (company_search_rebuild()) and refreshes planner
 * statistics. For after a bulk import that ran with `SET pulse.search_triggers = 'off'`, or to repair the index.
 */
export async function rebuildSearch(url: string): Promise<{ companies: number; seconds: number }> {
  const client = new Client({ connectionString: url, application_name: 'pulse-search-rebuild' });
  await client.connect();
  try {
    const started = performance.now();
    await client.query(`SET statement_timeout = 0`);
    await client.query(`SET maintenance_work_mem = '256MB'`);
    const { rows } = await client.query<{ indexed: string }>(`SELECT company_search_rebuild() AS indexed`);
    await client.query(`ANALYZE company_search, company_search_keys, company_search_words`);
    return { companies: Number(rows[0]?.indexed ?? 0), seconds: (performance.now() - started) / 1000 };
  } finally {
    await client.end();
  }
}

if (require.main === module) {
  runOnDatabaseUrl({ needs: 'the PostgreSQL database whose search index to rebuild', failed: 'search rebuild failed' }, rebuildSearch, (log, result) =>
    log.info(result, 'company search rebuilt'),
  );
}
