import type { DataSource } from 'typeorm';
import { defineJob } from '../../jobs/jobs';

/**
 * Upkeep of the daily rollups (see the 1764400000000 migration for the design). The triggers keep them
 * exact; this is the safety net and the way in for new time zones and bulk loads:
 * - zones newly in use (a user or branch moved to another zone) are added, built in full and marked ready;
 * - the hourly job recomputes yesterday and today of every ready zone (cheap, and repairs anything a write
 *   with the triggers off left behind recently);
 * - a full rebuild (`npm run analytics:rebuild`, or the job with `{ full: true }`) recomputes everything.
 * Every step is `analytics_rebuild(zone, from, to)` over at most a month, each in its own transaction, so
 * writers wait at most for one month's recount. Running any of it twice changes nothing.
 */
export const ANALYTICS_ROLLUPS_JOB = 'analytics.rollups';
const RECENT_DAYS = 2;

type Db = Pick<DataSource, 'query'>;

export interface RollupReport {
  zonesBuilt: string[];
  zonesRefreshed: string[];
  chunks: number;
}

/** Calendar-month chunks of [from, to] (local dates), as inclusive day ranges. */
async function monthChunks(db: Db, from: string, to: string): Promise<Array<{ from: string; to: string }>> {
  return db.query(
    `SELECT to_char(greatest(m, $1::date), 'YYYY-MM-DD') AS "from",
            to_char(least((m + interval '1 month' - interval '1 day')::date, $2::date), 'YYYY-MM-DD') AS "to"
       FROM generate_series(date_trunc('month', $1::date), $2::date, interval '1 month') AS m
      ORDER BY m`,
    [from, to],
  );
}

/** Local days of `zone` from the first to the last call or task (and today), with a day's margin each side. */
async function dataRange(db: Db, zone: string): Promise<{ from: string; to: string }> {
  const [row] = await db.query(
    `WITH bounds AS (
       SELECT least((SELECT min(started_at) FROM calls), (SELECT min(created_at) FROM tasks), now()) AS lo,
              greatest((SELECT max(started_at) FROM calls), (SELECT max(created_at) FROM tasks), (SELECT max(completed_at) FROM tasks), now()) AS hi
     )
     SELECT to_char((lo AT TIME ZONE $1)::date - 1, 'YYYY-MM-DD') AS "from", to_char((hi AT TIME ZONE $1)::date + 1, 'YYYY-MM-DD') AS "to" FROM bounds`,
    [zone],
  );
  return row;
}

export async function rebuildZone(db: Db, zone: string, range?: { from: string; to: string }): Promise<number> {
  const { from, to } = range ?? (await dataRange(db, zone));
  const chunks = await monthChunks(db, from, to);
  for (const chunk of chunks) await db.query(`SELECT analytics_rebuild($1, $2::date, $3::date)`, [zone, chunk.from, chunk.to]);
  return chunks.length;
}

export async function maintainRollups(db: Db, options: { full?: boolean } = {}): Promise<RollupReport> {
  await db.query(`SELECT analytics_sync_time_zones()`);
  const zones: Array<{ time_zone: string; ready: boolean }> = await db.query(
    `SELECT time_zone, ready_at IS NOT NULL AS ready FROM analytics_time_zones ORDER BY time_zone`,
  );
  const report: RollupReport = { zonesBuilt: [], zonesRefreshed: [], chunks: 0 };
  for (const { time_zone: zone, ready } of zones) {
    if (!ready || options.full) {
      report.chunks += await rebuildZone(db, zone);
      await db.query(`UPDATE analytics_time_zones SET ready_at = now() WHERE time_zone = $1`, [zone]);
      report.zonesBuilt.push(zone);
    } else {
      const [recent] = await db.query(
        `SELECT to_char((now() AT TIME ZONE $1)::date - $2::int + 1, 'YYYY-MM-DD') AS "from", to_char((now() AT TIME ZONE $1)::date, 'YYYY-MM-DD') AS "to"`,
        [zone, RECENT_DAYS],
      );
      report.chunks += await rebuildZone(db, zone, recent);
      report.zonesRefreshed.push(zone);
    }
  }
  return report;
}

export const analyticsRollupsJob = defineJob<{ full?: boolean }>({
  name: ANALYTICS_ROLLUPS_JOB,
  every: '1 hour',
  async run(data, { dataSource, logger }) {
    const report = await maintainRollups(dataSource, { full: data?.full });
    logger.info(report, 'analytics rollups maintained');
  },
});

export const analyticsJobs = [analyticsRollupsJob];
