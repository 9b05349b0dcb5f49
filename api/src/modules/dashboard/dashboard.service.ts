import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../common/context';
import { requireUser } from '../../common/context';
import { AuditEvent } from '../audit/audit-event.entity';
import { CallOutcome } from '../calls/call.entity';
import { Company } from '../companies/company.entity';
import { Task } from '../tasks/task.entity';
import type { User } from '../users/user.entity';
import {
  type Dashboard,
  type DashboardColdCalls,
  type DashboardContracts,
  type DashboardTasks,
  type CallOutcomeCount,
  DASHBOARD_LIST_SIZE,
  RECENT_ACTIVITY_SIZE,
} from './dashboard.types';

const TASK_BUCKETS = ['new', 'dueToday', 'overdue', 'next7Days'] as const;
type TaskBucket = (typeof TASK_BUCKETS)[number];

const present = <T>(items: Array<T | null | Error>): T[] => items.filter((item): item is T => item !== null && !(item instanceof Error));

/**
 * The home page of the signed-in user, in five statements that each read through an index on the user:
 * open tasks (tasks_assignee_open_idx), contracts (companies_responsible_idx), this month's calls
 * (calls_user_idx), and the latest audit events of his companies. No rollups needed at this size.
 */
export class DashboardService {
  constructor(private readonly dataSource: DataSource) {}

  async dashboard(ctx: RequestContext): Promise<Dashboard> {
    const user = requireUser(ctx);
    const [today, tasks, contractsEnding, calls, recentActivity] = await Promise.all([
      this.today(user),
      this.tasks(ctx, user),
      this.contracts(ctx, user),
      this.calls(user),
      this.recentActivity(user),
    ]);
    return { timeZone: user.timeZone, today, tasks, contractsEnding, coldCalls: calls.coldCalls, callsToday: calls.callsToday, recentActivity };
  }

  private async today(user: User): Promise<string> {
    const [row] = await this.dataSource.query(`SELECT to_char(now() AT TIME ZONE $1, 'YYYY-MM-DD') AS today`, [user.timeZone]);
    return row.today;
  }

  /** Every bucket's count and first tasks in one statement; a task may sit in several buckets (overdue and due today). */
  private async tasks(ctx: RequestContext, user: User): Promise<DashboardTasks> {
    const rows: Array<{ bucket: TaskBucket; id: string; count: number }> = await this.dataSource.query(
      `WITH d AS (SELECT date_trunc('day', now() AT TIME ZONE $2) AS start),
            hits AS (
              SELECT b.bucket, t.id,
                     count(*) OVER (PARTITION BY b.bucket)::int AS count,
                     row_number() OVER (PARTITION BY b.bucket ORDER BY t.due_at NULLS LAST, t.created_at, t.id) AS n
                FROM tasks t CROSS JOIN d
               CROSS JOIN LATERAL (VALUES
                 ('new', t.status = 'NEW'),
                 ('overdue', t.due_at < now()),
                 ('dueToday', t.due_at >= d.start AT TIME ZONE $2 AND t.due_at < (d.start + interval '1 day') AT TIME ZONE $2),
                 ('next7Days', t.due_at >= (d.start + interval '1 day') AT TIME ZONE $2 AND t.due_at < (d.start + interval '8 days') AT TIME ZONE $2)
               ) AS b(bucket, hit)
               WHERE t.assignee_id = $1 AND t.deleted_at IS NULL AND t.status IN ('NEW', 'IN_PROGRESS') AND b.hit
            )
       SELECT bucket, id, count FROM hits WHERE n <= $3 ORDER BY bucket, n`,
      [user.id, user.timeZone, DASHBOARD_LIST_SIZE],
    );
    const loaded = new Map(present(await ctx.loaders.byId(Task).loadMany(rows.map((row) => row.id))).map((task) => [task.id, task]));
    const bucket = (name: TaskBucket) => {
      const hits = rows.filter((row) => row.bucket === name);
      return { count: hits[0]?.count ?? 0, items: present(hits.map((row) => loaded.get(row.id) ?? null)) };
    };
    return { new: bucket('new'), dueToday: bucket('dueToday'), overdue: bucket('overdue'), next7Days: bucket('next7Days') };
  }

  /** His companies whose contract ends from today through 30 days from today (local dates). */
  private async contracts(ctx: RequestContext, user: User): Promise<DashboardContracts> {
    const rows: Array<{ id: string; count: number }> = await this.dataSource.query(
      `WITH d AS (SELECT (now() AT TIME ZONE $2)::date AS today)
       SELECT c.id, count(*) OVER ()::int AS count
         FROM companies c CROSS JOIN d
        WHERE c.responsible_id = $1 AND c.deleted_at IS NULL
          AND c.contract_end_date BETWEEN d.today AND d.today + 30
        ORDER BY c.contract_end_date, c.name, c.id
        LIMIT $3`,
      [user.id, user.timeZone, DASHBOARD_LIST_SIZE],
    );
    const companies = present(await ctx.loaders.byId(Company).loadMany(rows.map((row) => row.id)));
    return { count: rows[0]?.count ?? 0, items: companies };
  }

  private async calls(user: User): Promise<{ coldCalls: DashboardColdCalls; callsToday: CallOutcomeCount[] }> {
    const outcomes = Object.values(CallOutcome);
    const [row] = await this.dataSource.query(
      `WITH d AS (SELECT date_trunc('day', now() AT TIME ZONE $2) AS today, date_trunc('month', now() AT TIME ZONE $2) AS month)
       SELECT count(*) FILTER (WHERE c.is_cold_call AND c.started_at >= d.today AT TIME ZONE $2)::int AS cold_today,
              count(*) FILTER (WHERE c.is_cold_call AND c.started_at >= d.month AT TIME ZONE $2)::int AS cold_month,
              count(*) FILTER (WHERE c.is_cold_call AND c.started_at >= (d.today - interval '6 days') AT TIME ZONE $2)::int AS cold_week,
              ${outcomes.map((outcome, i) => `count(*) FILTER (WHERE c.started_at >= d.today AT TIME ZONE $2 AND c.outcome = '${outcome}')::int AS o${i}`).join(',\n              ')}
         FROM d LEFT JOIN calls c
           ON c.user_id = $1
          AND c.started_at >= least(d.today - interval '6 days', d.month) AT TIME ZONE $2
          AND c.started_at < (d.today + interval '1 day') AT TIME ZONE $2
        GROUP BY d.today, d.month`,
      [user.id, user.timeZone],
    );
    return {
      coldCalls: { today: row.cold_today, thisMonth: row.cold_month, last7Days: row.cold_week },
      callsToday: outcomes.map((outcome, i) => ({ outcome, count: row[`o${i}`] })),
    };
  }

  private recentActivity(user: User): Promise<AuditEvent[]> {
    return this.dataSource
      .getRepository(AuditEvent)
      .createQueryBuilder('a')
      .innerJoin('companies', 'c', 'c.id = a.company_id')
      .where('c.responsible_id = :userId AND c.deleted_at IS NULL', { userId: user.id })
      .andWhere(`a.occurred_at > now() - interval '30 days'`)
      .orderBy('a.occurred_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(RECENT_ACTIVITY_SIZE)
      .getMany();
  }
}
