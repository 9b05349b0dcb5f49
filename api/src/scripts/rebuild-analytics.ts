import 'reflect-metadata';
import { createDataSource } from '../db/data-source';
import { runOnDatabaseUrl } from './database-script';
import { maintainRollups, type RollupReport } from '../modules/analytics/analytics.rollups';

/**
 * Recomputes every analytics rollup of every time zone in use from the raw tables (idempotent), then refreshes
 * planner statistics. For after a bulk load that ran with `SET pulse.analytics_triggers = 'off'`, or to repair.
 */
export async function rebuildAnalytics(url: string): Promise<RollupReport & { seconds: number }> {
  const dataSource = createDataSource({ url, poolSize: 1, applicationName: 'pulse-analytics-rebuild' });
  await dataSource.initialize();
  try {
    const started = performance.now();
    await dataSource.query(`SET statement_timeout = 0`);
    const report = await maintainRollups(dataSource, { full: true });
    await dataSource.query(`ANALYZE call_daily_stats, task_daily_stats, call_monthly_stats, task_monthly_stats, analytics_time_zones`);
    return { ...report, seconds: (performance.now() - started) / 1000 };
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  runOnDatabaseUrl({ needs: 'the PostgreSQL database whose analytics rollups to rebuild', failed: 'analytics rebuild failed' }, rebuildAnalytics, (log, result) =>
    log.info(result, 'analytics rollups rebuilt'),
  );
}
