import Link from 'next/link';
import { CallButton } from '@/components/calls/call-button';
import { Icon } from '@/components/ui/icon';
import { Table, type Column } from '@/components/ui/table';
import { getFormatter, getT } from '@/i18n/server';
import type { CompanyOrderField, CompaniesListQuery } from '@/lib/gql/graphql';
import { formatPhone, shortName, telHref } from '@/lib/reshape/companies';
import type { SearchParams } from '@/lib/url';
import { SelectAllCheckbox, SelectRowCheckbox } from './company-selection';
import { DictionaryBadge } from './dictionary-badge';
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
    return (
      <Link
        href={sortHref(searchParams, field)}
        className={[styles.sortLink, active && styles.sortActive].filter(Boolean).join(' ')}
        aria-label={direction ? `${label}, ${direction}` : t('sort.sortBy', { column: label })}
        scroll={false}
        data-testid={`sort-${field}`}
      >
        {label}
        <Icon name="chevronDown" size={13} className={active ? (orderBy.direction === 'ASC' ? styles.sortAsc : styles.sortDesc) : styles.sortIdle} />
      </Link>
    );
  };

  const columns: Column<CompanyRow>[] = [
    {
      key: 'name',
      primary: true,
      label: t('columns.name'),
      header: (
        <span className={styles.nameHeader}>
          <SelectAllCheckbox label={t('list.selectAll')} />
          {sortable('NAME', t('columns.name'))}
        </span>
      ),
      cell: (company) => (
        <div className={styles.nameCell}>
          <SelectRowCheckbox id={company.id} label={t('list.selectRow', { name: company.name })} disabled={!company.viewerCanTransfer} disabledHint={t('list.cannotTransfer')} />
          <div className={styles.nameText}>
            {/* Not prefetched: every visible row would cost a server render and a company read per list view. */}
            <Link href={`/companies/${company.id}`} className={styles.nameLink} prefetch={false}>
              {company.name}
            </Link>
            {(company.legalName || company.isColdCall) && (
              <span className={styles.subline}>
                {company.isColdCall && (
                  <span className={styles.coldMark} title={t('list.coldCall')}>
                    <Icon name="flame" size={12} label={t('list.coldCall')} />
                  </span>
                )}
                {company.legalName && (
                  <span className={styles.legalName} title={company.legalName}>
                    {company.legalName}
                  </span>
                )}
              </span>
            )}
          </div>
        </div>
      ),
    },
    {
      key: 'inn',
      header: t('columns.inn'),
      cell: (company) =>
        company.inns[0] ? (
          <span className="tabular">
            {company.inns[0]}
            {company.inns.length > 1 && <span className={styles.more}> {t('list.moreInns', { count: company.inns.length - 1 })}</span>}
          </span>
        ) : (
          <span className={styles.muted}>—</span>
        ),
    },
    {
      key: 'status',
      header: t('columns.status'),
      cell: (company) => (company.status ? <DictionaryBadge name={company.status.name} color={company.status.color} /> : <span className={styles.muted}>—</span>),
    },
    {
      key: 'responsible',
      header: t('columns.responsible'),
      label: t('columns.responsible'),
      cell: (company) => (
        <span className={styles.person}>
          <span className={styles.personName} title={company.responsible.fullName}>
            {shortName(company.responsible.fullName)}
          </span>
          <span className={styles.branch}>{company.branch?.name ?? t('list.noBranch')}</span>
        </span>
      ),
    },
    {
      key: 'phone',
      header: t('columns.phone'),
      shrink: true,
      cell: (company) => {
        const phone = company.phones[0];
        if (!phone) return <span className={styles.muted}>—</span>;
        return (
          <span className={styles.phoneCell}>
            <a href={telHref(phone.e164, phone.extension)} className={`${styles.phone} tabular`}>
              {formatPhone(phone.e164)}
            </a>
            <CallButton phone={phone.e164} display={formatPhone(phone.e164)} companyId={company.id} stacked />
          </span>
        );
      },
    },
    {
      key: 'lastActivity',
      label: t('columns.lastActivity'),
      header: sortable('LAST_ACTIVITY_AT', t('columns.lastActivity')),
      align: 'end',
      shrink: true,
      cell: (company) => (
        <time dateTime={company.lastActivityAt} title={format.dateTime(new Date(company.lastActivityAt), { dateStyle: 'medium', timeStyle: 'short' })} className={styles.muted}>
          {format.relativeTime(new Date(company.lastActivityAt), now)}
        </time>
      ),
    },
  ];

  return (
    <div className={styles.dense}>
      <Table columns={columns} rows={rows} rowKey={(company) => company.id} caption={t('list.caption')} testId="companies-table" />
    </div>
  );
}
