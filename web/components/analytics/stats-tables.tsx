import { Table, type Column } from '@/components/ui/table';
import { getFormatter, getT } from '@/i18n/server';
import { durationParts } from '@/lib/analytics/format';
import type { Grouping } from '@/lib/analytics/params';
import { formatDuration } from '@/lib/calls/duration';
import type { CallStatsItemFragment, TaskStatsItemFragment } from '@/lib/gql/graphql';
import styles from './stats-tables.module.css';

type Row<T> = T & { key: string; isTotal: boolean };

/** The groups, then one "everyone" row (the API's overall total). */
function withTotal<T extends { groupId: string | null }>(groups: readonly T[], total: T): Row<T>[] {
  return [...groups.map((group, index) => ({ ...group, key: group.groupId ?? `none-${index}`, isTotal: false })), { ...total, key: 'total', isTotal: true }];
}

async function groupColumn<T extends { groupName: string | null; isTotal: boolean }>(grouping: Grouping): Promise<Column<T>> {
  const t = await getT('analytics.calls');
  return {
    key: 'group',
    header: t(`group.${grouping}`),
    primary: true,
    cell: (row) => (
      <span className={row.isTotal ? styles.total : undefined} data-testid="stats-group">
        {row.isTotal ? t('everyone') : (row.groupName ?? t('noBranch'))}
      </span>
    ),
  };
}

type StatsTableProps<T> = { groups: readonly T[]; total: T; grouping: Grouping; timeZone: string };

export async function CallStatsTable({ groups, total, grouping, timeZone }: StatsTableProps<CallStatsItemFragment>) {
  const [t, format] = await Promise.all([getT('analytics.calls'), getFormatter(timeZone)]);
  const count = (value: number) => format.number(value);
  const numeric = (key: keyof CallStatsItemFragment & string, header: string, cell: (row: CallStatsItemFragment) => string): Column<Row<CallStatsItemFragment>> => ({
    key,
    header,
    align: 'end',
    cell: (row) => <span data-testid={`stats-${key}`}>{cell(row)}</span>,
  });
  const columns: Column<Row<CallStatsItemFragment>>[] = [
    await groupColumn(grouping),
    numeric('total', t('total'), (row) => count(row.total)),
    numeric('connected', t('connected'), (row) => count(row.connected)),
    numeric('connectRate', t('connectRate'), (row) => (row.connectRate === null ? '—' : format.number(row.connectRate, { style: 'percent', maximumFractionDigits: 1 }))),
    numeric('talkSeconds', t('talkTime'), (row) => formatDuration(row.talkSeconds)),
    numeric('averageTalkSeconds', t('averageTalk'), (row) => (row.averageTalkSeconds === null ? '—' : formatDuration(row.averageTalkSeconds))),
    numeric('outgoing', t('outgoing'), (row) => count(row.outgoing)),
    numeric('incoming', t('incoming'), (row) => count(row.incoming)),
    numeric('missed', t('missed'), (row) => count(row.missed)),
    numeric('clickToCall', t('clickToCall'), (row) => count(row.clickToCall)),
    numeric('fromPhone', t('fromPhone'), (row) => count(row.fromPhone)),
    numeric('coldTotal', t('cold'), (row) => count(row.coldTotal)),
    numeric('coldConnected', t('coldConnected'), (row) => count(row.coldConnected)),
  ];
  return <Table columns={columns} rows={withTotal(groups, total)} rowKey={(row) => row.key} caption={t('caption')} testId="call-stats" />;
}

export async function TaskStatsTable({ groups, total, grouping, timeZone }: StatsTableProps<TaskStatsItemFragment>) {
  const [t, tDuration, format] = await Promise.all([getT('analytics.tasks'), getT('analytics.duration'), getFormatter(timeZone)]);
  const count = (value: number | null) => (value === null ? '—' : format.number(value));
  const duration = (seconds: number | null) => {
    if (seconds === null) return '—';
    const parts = durationParts(seconds);
    return parts.days > 0 ? tDuration('days', parts) : parts.hours > 0 ? tDuration('hours', parts) : tDuration('minutes', parts);
  };
  const numeric = (key: keyof TaskStatsItemFragment & string, header: string, cell: (row: TaskStatsItemFragment) => string): Column<Row<TaskStatsItemFragment>> => ({
    key,
    header,
    align: 'end',
    cell: (row) => <span data-testid={`stats-${key}`}>{cell(row)}</span>,
  });
  const columns: Column<Row<TaskStatsItemFragment>>[] = [
    await groupColumn(grouping),
    numeric('created', t('created'), (row) => count(row.created)),
    numeric('completed', t('completed'), (row) => count(row.completed)),
    numeric('completedOnTime', t('completedOnTime'), (row) => count(row.completedOnTime)),
    numeric('onTimeRate', t('onTimeRate'), (row) => (row.onTimeRate === null ? '—' : format.number(row.onTimeRate, { style: 'percent', maximumFractionDigits: 1 }))),
    numeric('overdueNow', t('overdueNow'), (row) => count(row.overdueNow)),
    numeric('averageCompletionSeconds', t('averageCompletion'), (row) => duration(row.averageCompletionSeconds)),
  ];
  return <Table columns={columns} rows={withTotal(groups, total)} rowKey={(row) => row.key} caption={t('caption')} testId="task-stats" />;
}
