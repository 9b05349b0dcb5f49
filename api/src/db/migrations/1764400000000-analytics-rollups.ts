import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Daily rollups of calls and tasks for analytics (SPEC §5.5: 10 M calls, p95 ≤ 150 ms).
 *
 * Design. A report counts calendar days of one IANA time zone, and the day boundaries of Moscow (UTC+3) and
 * Yekaterinburg (UTC+5) differ, so a rollup by UTC day would be wrong. We keep one row per
 * (time zone, local day, user, branch) for every zone in use (`analytics_time_zones`: the users' and
 * branches' zones, plus Moscow) — two or three zones in practice, ~220,000 rows per zone for 300 users over
 * 2 years, against 10 M calls. A year for everyone sums ~110,000 narrow rows; a month per branch a few
 * hundred. The same numbers are also kept per local calendar month (`call_monthly_stats`, `task_monthly_stats`):
 * a report at MONTH granularity reads the whole months inside its range from them and only the partial edge
 * months from the daily rows. Hourly UTC buckets folded at query time were considered: with ~4 calls per
 * user-hour they barely shrink the data (millions of rows), so they do not reach the target for long ranges.
 *
 * Upkeep. Statement-level triggers with transition tables on `calls` and `tasks` add the signed difference
 * of each INSERT/UPDATE/DELETE (one grouped upsert per statement, so a batch of call results or a COPY costs
 * one upsert per touched day, not one per row) — the calls service is written elsewhere, so a trigger is the
 * contract that cannot be forgotten. `SET pulse.analytics_triggers = 'off'` skips them for bulk loads, which
 * must then call `analytics_rebuild`. `analytics_rebuild(zone, from, to)` recomputes a day range of one zone
 * from the raw tables under a SHARE lock (writers wait, readers do not): idempotent, run by month by the
 * `analytics.rollups` job and `npm run analytics:rebuild`. A zone newly in use is added with `ready_at` NULL
 * (the triggers start feeding it), built by the job, then marked ready; until then reports in that zone
 * aggregate the raw tables.
 *
 * Numbers. Talk time is the duration of CONNECTED calls. Tasks count as created on their creation day
 * (cancelled ones too) and as completed on their completion day only when DONE; on time means completed no
 * later than due, and a task without a due date cannot be late. Soft-deleted tasks count nowhere.
 */

/** Per-row call counters over a set `c` carrying a `sign` column (+1 added, −1 removed). */
const CALL_DELTAS = `
  sum(c.sign) AS total,
  coalesce(sum(c.sign) FILTER (WHERE c.outcome = 'CONNECTED'), 0) AS connected,
  coalesce(sum(c.sign * c.duration_seconds) FILTER (WHERE c.outcome = 'CONNECTED'), 0) AS talk_seconds,
  coalesce(sum(c.sign) FILTER (WHERE c.direction = 'OUTGOING'), 0) AS outgoing,
  coalesce(sum(c.sign) FILTER (WHERE c.direction = 'INCOMING'), 0) AS incoming,
  coalesce(sum(c.sign) FILTER (WHERE c.direction = 'MISSED'), 0) AS missed,
  coalesce(sum(c.sign) FILTER (WHERE c.source = 'CLICK_TO_CALL'), 0) AS click_to_call,
  coalesce(sum(c.sign) FILTER (WHERE c.source = 'PHONE'), 0) AS from_phone,
  coalesce(sum(c.sign) FILTER (WHERE c.is_cold_call), 0) AS cold_total,
  coalesce(sum(c.sign) FILTER (WHERE c.is_cold_call AND c.outcome = 'CONNECTED'), 0) AS cold_connected,
  coalesce(sum(c.sign * c.duration_seconds) FILTER (WHERE c.is_cold_call AND c.outcome = 'CONNECTED'), 0) AS cold_talk_seconds`;

const CALL_COLUMNS = 'total, connected, talk_seconds, outgoing, incoming, missed, click_to_call, from_phone, cold_total, cold_connected, cold_talk_seconds';
const TASK_COLUMNS = 'created, completed, completed_on_time, completion_seconds';
const addAll = (table: string, columns: string) =>
  columns
    .split(', ')
    .map((column) => `${column} = ${table}.${column} + EXCLUDED.${column}`)
    .join(', ');

/** Each delta lands in its local day's row and its local month's row. */
const LEVELS = [
  { table: 'daily', key: 'day', bucket: (day: string) => day },
  { table: 'monthly', key: 'month', bucket: (day: string) => `date_trunc('month', (${day})::timestamp)::date` },
];

/** Upserts the deltas of `changes (sign, <calls columns>)` into every zone's daily and monthly rows. */
const upsertCallChanges = (changes: string) =>
  LEVELS.map(
    ({ table, key, bucket }) => `
  WITH c AS (${changes})
  INSERT INTO call_${table}_stats AS s (time_zone, ${key}, user_id, branch_id, ${CALL_COLUMNS})
  SELECT z.time_zone, ${bucket('(c.started_at AT TIME ZONE z.time_zone)::date')}, c.user_id, c.branch_id, ${CALL_DELTAS}
    FROM c CROSS JOIN analytics_time_zones z
   GROUP BY 1, 2, 3, 4
   ORDER BY 1, 3, 2, 4
  ON CONFLICT (time_zone, user_id, ${key}, branch_id) DO UPDATE SET ${addAll('s', CALL_COLUMNS)}`,
  ).join(';\n');

/** A task's contributions: +created on its creation day, +completed (and on time, seconds) on its completion day. */
const TASK_CONTRIBUTIONS = (zone: string) => `
  SELECT (c.created_at AT TIME ZONE ${zone})::date AS day, c.assignee_id AS user_id,
         c.sign AS created, 0 AS completed, 0 AS completed_on_time, 0::bigint AS completion_seconds
    FROM c WHERE c.deleted_at IS NULL
  UNION ALL
  SELECT (c.completed_at AT TIME ZONE ${zone})::date, c.assignee_id, 0, c.sign,
         c.sign * (c.due_at IS NULL OR c.completed_at <= c.due_at)::int,
         c.sign * round(extract(epoch FROM c.completed_at - c.created_at))::bigint
    FROM c WHERE c.deleted_at IS NULL AND c.status = 'DONE' AND c.completed_at IS NOT NULL`;

const upsertTaskChanges = (changes: string) =>
  LEVELS.map(
    ({ table, key, bucket }) => `
  WITH c AS (${changes})
  INSERT INTO task_${table}_stats AS s (time_zone, ${key}, user_id, ${TASK_COLUMNS})
  SELECT z.time_zone, ${bucket('x.day')}, x.user_id, sum(x.created), sum(x.completed), sum(x.completed_on_time), sum(x.completion_seconds)
    FROM analytics_time_zones z CROSS JOIN LATERAL (${TASK_CONTRIBUTIONS('z.time_zone')}) x
   GROUP BY 1, 2, 3
   ORDER BY 1, 3, 2
  ON CONFLICT (time_zone, user_id, ${key}) DO UPDATE SET ${addAll('s', TASK_COLUMNS)}`,
  ).join(';\n');

const CALL_KEY = 'user_id, branch_id, direction, outcome, source, started_at, duration_seconds, is_cold_call';
const TASK_KEY = `assignee_id, created_at, completed_at, status = 'DONE', due_at, deleted_at IS NULL`;
const tuple = (alias: string, key: string) => `(${key.split(', ').map((part) => `${alias}.${part}`).join(', ')})`;

/** Trigger bodies: the signed rows a statement changed (UPDATE: only rows whose counted columns changed). */
const changesOf = (op: 'INSERT' | 'UPDATE' | 'DELETE', key: string) => {
  if (op === 'INSERT') return `SELECT 1 AS sign, n.* FROM new_rows n`;
  if (op === 'DELETE') return `SELECT -1 AS sign, o.* FROM old_rows o`;
  const changed = `${tuple('o', key)} IS DISTINCT FROM ${tuple('n', key)}`;
  return `SELECT -1 AS sign, o.* FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE ${changed}
          UNION ALL
          SELECT 1 AS sign, n.* FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE ${changed}`;
};

function triggerFunction(name: string, upsert: (changes: string) => string, key: string): string {
  return `
    CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF current_setting('pulse.analytics_triggers', true) = 'off' THEN RETURN NULL; END IF;
      IF TG_OP = 'INSERT' THEN ${upsert(changesOf('INSERT', key))};
      ELSIF TG_OP = 'UPDATE' THEN ${upsert(changesOf('UPDATE', key))};
      ELSE ${upsert(changesOf('DELETE', key))};
      END IF;
      RETURN NULL;
    END $$`;
}

export class AnalyticsRollups1764400000000 implements MigrationInterface {
  name = 'AnalyticsRollups1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE analytics_time_zones (
        time_zone varchar(64) PRIMARY KEY,
        ready_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`COMMENT ON COLUMN analytics_time_zones.ready_at IS 'NULL until the first full build: reports read raw tables meanwhile'`);

    // Counter updates touch no indexed column: room on the page keeps them HOT.
    await q.query(`
      CREATE TABLE call_daily_stats (
        time_zone varchar(64) NOT NULL,
        day date NOT NULL,
        user_id uuid NOT NULL,
        branch_id uuid,
        total integer NOT NULL,
        connected integer NOT NULL,
        talk_seconds bigint NOT NULL,
        outgoing integer NOT NULL,
        incoming integer NOT NULL,
        missed integer NOT NULL,
        click_to_call integer NOT NULL,
        from_phone integer NOT NULL,
        cold_total integer NOT NULL,
        cold_connected integer NOT NULL,
        cold_talk_seconds bigint NOT NULL
      ) WITH (fillfactor = 80)`);
    await q.query(`CREATE UNIQUE INDEX call_daily_stats_key ON call_daily_stats (time_zone, user_id, day, branch_id) NULLS NOT DISTINCT`);
    await q.query(`CREATE INDEX call_daily_stats_branch_idx ON call_daily_stats (time_zone, branch_id, day)`);
    await q.query(`CREATE INDEX call_daily_stats_day_idx ON call_daily_stats (time_zone, day)`);

    await q.query(`
      CREATE TABLE task_daily_stats (
        time_zone varchar(64) NOT NULL,
        day date NOT NULL,
        user_id uuid NOT NULL,
        created integer NOT NULL,
        completed integer NOT NULL,
        completed_on_time integer NOT NULL,
        completion_seconds bigint NOT NULL,
        PRIMARY KEY (time_zone, user_id, day)
      ) WITH (fillfactor = 80)`);
    await q.query(`CREATE INDEX task_daily_stats_day_idx ON task_daily_stats (time_zone, day)`);

    // The same numbers by local calendar month: a year at MONTH granularity reads ~12 rows per user instead of ~365.
    await q.query(`CREATE TABLE call_monthly_stats (LIKE call_daily_stats) WITH (fillfactor = 80)`);
    await q.query(`ALTER TABLE call_monthly_stats RENAME COLUMN day TO month`);
    await q.query(`CREATE UNIQUE INDEX call_monthly_stats_key ON call_monthly_stats (time_zone, user_id, month, branch_id) NULLS NOT DISTINCT`);
    await q.query(`CREATE INDEX call_monthly_stats_month_idx ON call_monthly_stats (time_zone, month)`);
    await q.query(`CREATE TABLE task_monthly_stats (LIKE task_daily_stats) WITH (fillfactor = 80)`);
    await q.query(`ALTER TABLE task_monthly_stats RENAME COLUMN day TO month`);
    await q.query(`ALTER TABLE task_monthly_stats ADD PRIMARY KEY (time_zone, user_id, month)`);
    await q.query(`CREATE INDEX task_monthly_stats_month_idx ON task_monthly_stats (time_zone, month)`);

    // Range scans of the raw fallback and of the rebuild.
    await q.query(`CREATE INDEX calls_started_idx ON calls (started_at)`);

    await q.query(triggerFunction('analytics_calls_changed', upsertCallChanges, CALL_KEY));
    await q.query(triggerFunction('analytics_tasks_changed', upsertTaskChanges, TASK_KEY));
    for (const [table, fn] of [
      ['calls', 'analytics_calls_changed'],
      ['tasks', 'analytics_tasks_changed'],
    ]) {
      await q.query(`CREATE TRIGGER ${table}_analytics_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      await q.query(
        `CREATE TRIGGER ${table}_analytics_update AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
      );
      await q.query(`CREATE TRIGGER ${table}_analytics_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
    }

    await q.query(`
      CREATE FUNCTION analytics_rebuild(zone text, from_day date, to_day date) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        lower_bound timestamptz := from_day::timestamp AT TIME ZONE zone;
        upper_bound timestamptz := (to_day + 1)::timestamp AT TIME ZONE zone;
        first_month date := date_trunc('month', from_day::timestamp)::date;
        last_month date := date_trunc('month', to_day::timestamp)::date;
      BEGIN
        -- Writers wait until this transaction ends, so no trigger delta falls between the DELETE and the INSERT.
        LOCK TABLE calls, tasks IN SHARE MODE;
        DELETE FROM call_daily_stats WHERE time_zone = zone AND day BETWEEN from_day AND to_day;
        INSERT INTO call_daily_stats (time_zone, day, user_id, branch_id, ${CALL_COLUMNS})
        SELECT zone, (c.started_at AT TIME ZONE zone)::date, c.user_id, c.branch_id, ${CALL_DELTAS}
          FROM (SELECT 1 AS sign, calls.* FROM calls WHERE started_at >= lower_bound AND started_at < upper_bound) c
         GROUP BY 2, 3, 4;
        DELETE FROM task_daily_stats WHERE time_zone = zone AND day BETWEEN from_day AND to_day;
        INSERT INTO task_daily_stats (time_zone, day, user_id, ${TASK_COLUMNS})
        SELECT zone, x.day, x.user_id, sum(x.created), sum(x.completed), sum(x.completed_on_time), sum(x.completion_seconds)
          FROM (
            WITH c AS (
              SELECT 1 AS sign, tasks.* FROM tasks
               WHERE (created_at >= lower_bound AND created_at < upper_bound) OR (completed_at >= lower_bound AND completed_at < upper_bound)
            )
            ${TASK_CONTRIBUTIONS('zone')}
          ) x
         WHERE x.day BETWEEN from_day AND to_day
         GROUP BY 2, 3;
        -- Months touched: recounted from the daily rows (exact outside the range too, the triggers kept them).
        DELETE FROM call_monthly_stats WHERE time_zone = zone AND month BETWEEN first_month AND last_month;
        INSERT INTO call_monthly_stats (time_zone, month, user_id, branch_id, ${CALL_COLUMNS})
        SELECT zone, date_trunc('month', day::timestamp)::date, user_id, branch_id, ${CALL_COLUMNS.split(', ').map((column) => `sum(${column})`).join(', ')}
          FROM call_daily_stats WHERE time_zone = zone AND day >= first_month AND day < last_month + interval '1 month'
         GROUP BY 2, 3, 4;
        DELETE FROM task_monthly_stats WHERE time_zone = zone AND month BETWEEN first_month AND last_month;
        INSERT INTO task_monthly_stats (time_zone, month, user_id, ${TASK_COLUMNS})
        SELECT zone, date_trunc('month', day::timestamp)::date, user_id, ${TASK_COLUMNS.split(', ').map((column) => `sum(${column})`).join(', ')}
          FROM task_daily_stats WHERE time_zone = zone AND day >= first_month AND day < last_month + interval '1 month'
         GROUP BY 2, 3;
      END $$`);

    // The zones reports are asked in most: every user's and branch's, and Moscow. Zones PostgreSQL does not know
    // are left out (the triggers would fail on them); reports in them use the raw tables.
    await q.query(`
      CREATE FUNCTION analytics_sync_time_zones() RETURNS void LANGUAGE sql AS $$
        INSERT INTO analytics_time_zones (time_zone)
        SELECT z.time_zone FROM (
          SELECT time_zone FROM users WHERE deleted_at IS NULL
          UNION SELECT time_zone FROM branches WHERE deleted_at IS NULL
          UNION SELECT 'Europe/Moscow'
        ) z
        WHERE z.time_zone IN (SELECT name FROM pg_timezone_names)
        ON CONFLICT (time_zone) DO NOTHING
      $$`);

    // Existing rows (the call log is new, tasks may exist): build every zone in use now, in one pass per zone.
    await q.query(`SELECT analytics_sync_time_zones()`);
    await q.query(`
      SELECT analytics_rebuild(z.time_zone, r.first_day, r.last_day)
        FROM analytics_time_zones z
       CROSS JOIN (SELECT (least((SELECT min(created_at) FROM tasks), (SELECT min(started_at) FROM calls), now()) - interval '1 day')::date AS first_day,
                          (greatest((SELECT max(completed_at) FROM tasks), (SELECT max(created_at) FROM tasks), (SELECT max(started_at) FROM calls), now())
                            + interval '1 day')::date AS last_day) r`);
    await q.query(`UPDATE analytics_time_zones SET ready_at = now()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['calls', 'tasks']) {
      for (const op of ['insert', 'update', 'delete']) await q.query(`DROP TRIGGER IF EXISTS ${table}_analytics_${op} ON ${table}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS analytics_calls_changed()`);
    await q.query(`DROP FUNCTION IF EXISTS analytics_tasks_changed()`);
    await q.query(`DROP FUNCTION IF EXISTS analytics_rebuild(text, date, date)`);
    await q.query(`DROP FUNCTION IF EXISTS analytics_sync_time_zones()`);
    await q.query(`DROP INDEX IF EXISTS calls_started_idx`);
    await q.query(`DROP TABLE IF EXISTS task_monthly_stats`);
    await q.query(`DROP TABLE IF EXISTS call_monthly_stats`);
    await q.query(`DROP TABLE IF EXISTS task_daily_stats`);
    await q.query(`DROP TABLE IF EXISTS call_daily_stats`);
    await q.query(`DROP TABLE IF EXISTS analytics_time_zones`);
  }
}
