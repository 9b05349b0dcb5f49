import type { Metadata } from 'next';
import { BulkTransferBar } from '@/components/companies/bulk-transfer-bar';
import { CompaniesTable } from '@/components/companies/companies-table';
import { CompanyFilters } from '@/components/companies/company-filters';
import { CompanySelectionProvider } from '@/components/companies/company-selection';
import { getCompanySelectOptions } from '@/components/companies/dictionaries';
import { readCompanyListParams, resetFiltersHref } from '@/components/companies/list-params';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { getT } from '@/i18n/server';
import { gqlRequest, reshapeConnection } from '@/lib/api';
import { CompaniesListQuery } from '@/lib/operations/companies';
import { PAGE_SIZE, readPageState } from '@/lib/pagination';
import type { SearchParams } from '@/lib/url';
import { getViewer } from '@/lib/viewer';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT('companies'))('title') };
}

export default async function CompaniesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const { filter, orderBy, values, activeFilterCount, hasFilters } = readCompanyListParams(params);
  // Without a chosen sort the API orders search results by relevance.
  const byRelevance = Boolean(filter.search) && !orderBy;
  const { after } = readPageState(params);
  const [data, options, viewer, t, tSearch] = await Promise.all([
    gqlRequest(CompaniesListQuery, { filter, orderBy, first: PAGE_SIZE, after }),
    getCompanySelectOptions(),
    getViewer(),
    getT('companies'),
    getT('search'),
  ]);
  const page = reshapeConnection(data.companies);
  // Only the option lists the filters show: the raw dictionaries beside them would be serialised for the browser too.
  const { statuses, spheres, users, branches, contractTypes } = options;
  const totalIsEstimate = data.companies.totalCountIsEstimate;
  const total = totalIsEstimate ? tSearch('list.totalEstimate', { count: page.totalCount }) : t('list.total', { count: page.totalCount });

  return (
    <>
      <PageHeader
        title={t('title')}
        description={byRelevance ? `${total} · ${tSearch('list.byRelevance')}` : total}
        actions={
          <ButtonLink href="/companies/new" variant="primary" icon="plus" data-testid="new-company">
            {t('newCompany')}
          </ButtonLink>
        }
      />
      <CompanyFilters options={{ statuses, spheres, users, branches, contractTypes }} values={values} activeFilterCount={activeFilterCount} />
      <CompanySelectionProvider selectable={page.items.filter((company) => company.viewerCanTransfer).map((company) => company.id)}>
        <Card>
          {page.items.length > 0 ? (
            <CompaniesTable rows={page.items} searchParams={params} timeZone={viewer.timeZone} />
          ) : (
            <EmptyState
              icon={hasFilters ? 'search' : 'building'}
              title={t('list.emptyTitle')}
              hint={hasFilters ? t('list.emptyHint') : t('list.emptyHintNoFilters')}
              action={
                hasFilters ? (
                  <ButtonLink href={resetFiltersHref(params)} icon="refresh">
                    {t('list.resetFilters')}
                  </ButtonLink>
                ) : (
                  <ButtonLink href="/companies/new" variant="primary" icon="plus">
                    {t('newCompany')}
                  </ButtonLink>
                )
              }
            />
          )}
          <Pagination
            pathname="/companies"
            searchParams={params}
            hasNextPage={page.hasNextPage}
            endCursor={page.endCursor}
            totalCount={page.totalCount}
            totalIsEstimate={totalIsEstimate}
            itemCount={page.items.length}
          />
        </Card>
        <BulkTransferBar companies={page.items.map(({ id, name }) => ({ id, name }))} users={users} />
      </CompanySelectionProvider>
    </>
  );
}
