import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../common/context';
import { actorOf, requireUser } from '../../common/context';
import { ALL_PARTS, CALL_COUNTERS, type ReportParts, TASK_COUNTERS, callReport, overdueNow, taskReport } from './analytics.sql';
import { type ResolvedFilter, resolveFilter } from './analytics.filter';
import type { AnalyticsFilter, CallAnalytics, CallStats, TaskAnalytics, TaskStats } from './analytics.types';

type SqlRow = Record<string, string | number | null> & { period: string | null; group_id: string | null; level: number; group_name: string | null };

const LEVEL_ROW = 0;
const LEVEL_PERIOD = 1;
const LEVEL_GROUP = 2;
const LEVEL_TOTAL = 3;

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

function numbers<K extends string>(row: SqlRow, counters: readonly K[]): Record<K, number> {
  return Object.fromEntries(counters.map((counter) => [counter, Number(row[counter] ?? 0)])) as Record<K, number>;
}

function callStats(row: SqlRow): CallStats {
  const n = numbers(row, CALL_COUNTERS);
  return {
    period: row.level === LEVEL_ROW || row.level === LEVEL_PERIOD ? row.period : null,
    groupId: row.level === LEVEL_ROW || row.level === LEVEL_GROUP ? row.group_id : null,
    groupName: row.level === LEVEL_ROW || row.level === LEVEL_GROUP ? row.group_name : null,
    total: n.total,
    connected: n.connected,
    connectRate: ratio(n.connected, n.total),
    talkSeconds: n.talk_seconds,
    averageTalkSeconds: ratio(n.talk_seconds, n.connected),
    outgoing: n.outgoing,
    incoming: n.incoming,
    missed: n.missed,
    clickToCall: n.click_to_call,
    fromPhone: n.from_phone,
    coldTotal: n.cold_total,
    coldConnected: n.cold_connected,
    coldTalkSeconds: n.cold_talk_seconds,
  };
}

function taskStats(row: SqlRow | null, overdue: number | null, group: { id: string | null; name: string | null } | null): TaskStats {
  const n = row ? numbers(row, TASK_COUNTERS) : { created: 0, completed: 0, completed_on_time: 0, completion_seconds: 0 };
  return {
    period: row && (row.level === LEVEL_ROW || row.level === LEVEL_PERIOD) ? row.period : null,
    groupId: group?.id ?? null,
    groupName: group?.name ?? null,
    created: n.created,
    completed: n.completed,
    completedOnTime: n.completed_on_time,
    onTimeRate: ratio(n.completed_on_time, n.completed),
    averageCompletionSeconds: ratio(n.completion_seconds, n.completed),
    overdueNow: overdue,
  };
}

const byName = (a: { groupName: string | null; groupId: string | null }, b: { groupName: string | null; groupId: string | null }) =>
  (a.groupName ?? '\uffff').localeCompare(b.groupName ?? '\uffff', 'ru') || (a.groupId ?? '').localeCompare(b.groupId ?? '');

/**
 * Call and task analytics per manager or branch per day/week/month, in SQL over the daily rollups of the
 * report's time zone (raw tables when that zone is not rolled up yet). See analytics.sql.ts.
 */
export class AnalyticsService {
  constructor(private readonly dataSource: DataSource) {}

  async resolve(ctx: RequestContext, filter: AnalyticsFilter): Promise<ResolvedFilter> {
    const user = requireUser(ctx);
    return resolveFilter(filter, { ...actorOf(user), timeZone: user.timeZone }, async (userIds, branchId) => {
      const rows: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM users WHERE id = ANY($1::uuid[]) AND branch_id = $2`, [userIds, branchId]);
      return rows.map((row) => row.id);
    });
  }

  /** Whether the zone's rollups are complete (built, and kept by the triggers since). */
  async hasRollups(timeZone: string): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM analytics_time_zones WHERE time_zone = $1 AND ready_at IS NOT NULL`, [timeZone]);
    return rows.length > 0;
  }

  async calls(ctx: RequestContext, input: AnalyticsFilter, parts: ReportParts = ALL_PARTS): Promise<CallAnalytics> {
    return this.callsOf(await this.resolve(ctx, input), parts);
  }

  async callsOf(filter: ResolvedFilter, parts: ReportParts = ALL_PARTS): Promise<CallAnalytics> {
    const fromRollups = await this.hasRollups(filter.timeZone);
    const { sql, params } = callReport(filter, fromRollups, parts);
    const rows: SqlRow[] = await this.dataSource.query(sql, params);
    const stats = rows.map((row) => ({ level: row.level, stats: callStats(row) }));
    const total = stats.find((row) => row.level === LEVEL_TOTAL)?.stats ?? callStats({ level: LEVEL_TOTAL } as SqlRow);
    return {
      ...this.header(filter, fromRollups),
      rows: stats.filter((row) => row.level === LEVEL_ROW).map((row) => row.stats),
      periods: stats.filter((row) => row.level === LEVEL_PERIOD).map((row) => row.stats),
      groups: stats.filter((row) => row.level === LEVEL_GROUP).map((row) => row.stats).sort(byName),
      total,
    };
  }

  async tasks(ctx: RequestContext, input: AnalyticsFilter, parts: ReportParts = ALL_PARTS): Promise<TaskAnalytics> {
    return this.tasksOf(await this.resolve(ctx, input), parts);
  }

  async tasksOf(filter: ResolvedFilter, parts: ReportParts = ALL_PARTS): Promise<TaskAnalytics> {
    const fromRollups = await this.hasRollups(filter.timeZone);
    const report = taskReport(filter, fromRollups, parts);
    const overdue = overdueNow(filter);
    const [rows, overdueRows]: [SqlRow[], SqlRow[]] = await Promise.all([
      this.dataSource.query(report.sql, report.params),
      this.dataSource.query(overdue.sql, overdue.params),
    ]);
    // A group appears when it has numbers in the range or tasks overdue now.
    const groups = new Map<string, { id: string | null; name: string | null; row: SqlRow | null; overdue: number }>();
    const keyOf = (id: string | null) => id ?? '';
    for (const row of rows.filter((r) => r.level === LEVEL_GROUP)) groups.set(keyOf(row.group_id), { id: row.group_id, name: row.group_name, row, overdue: 0 });
    for (const row of overdueRows.filter((r) => r.level === 0)) {
      const group = groups.get(keyOf(row.group_id)) ?? { id: row.group_id, name: row.group_name, row: null, overdue: 0 };
      group.overdue = Number(row.overdue);
      groups.set(keyOf(row.group_id), group);
    }
    const totalRow = rows.find((row) => row.level === LEVEL_TOTAL) ?? null;
    const totalOverdue = Number(overdueRows.find((row) => row.level === 1)?.overdue ?? 0);
    return {
      ...this.header(filter, fromRollups),
      rows: rows.filter((row) => row.level === LEVEL_ROW).map((row) => taskStats(row, null, { id: row.group_id, name: row.group_name })),
      periods: rows.filter((row) => row.level === LEVEL_PERIOD).map((row) => taskStats(row, null, null)),
      groups: [...groups.values()].map((group) => taskStats(group.row, group.overdue, group)).sort(byName),
      total: taskStats(totalRow, totalOverdue, null),
    };
  }

  private header(filter: ResolvedFilter, fromRollups: boolean) {
    const { from, to, timeZone, granularity, groupBy } = filter;
    return { from, to, timeZone, granularity, groupBy, fromRollups };
  }
}
