import { buttonClassName } from '@/components/ui/button';
import { Card, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Icon } from '@/components/ui/icon';
import { Skeleton } from '@/components/ui/skeleton';
import { getFormatter, getLocale, getT } from '@/i18n/server';
import { periodLabelOptions } from '@/lib/analytics/format';
import { analyticsFilter, csvHref, fillPeriods, type AnalyticsParams } from '@/lib/analytics/params';
import { tryGqlRequest } from '@/lib/api';
import { commonMessages, localizeApiMessage } from '@/lib/forms';
import { AnalyticsQuery } from '@/lib/operations/analytics';
import { localDateAsDate } from '@/lib/reshape/companies';
import { CallsChart } from './calls-chart';
import { CallStatsTable, TaskStatsTable } from './stats-tables';
import styles from './analytics-report.module.css';

/** A plain link, not next/link: the browser itself must fetch the file, with the session cookie, and save it. */
async function CsvLink({ report, filters, timeZone }: { report: 'calls' | 'tasks'; filters: AnalyticsParams; timeZone: string }) {
  const [t, locale] = await Promise.all([getT('analytics.csv'), getLocale()]);
  return (
    <a
      href={csvHref(report, filters, timeZone, locale)}
      download
      className={buttonClassName({ variant: 'secondary', size: 'sm' })}
      aria-label={t(report === 'calls' ? 'callsLabel' : 'tasksLabel')}
      data-testid={`csv-${report}`}
    >
      <Icon name="download" size={15} />
      {t('download')}
    </a>
  );
}

/** The report for the filters: a chart of calls per period, then the calls and tasks tables with their CSV. */
export async function AnalyticsReport({ filters, timeZone }: { filters: AnalyticsParams; timeZone: string }) {
  const [t, format, response] = await Promise.all([getT('analytics'), getFormatter(timeZone), tryGqlRequest(AnalyticsQuery, { filter: analyticsFilter(filters, timeZone) })]);
  if (!response.ok) {
    const message = localizeApiMessage(response.error, commonMessages(await getT('common')));
    return (
      <Card>
        <EmptyState icon="alert" title={t('page.error', { message })} />
      </Card>
    );
  }
  const { callAnalytics: calls, taskAnalytics: tasks } = response.data;
  const day = (date: string) => format.dateTime(localDateAsDate(date), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const points = fillPeriods(
    calls.periods.map((period) => ({ period: period.period ?? calls.from, total: period.total, connected: period.connected })),
    calls.from,
    calls.to,
    filters.granularity,
    (period) => ({ period, total: 0, connected: 0 }),
  );
  const peak = calls.periods.reduce<(typeof calls.periods)[number] | null>((best, period) => (!best || period.total > best.total ? period : best), null);
  const rate = calls.total.connectRate === null ? '—' : format.number(calls.total.connectRate, { style: 'percent', maximumFractionDigits: 1 });

  return (
    <div className={styles.report} data-testid="analytics-report">
      <Card>
        <CardHeader title={t('chart.title')} />
        {calls.total.total === 0 ? (
          <EmptyState icon="chart" title={t('chart.empty')} hint={t('chart.emptyHint')} />
        ) : (
          <figure className={styles.figure}>
            <CallsChart points={points} granularity={filters.granularity} />
            <figcaption className={styles.summary} data-testid="chart-summary">
              {t('chart.summary', { from: day(calls.from), to: day(calls.to), total: calls.total.total, connected: format.number(calls.total.connected), rate })}{' '}
              {peak && calls.periods.length > 1 && t('chart.peak', { period: format.dateTime(localDateAsDate(peak.period ?? calls.from), periodLabelOptions(filters.granularity)), total: format.number(peak.total) })}
            </figcaption>
          </figure>
        )}
      </Card>
      <Card>
        <CardHeader title={t('calls.title')} actions={<CsvLink report="calls" filters={filters} timeZone={timeZone} />} />
        {calls.groups.length === 0 ? (
          <EmptyState icon="phone" title={t('calls.empty')} hint={t('calls.emptyHint')} />
        ) : (
          <CallStatsTable groups={calls.groups} total={calls.total} grouping={filters.grouping} timeZone={timeZone} />
        )}
      </Card>
      <Card>
        <CardHeader title={t('tasks.title')} actions={<CsvLink report="tasks" filters={filters} timeZone={timeZone} />} />
        {tasks.groups.length === 0 ? (
          <EmptyState icon="tasks" title={t('tasks.empty')} hint={t('tasks.emptyHint')} />
        ) : (
          <TaskStatsTable groups={tasks.groups} total={tasks.total} grouping={filters.grouping} timeZone={timeZone} />
        )}
      </Card>
    </div>
  );
}

export function AnalyticsReportSkeleton() {
  return (
    <div className={styles.report} aria-busy="true" data-testid="analytics-loading">
      <Card padded>
        <Skeleton width={180} height={18} />
        <Skeleton height={240} className={styles.chartSkeleton} />
      </Card>
      {[0, 1].map((card) => (
        <Card key={card} padded>
          <Skeleton width={120} height={18} />
          {[0, 1, 2, 3].map((row) => (
            <Skeleton key={row} height={14} className={styles.rowSkeleton} />
          ))}
        </Card>
      ))}
    </div>
  );
}
