import type { Metadata } from 'next';
import { AdminTabs } from '@/components/admin/admin-tabs';
import { MutedText } from '@/components/admin/user-cell';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Table, type Column } from '@/components/ui/table';
import { getFormatter, getT } from '@/i18n/server';
import { gqlRequest } from '@/lib/api';
import type { JobRunsQuery } from '@/lib/gql/graphql';
import { JobRunsQuery as JobRunsDocument } from '@/lib/operations/admin';
import { getViewer } from '@/lib/viewer';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT('admin'))('jobs.metaTitle') };
}

type JobRun = JobRunsQuery['jobRuns'][number];

const WHEN = { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit' } as const;

/** What the scheduler did: an admin sees at a glance whether reminders and maintenance run, and what failed last. */
export default async function AdminJobsPage() {
  const viewer = await getViewer();
  const [t, format, { jobRuns }] = await Promise.all([getT('admin'), getFormatter(viewer.timeZone), gqlRequest(JobRunsDocument)]);
  const when = (value: string | null | undefined) => (value ? format.dateTime(new Date(value), WHEN) : null);

  const columns: Column<JobRun>[] = [
    { key: 'name', header: t('jobs.columns.name'), primary: true, cell: (job) => <code>{job.name}</code> },
    { key: 'every', header: t('jobs.columns.every'), cell: (job) => <MutedText>{job.repeatInterval ?? t('jobs.once')}</MutedText> },
    {
      key: 'lastRun',
      header: t('jobs.columns.lastRun'),
      cell: (job) => {
        const running = job.lastRunAt && (!job.lastFinishedAt || new Date(job.lastFinishedAt) < new Date(job.lastRunAt));
        return running ? <Badge tone="info">{t('jobs.running')}</Badge> : <MutedText>{when(job.lastFinishedAt ?? job.lastRunAt) ?? t('jobs.never')}</MutedText>;
      },
    },
    { key: 'nextRun', header: t('jobs.columns.nextRun'), cell: (job) => <MutedText>{when(job.nextRunAt) ?? t('jobs.notScheduled')}</MutedText> },
    {
      key: 'failures',
      header: t('jobs.columns.failures'),
      cell: (job) =>
        job.failCount > 0 ? (
          <span title={job.lastError ?? undefined}>
            <Badge tone="danger">{t('jobs.failed', { count: job.failCount, at: when(job.lastFailedAt) ?? '—' })}</Badge>
          </span>
        ) : (
          <Badge tone="success">{t('jobs.ok')}</Badge>
        ),
    },
  ];

  return (
    <>
      <PageHeader title={t('jobs.title')} description={t('jobs.description')} />
      <AdminTabs active="jobs" />
      <Card>
        {jobRuns.length > 0 ? (
          <Table columns={columns} rows={jobRuns} rowKey={(job) => job.name} caption={t('jobs.caption')} testId="jobs-table" />
        ) : (
          <EmptyState icon="inbox" title={t('jobs.empty.title')} hint={t('jobs.empty.hint')} />
        )}
      </Card>
    </>
  );
}
