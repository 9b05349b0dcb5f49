import { type JobContext, defineJob } from '../../jobs/jobs';
import { NotificationKind } from './notification.entity';
import type { NotifyInput } from './notification.service';

export const TASK_REMINDERS_JOB = 'notifications.task-reminders';
export const CONTRACT_EXPIRY_JOB = 'notifications.contract-expiry';
export const NOTIFICATION_RETENTION_JOB = 'notifications.retention';

/** `now` (ISO) lets a run pretend to be at another moment; the schedule sends `{}`. */
export interface ReminderJobData {
  now?: string;
}

export const DUE_SOON_MINUTES = 15;
/** An overdue reminder is sent for tasks that fell due within this window: a first run never floods old ones. */
export const OVERDUE_LOOKBACK_HOURS = 24;
export const CONTRACT_THRESHOLDS_DAYS = [30, 14] as const;
const BATCH = 1000;

/** The nearest threshold at or above `daysLeft`, or null when the contract is further out (or already over). */
export function contractThreshold(daysLeft: number): number | null {
  if (daysLeft < 0) return null;
  const sorted = [...CONTRACT_THRESHOLDS_DAYS].sort((a, b) => a - b);
  return sorted.find((threshold) => daysLeft <= threshold) ?? null;
}

export const taskReminderKey = (taskId: string, kind: NotificationKind, dueAt: Date) =>
  `task:${taskId}:${kind}:${Math.floor(dueAt.getTime() / 1000)}`;

export const contractExpiryKey = (companyId: string, threshold: number, endDate: string) =>
  `contract:${companyId}:${threshold}:${endDate}`;

/** Due within 15 minutes → TASK_DUE; past due → TASK_OVERDUE; once per task, kind and due time (a reschedule re-arms it). */
export const taskRemindersJob = defineJob<ReminderJobData>({
  name: TASK_REMINDERS_JOB,
  every: '1 minute',
  async run(data, { dataSource, notifications }) {
    const now = data.now ? new Date(data.now) : new Date();
    const rows: Array<{ id: string; title: string; assignee_id: string; company_id: string | null; due_at: Date; kind: NotificationKind; dedupe_key: string }> =
      await dataSource.query(
        `SELECT t.id, t.title, t.assignee_id, t.company_id, t.due_at, r.kind, r.dedupe_key
           FROM tasks t
           CROSS JOIN LATERAL (SELECT CASE WHEN t.due_at <= $1 THEN 'TASK_OVERDUE' ELSE 'TASK_DUE' END AS kind) k
           CROSS JOIN LATERAL (SELECT k.kind, 'task:' || t.id || ':' || k.kind || ':' || floor(extract(epoch FROM t.due_at))::bigint AS dedupe_key) r
          WHERE t.deleted_at IS NULL AND t.status IN ('NEW', 'IN_PROGRESS')
            AND t.due_at > $1::timestamptz - make_interval(hours => $3) AND t.due_at <= $1::timestamptz + make_interval(mins => $2)
            AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.user_id = t.assignee_id AND n.dedupe_key = r.dedupe_key)
          ORDER BY t.due_at
          LIMIT ${BATCH}`,
        [now.toISOString(), DUE_SOON_MINUTES, OVERDUE_LOOKBACK_HOURS],
      );
    const inputs = rows.map(
      (row): NotifyInput => ({
        userId: row.assignee_id,
        kind: row.kind,
        params: { task: row.title, at: new Date(row.due_at) },
        entityType: 'Task',
        entityId: row.id,
        companyId: row.company_id,
        dedupeKey: row.dedupe_key,
      }),
    );
    await notifications.notify(inputs);
  },
});

/** Contracts ending in 30 and in 14 days: one notice to the responsible user per company, threshold and end date. */
export const contractExpiryJob = defineJob<ReminderJobData>({
  name: CONTRACT_EXPIRY_JOB,
  every: '1 hour',
  async run(data, { dataSource, notifications }) {
    const now = data.now ? new Date(data.now) : new Date();
    const furthest = Math.max(...CONTRACT_THRESHOLDS_DAYS);
    const rows: Array<{ id: string; name: string; responsible_id: string; end_date: string; days_left: number }> = await dataSource.query(
      `SELECT c.id, c.name, c.responsible_id, to_char(c.contract_end_date, 'YYYY-MM-DD') AS end_date,
              (c.contract_end_date - $1::date)::int AS days_left
         FROM companies c
        WHERE c.deleted_at IS NULL AND c.contract_end_date BETWEEN $1::date AND $1::date + $2::int
        ORDER BY c.contract_end_date
        LIMIT ${BATCH}`,
      [now.toISOString().slice(0, 10), furthest],
    );
    const inputs = rows.flatMap((row): NotifyInput[] => {
      const threshold = contractThreshold(row.days_left);
      if (threshold === null) return [];
      return [
        {
          userId: row.responsible_id,
          kind: NotificationKind.CONTRACT_EXPIRING,
          params: { company: row.name, days: row.days_left, date: row.end_date },
          entityType: 'Company',
          entityId: row.id,
          companyId: row.id,
          dedupeKey: contractExpiryKey(row.id, threshold, row.end_date),
        },
      ];
    });
    await notifications.notify(inputs);
  },
});

/** Read notifications older than NOTIFICATION_RETENTION_DAYS go, in batches that keep locks short. */
export const notificationRetentionJob = defineJob<Record<string, never>>({
  name: NOTIFICATION_RETENTION_JOB,
  every: '1 day',
  async run(_data, { dataSource, config }: JobContext) {
    for (;;) {
      const [, deleted]: [unknown, number] = await dataSource.query(
        `DELETE FROM notifications WHERE id IN (
           SELECT id FROM notifications WHERE read_at < now() - make_interval(days => $1) LIMIT 5000)`,
        [config.NOTIFICATION_RETENTION_DAYS],
      );
      if (deleted < 5000) return;
    }
  },
});

export const notificationJobs = [taskRemindersJob, contractExpiryJob, notificationRetentionJob];
