import type { Metadata } from 'next';
import { Suspense } from 'react';
import { AnalyticsFilters } from '@/components/analytics/analytics-filters';
import { AnalyticsReport, AnalyticsReportSkeleton } from '@/components/analytics/analytics-report';
import type { SelectOption } from '@/components/ui/form-field';
import { PageHeader } from '@/components/ui/page-header';
import { getT } from '@/i18n/server';
import { gqlRequest, reshapeConnection } from '@/lib/api';
import { analyticsQuery, readAnalyticsParams, type AnalyticsParams } from '@/lib/analytics/params';
import { AnalyticsPickersQuery } from '@/lib/operations/analytics';
import { worksAcrossBranches } from '@/lib/roles';
import { localToday } from '@/lib/time';
import type { SearchParams } from '@/lib/url';
import { getViewer, type Viewer } from '@/lib/viewer';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT('analytics'))('page.metaTitle') };
}

type Pickers = { branches: SelectOption[] | null; managers: SelectOption[] | null };

/**
 * The pickers offer only what the API would answer for this role: a manager sees himself (no pickers), branch
 * leadership the people of its branch, group managers and admins every branch and, within the chosen one, its people.
 */
async function pickersFor(viewer: Viewer, filters: AnalyticsParams): Promise<Pickers> {
  if (viewer.role === 'MANAGER') return { branches: null, managers: null };
  const acrossBranches = worksAcrossBranches(viewer.role);
  const branchId = acrossBranches ? filters.branchId : viewer.branch?.id;
  const { branches, users } = await gqlRequest(AnalyticsPickersQuery, { users: branchId ? { branchId } : {} });
  return {
    branches: acrossBranches ? branches.map((branch) => ({ value: branch.id, label: branch.name })) : null,
    managers: reshapeConnection(users).items.map((user) => ({ value: user.id, label: user.fullName })),
  };
}

export default async function AnalyticsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [params, viewer] = await Promise.all([searchParams, getViewer()]);
  const filters = readAnalyticsParams(params, localToday(viewer.timeZone));
  const [t, pickers] = await Promise.all([getT('analytics.page'), pickersFor(viewer, filters)]);
  return (
    <>
      <PageHeader title={t('title')} description={`${t('description', { timeZone: viewer.timeZone })}. ${t(`scope.${viewer.role}`)}.`} />
      <AnalyticsFilters filters={filters} query={analyticsQuery(filters)} branches={pickers.branches} managers={pickers.managers} />
      {/* A new key per report: changing a filter shows the skeleton rather than the previous report's numbers. */}
      <Suspense key={JSON.stringify(filters)} fallback={<AnalyticsReportSkeleton />}>
        <AnalyticsReport filters={filters} timeZone={viewer.timeZone} />
      </Suspense>
    </>
  );
}
