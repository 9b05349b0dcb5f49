import { defineJob } from '../../jobs/jobs';

export const AUDIT_PARTITIONS_JOB = 'audit.partitions';
export const AUDIT_PARTITIONS_AHEAD = 3;

/** Monthly partitions `audit_events_YYYY_MM` that lie wholly before the retention horizon. */
export function partitionsToDrop(names: string[], now: Date, retentionMonths: number): string[] {
  const horizon = now.getUTCFullYear() * 12 + now.getUTCMonth() - retentionMonths;
  return names.filter((name) => {
    const match = /^audit_events_(\d{4})_(\d{2})$/.exec(name);
    return match !== null && Number(match[1]) * 12 + Number(match[2]) - 1 < horizon;
  });
}

/** Creates the coming months' audit partitions and drops those older than AUDIT_RETENTION_MONTHS (a DROP, not a DELETE). */
export const auditPartitionsJob = defineJob<{ now?: string }>({
  name: AUDIT_PARTITIONS_JOB,
  every: '1 day',
  async run(data, { dataSource, config, logger }) {
    await dataSource.query('SELECT audit_ensure_partitions($1)', [AUDIT_PARTITIONS_AHEAD]);
    const partitions: Array<{ name: string }> = await dataSource.query(
      `SELECT c.relname AS name FROM pg_inherits i
         JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent
        WHERE p.relname = 'audit_events'`,
    );
    const now = data.now ? new Date(data.now) : new Date();
    for (const name of partitionsToDrop(partitions.map((row) => row.name), now, config.AUDIT_RETENTION_MONTHS)) {
      await dataSource.query(`DROP TABLE IF EXISTS "${name}"`);
      logger.info({ partition: name }, 'audit partition dropped by retention');
    }
  },
});

export const auditJobs = [auditPartitionsJob];
