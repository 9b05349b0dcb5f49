import { type JobContext, defineJob } from '../../jobs/jobs';
import { occurrencesBetween } from './task-series';

export const TASK_SERIES_JOB = 'tasks.expand-series';

/** Occurrences are created this far ahead, so "next 7 days" lists and reminders see them in time. */
export const SERIES_HORIZON_DAYS = 7;
/** At most this many open future occurrences per series: an hourly rule does not fill the week with tasks. */
export const SERIES_MAX_AHEAD = 10;
/** Occurrences missed while no worker ran are made up for this far back, not from the series' start. */
export const SERIES_CATCH_UP_HOURS = 24;
const BATCH = 500;

export interface SeriesJobData {
  /** ISO time the run pretends to be at; the schedule sends `{}`. */
  now?: string;
}

interface SeriesRow {
  id: string;
  rrule: string;
  due_at: Date;
  time_zone: string;
  last_due: Date | null;
  ahead: number;
}

/**
 * Expands recurring tasks: each occurrence is a task of its own (series_id = the recurring task, which is
 * itself the first occurrence). The unique (series_id, due_at) index makes a re-run, or two workers at once,
 * create nothing twice; a deleted occurrence stays deleted because its row still holds the slot.
 */
export const taskSeriesJob = defineJob<SeriesJobData>({
  name: TASK_SERIES_JOB,
  every: '15 minutes',
  async run(data, { dataSource }: JobContext) {
    const now = data.now ? new Date(data.now) : new Date();
    const until = new Date(now.getTime() + SERIES_HORIZON_DAYS * 86_400_000);
    const catchUpFrom = new Date(now.getTime() - SERIES_CATCH_UP_HOURS * 3_600_000);
    let lastId = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const series: SeriesRow[] = await dataSource.query(
        `SELECT t.id, t.rrule, t.due_at, u.time_zone,
                (SELECT max(o.due_at) FROM tasks o WHERE o.series_id = t.id) AS last_due,
                (SELECT count(*)::int FROM tasks o
                  WHERE o.series_id = t.id AND o.due_at > $2 AND o.deleted_at IS NULL AND o.status IN ('NEW', 'IN_PROGRESS')) AS ahead
           FROM tasks t JOIN users u ON u.id = t.assignee_id
          WHERE t.rrule IS NOT NULL AND t.series_id IS NULL AND t.deleted_at IS NULL AND t.status <> 'CANCELLED'
            AND t.due_at IS NOT NULL AND t.id > $1
          ORDER BY t.id
          LIMIT ${BATCH}`,
        [lastId, now.toISOString()],
      );
      for (const row of series) await expandOne(dataSource, row, { catchUpFrom, until });
      if (series.length < BATCH) return;
      lastId = series[series.length - 1]!.id;
    }
  },
});

async function expandOne(
  dataSource: JobContext['dataSource'],
  row: SeriesRow,
  window: { catchUpFrom: Date; until: Date },
): Promise<void> {
  const latest = new Date(Math.max(new Date(row.last_due ?? row.due_at).getTime(), new Date(row.due_at).getTime()));
  const after = latest > window.catchUpFrom ? latest : window.catchUpFrom;
  const dueTimes = occurrencesBetween({
    rrule: row.rrule,
    firstDueAt: new Date(row.due_at),
    timeZone: row.time_zone,
    after,
    until: window.until,
    limit: SERIES_MAX_AHEAD - row.ahead,
  });
  if (dueTimes.length === 0) return;
  await dataSource.query(
    `INSERT INTO tasks (title, description, type_id, status, is_urgent, due_at, assignee_id, creator_id, company_id, contact_id, series_id)
     SELECT t.title, t.description, t.type_id, 'NEW', t.is_urgent, d.due_at, t.assignee_id, t.creator_id, t.company_id, t.contact_id, t.id
       FROM tasks t CROSS JOIN unnest($2::timestamptz[]) AS d(due_at)
      WHERE t.id = $1
     ON CONFLICT (series_id, due_at) WHERE series_id IS NOT NULL DO NOTHING`,
    [row.id, dueTimes.map((due) => due.toISOString())],
  );
}

export const taskJobs = [taskSeriesJob];
