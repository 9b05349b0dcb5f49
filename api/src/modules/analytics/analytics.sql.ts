import { AnalyticsGranularity, AnalyticsGroupBy } from './analytics.types';
import type { AnalyticsScope, ResolvedFilter } from './analytics.filter';

/**
 * The SQL behind callAnalytics and taskAnalytics. Every report is one statement of the same shape:
 *
 *   source (one row per local day × user × branch) → fold days into periods and groups with
 *   GROUPING SETS ((period, group), (group), ()) → names of the groups.
 *
 * The source is either the rollups of the report's time zone (`call_daily_stats`, `task_daily_stats`, and the
 * monthly ones for whole months of a MONTH report; kept by triggers, see the 1764400000000 migration) or, for a zone not rolled up yet, the same numbers
 * aggregated from the raw tables. Both produce identical rows; the e2e tests compare them. Rollup rows whose
 * calls or tasks were all deleted or moved stay behind as zeros until the next rebuild: the source skips them.
 */

/** Counter columns of a call source row, in the order the rollup table and the raw aggregation produce them. */
export const CALL_COUNTERS = [
  'total',
  'connected',
  'talk_seconds',
  'outgoing',
  'incoming',
  'missed',
  'click_to_call',
  'from_phone',
  'cold_total',
  'cold_connected',
  'cold_talk_seconds',
] as const;

/** The raw form of the counters, over `calls c` (the rollup migration and the rebuild use the same expressions). */
const RAW_CALL_COUNTERS = `
  count(*) AS total,
  count(*) FILTER (WHERE c.outcome = 'CONNECTED') AS connected,
  coalesce(sum(c.duration_seconds) FILTER (WHERE c.outcome = 'CONNECTED'), 0) AS talk_seconds,
  count(*) FILTER (WHERE c.direction = 'OUTGOING') AS outgoing,
  count(*) FILTER (WHERE c.direction = 'INCOMING') AS incoming,
  count(*) FILTER (WHERE c.direction = 'MISSED') AS missed,
  count(*) FILTER (WHERE c.source = 'CLICK_TO_CALL') AS click_to_call,
  count(*) FILTER (WHERE c.source = 'PHONE') AS from_phone,
  count(*) FILTER (WHERE c.is_cold_call) AS cold_total,
  count(*) FILTER (WHERE c.is_cold_call AND c.outcome = 'CONNECTED') AS cold_connected,
  coalesce(sum(c.duration_seconds) FILTER (WHERE c.is_cold_call AND c.outcome = 'CONNECTED'), 0) AS cold_talk_seconds`;

export const TASK_COUNTERS = ['created', 'completed', 'completed_on_time', 'completion_seconds'] as const;

const PERIOD: Record<AnalyticsGranularity, string> = {
  [AnalyticsGranularity.DAY]: 's.day',
  [AnalyticsGranularity.WEEK]: `date_trunc('week', s.day::timestamp)::date`,
  [AnalyticsGranularity.MONTH]: `date_trunc('month', s.day::timestamp)::date`,
};

export interface Statement {
  sql: string;
  params: unknown[];
}

class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** WHERE terms for the viewer's scope and the filter's ids, on a source's user and branch columns. */
function scopeTerms(filter: ResolvedFilter, params: Params, userColumn: string, branchColumn: string): string[] {
  const terms: string[] = [];
  const scope: AnalyticsScope = filter.scope;
  if (scope.kind === 'own') terms.push(`${userColumn} = ${params.add(scope.userId)}`);
  if (scope.kind === 'branch') terms.push(`${branchColumn} = ${params.add(scope.branchId)}`);
  if (filter.userIds) terms.push(`${userColumn} = ANY(${params.add(filter.userIds)}::uuid[])`);
  if (filter.branchIds) terms.push(`${branchColumn} = ANY(${params.add(filter.branchIds)}::uuid[])`);
  return terms;
}

const and = (terms: string[]) => terms.map((term) => ` AND ${term}`).join('');

