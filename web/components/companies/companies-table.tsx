import { Icon } from '@/components/ui/icon';
import { IntentLink } from '@/components/ui/intent-link';
import { type HeaderColumn, Table } from '@/components/ui/table';
import { getFormatter, getT } from '@/i18n/server';
import type { CompanyOrderField, CompaniesListQuery } from '@/lib/gql/graphql';
import type { SearchParams } from '@/lib/url';
import { type CompanyListRow, type CompanyRowLabels, CompanyRows } from './company-rows';
import { SelectAllCheckbox } from './company-selection';
import { readCompanyListParams, sortHref } from './list-params';
import styles from './companies-list.module.css';

export type CompanyRow = CompaniesListQuery['companies']['edges'][number]['node'];

type CompaniesTableProps = { rows: readonly CompanyRow[]; searchParams: SearchParams; timeZone: string };

/** The list as a table on wide screens and as cards on phones (the Table collapses rows below 640 px). */
export async function CompaniesTable({ rows, searchParams, timeZone }: CompaniesTableProps) {
  const [t, format] = await Promise.all([getT('companies'), getFormatter(timeZone)]);
  const { orderBy } = readCompanyListParams(searchParams);
  const now = new Date();

  const sortable = (field: CompanyOrderField, label: string) => {
    const active = orderBy?.field === field;
    const direction = active ? (orderBy.direction === 'ASC' ? t('sort.ascending') : t('sort.descending')) : undefined;
    // Prefetched on intent only: Next would prefetch both sort links (metadata only) on every list view, each
    // a server request costing about a third of the list's own render.
    return (
      <IntentLink
        href={sortHref(searchParams, field)}
        className={[styles.sortLink, active && styles.sortActive].filter(Boolean).join(' ')}
        aria-label={direction ? `${label}, ${direction}` : t('sort.sortBy', { column: label })}
        scroll={false}
        data-testid={`sort-${field}`}
      >
        {label}
        <Icon name="chevronDown" size={13} className={active ? (orderBy.direction === 'ASC' ? styles.sortAsc : styles.sortDesc) : styles.sortIdle} />
      </IntentLink>
    );
  };

  const labels: CompanyRowLabels = {
    columns: {
      name: t('columns.name'),
      inn: t('columns.inn'),
      status: t('columns.status'),
      responsible: t('columns.responsible'),
      phone: t('columns.phone'),
      lastActivity: t('columns.lastActivity'),
    },
    selectRow: t('list.selectRow', { name: '{name}' }),
    cannotTransfer: t('list.cannotTransfer'),
    coldCall: t('list.coldCall'),
    noBranch: t('list.noBranch'),
  };
  const compact = rows.map((company): CompanyListRow => {
    const lastActivity = new Date(company.lastActivityAt);
    const phone = company.phones[0];
    return {
      id: company.id,
      name: company.name,
      legalName: company.legalName ?? null,
      cold: company.isColdCall,
      inn: company.inns[0] ?? null,
      moreInns: company.inns.length > 1 ? t('list.moreInns', { count: company.inns.length - 1 }) : null,
      status: company.status ? { name: company.status.name, color: company.status.color ?? null } : null,
      responsible: company.responsible.fullName,
      branch: company.branch?.name ?? null,
      phone: phone ? { e164: phone.e164, extension: phone.extension ?? null } : null,
      canTransfer: company.viewerCanTransfer,
      lastActivityAt: company.lastActivityAt,
      lastActivity: format.relativeTime(lastActivity, now),
      lastActivityFull: format.dateTime(lastActivity, { dateStyle: 'medium', timeStyle: 'short' }),
    };
  });

  // The header is rendered here (sort links, select-all); the body is one client component fed `compact`.
  const columns: HeaderColumn[] = [
    {
      key: 'name',
      header: (
        <span className={styles.nameHeader}>
          <SelectAllCheckbox label={t('list.selectAll')} />
          {sortable('NAME', labels.columns.name)}
        </span>
      ),
    },
    { key: 'inn', header: labels.columns.inn },
    { key: 'status', header: labels.columns.status },
    { key: 'responsible', header: labels.columns.responsible },
    { key: 'phone', header: labels.columns.phone, shrink: true },
    { key: 'lastActivity', header: sortable('LAST_ACTIVITY_AT', labels.columns.lastActivity), align: 'end', shrink: true },
  ];

  return (
    <div className={styles.dense}>
      <Table
        columns={columns}
        body={<CompanyRows rows={compact} labels={labels} />}
        caption={t('list.caption')}
        testId="companies-table"
      />
    </div>
  );
}