/** `[from 00:00, to + 1 day 00:00)` in the report's zone, as timestamptz bounds of a raw-table scan. */
function localBounds(filter: ResolvedFilter, params: Params, column: string): string {
  const zone = params.add(filter.timeZone);
  const from = params.add(filter.from);
  const to = params.add(filter.to);
  return `${column} >= (${from}::date)::timestamp AT TIME ZONE ${zone} AND ${column} < (${to}::date + 1)::timestamp AT TIME ZONE ${zone}`;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The whole calendar months inside [from, to]: from the first day of the first to the last day of the last. */
export function wholeMonths(from: string, to: string): { first: string; last: string } | null {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const first = Date.UTC(fy, fd === 1 ? fm - 1 : fm, 1);
  const endsMonth = new Date(Date.UTC(ty, tm, 0)).getUTCDate() === td;
  const last = endsMonth ? Date.UTC(ty, tm - 1, td) : Date.UTC(ty, tm - 1, 0);
  return last < first ? null : { first: isoDay(first), last: isoDay(last) };
}

/** Day ranges to read from the daily rollup and the month range (if any) to read from the monthly one. */
function rollupParts(filter: ResolvedFilter): { days: Array<[string, string]>; months: [string, string] | null } {
  const months = filter.granularity === AnalyticsGranularity.MONTH ? wholeMonths(filter.from, filter.to) : null;
  if (!months) return { days: [[filter.from, filter.to]], months: null };
  const days: Array<[string, string]> = [];
  const dayBefore = (day: string) => isoDay(Date.parse(`${day}T00:00:00Z`) - 86_400_000);
  const dayAfter = (day: string) => isoDay(Date.parse(`${day}T00:00:00Z`) + 86_400_000);
  if (filter.from < months.first) days.push([filter.from, dayBefore(months.first)]);
  if (months.last < filter.to) days.push([dayAfter(months.last), filter.to]);
  return { days, months: [months.first, months.last] };
}

/**
 * Rows of a rollup (`call` or `task`) for the report's range: whole months from the monthly table when the
 * report is by month, the rest from the daily table. Rows left at zero by deletes are skipped.
 */
function rollupSource(
  filter: ResolvedFilter,
  params: Params,
  spec: { prefix: 'call' | 'task'; columns: readonly string[]; branch: string; join: string; nonZero: string },
): string {
  const zone = params.add(filter.timeZone);
  const scope = and(scopeTerms(filter, params, 's.user_id', spec.branch));
  const select = (table: 'daily' | 'monthly', key: 'day' | 'month', from: string, to: string) =>
    `SELECT s.${key} AS day, s.user_id, ${spec.branch} AS branch_id, ${spec.columns.map((name) => `s.${name}`).join(', ')}
       FROM ${spec.prefix}_${table}_stats s ${spec.join}
      WHERE s.time_zone = ${zone} AND s.${key} BETWEEN ${params.add(from)}::date AND ${params.add(to)}::date AND ${spec.nonZero} ${scope}`;
  const parts = rollupParts(filter);
  const selects = parts.days.map(([from, to]) => select('daily', 'day', from, to));
  if (parts.months) selects.push(select('monthly', 'month', parts.months[0], parts.months[1]));
  return selects.join('\n UNION ALL\n');
}

function callSource(filter: ResolvedFilter, params: Params, fromRollups: boolean): string {
  if (fromRollups) {
    return rollupSource(filter, params, { prefix: 'call', columns: CALL_COUNTERS, branch: 's.branch_id', join: '', nonZero: 's.total <> 0' });
  }
  const zone = params.add(filter.timeZone);
  return `SELECT (c.started_at AT TIME ZONE ${zone})::date AS day, c.user_id, c.branch_id, ${RAW_CALL_COUNTERS}
            FROM calls c
           WHERE ${localBounds(filter, params, 'c.started_at')} ${and(scopeTerms(filter, params, 'c.user_id', 'c.branch_id'))}
           GROUP BY 1, 2, 3`;
}

function taskSource(filter: ResolvedFilter, params: Params, fromRollups: boolean): string {
  if (fromRollups) {
    return rollupSource(filter, params, {
      prefix: 'task',
      columns: TASK_COUNTERS,
      branch: 'u.branch_id',
      join: 'JOIN users u ON u.id = s.user_id',
      nonZero: '(s.created <> 0 OR s.completed <> 0)',
    });
  }
  const zone = params.add(filter.timeZone);
  // Created counts every task (cancelled ones too); completion numbers only DONE tasks.
  return `SELECT x.day, x.user_id, u.branch_id, sum(x.created) AS created, sum(x.completed) AS completed,
                 sum(x.completed_on_time) AS completed_on_time, sum(x.completion_seconds) AS completion_seconds
            FROM (
              SELECT (t.created_at AT TIME ZONE ${zone})::date AS day, t.assignee_id AS user_id,
                     1 AS created, 0 AS completed, 0 AS completed_on_time, 0::bigint AS completion_seconds
                FROM tasks t
               WHERE t.deleted_at IS NULL AND ${localBounds(filter, params, 't.created_at')}
              UNION ALL
              SELECT (t.completed_at AT TIME ZONE ${zone})::date, t.assignee_id, 0, 1,
                     (t.due_at IS NULL OR t.completed_at <= t.due_at)::int,
                     round(extract(epoch FROM t.completed_at - t.created_at))::bigint
                FROM tasks t
               WHERE t.deleted_at IS NULL AND t.status = 'DONE' AND ${localBounds(filter, params, 't.completed_at')}
            ) x JOIN users u ON u.id = x.user_id
           WHERE true ${and(scopeTerms(filter, params, 'x.user_id', 'u.branch_id'))}
           GROUP BY 1, 2, 3`;
}

/** Which parts of a report to compute: a client that selects no `rows` should not pay for group × period rows. */
export interface ReportParts {
  rows: boolean;
  periods: boolean;
  groups: boolean;
}
export const ALL_PARTS: ReportParts = { rows: true, periods: true, groups: true };

/**
 * Folds a source into (period, group) rows (level 0), per-period totals over every group (level 1, a chart's
 * series), per-group totals over the range (level 2) and the overall total (level 3).
 */
function report(filter: ResolvedFilter, source: string, counters: readonly string[], parts: ReportParts): string {
  const period = PERIOD[filter.granularity];
  const group = filter.groupBy === AnalyticsGroupBy.BRANCH ? 's.branch_id' : 's.user_id';
  const sets = [
    parts.rows ? `(${period}, ${group})` : null,
    parts.periods ? `(${period})` : null,
    parts.groups ? `(${group})` : null,
    '()',
  ].filter((set) => set !== null);
  // GROUPING() and the select list may name only expressions some grouping set holds.
  const hasPeriod = parts.rows || parts.periods;
  const hasGroup = parts.rows || parts.groups;
  const level =
    hasPeriod && hasGroup
      ? `GROUPING(${period}, ${group})`
      : hasPeriod
        ? `GROUPING(${period}) * 2 + 1`
        : hasGroup
          ? `GROUPING(${group}) + 2`
          : '3';
  const names =
    filter.groupBy === AnalyticsGroupBy.BRANCH
      ? 'LEFT JOIN branches g ON g.id = a.group_id'
      : 'LEFT JOIN users g ON g.id = a.group_id';
  const name = filter.groupBy === AnalyticsGroupBy.BRANCH ? 'g.name' : 'g.full_name';
  return `WITH s AS (${source}),
          a AS (
            SELECT ${hasPeriod ? period : 'NULL::date'} AS period, ${hasGroup ? group : 'NULL::uuid'} AS group_id, ${level} AS level,
                   ${counters.map((counter) => `sum(s.${counter})::bigint AS ${counter}`).join(', ')}
              FROM s
             GROUP BY GROUPING SETS (${sets.join(', ')})
          )
          SELECT to_char(a.period, 'YYYY-MM-DD') AS period, a.group_id, a.level, ${name} AS group_name,
                 ${counters.map((counter) => `a.${counter}`).join(', ')}
            FROM a ${names}
           ORDER BY a.level, a.period, ${name}, a.group_id`;
}

export function callReport(filter: ResolvedFilter, fromRollups: boolean, parts: ReportParts = ALL_PARTS): Statement {
  const params = new Params();
  return { sql: report(filter, callSource(filter, params, fromRollups), CALL_COUNTERS, parts), params: params.values };
}

export function taskReport(filter: ResolvedFilter, fromRollups: boolean, parts: ReportParts = ALL_PARTS): Statement {
  const params = new Params();
  return { sql: report(filter, taskSource(filter, params, fromRollups), TASK_COUNTERS, parts), params: params.values };
}

/** Open tasks past due right now, per group and overall (level 1): a snapshot, not a per-period number. */
export function overdueNow(filter: ResolvedFilter): Statement {
  const params = new Params();
  const group = filter.groupBy === AnalyticsGroupBy.BRANCH ? 'u.branch_id' : 't.assignee_id';
  const names = filter.groupBy === AnalyticsGroupBy.BRANCH ? 'LEFT JOIN branches g ON g.id = a.group_id' : 'LEFT JOIN users g ON g.id = a.group_id';
  const name = filter.groupBy === AnalyticsGroupBy.BRANCH ? 'g.name' : 'g.full_name';
  const sql = `WITH a AS (
                 SELECT ${group} AS group_id, GROUPING(${group}) AS level, count(*)::int AS overdue
                   FROM tasks t JOIN users u ON u.id = t.assignee_id
                  WHERE t.deleted_at IS NULL AND t.status IN ('NEW', 'IN_PROGRESS') AND t.due_at < now()
                        ${and(scopeTerms(filter, params, 't.assignee_id', 'u.branch_id'))}
                  GROUP BY GROUPING SETS ((${group}), ())
               )
               SELECT a.group_id, a.level, ${name} AS group_name, a.overdue FROM a ${names}`;
  return { sql, params: params.values };
}
