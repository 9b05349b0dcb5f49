'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTransition, type FormEvent } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { Input, Select, type SelectOption } from '@/components/ui/form-field';
import { GRANULARITIES, GROUPINGS, RANGE_PRESETS, type AnalyticsParams } from '@/lib/analytics/params';
import { hrefWith } from '@/lib/url';
import styles from './analytics-filters.module.css';

type Query = Record<string, string | undefined>;

type AnalyticsFiltersProps = {
  filters: AnalyticsParams;
  /** The filters as URL parameters, normalised (a preset stays a preset). */
  query: Query;
  /** Only what the viewer's role may see; null hides the picker. */
  branches: SelectOption[] | null;
  managers: SelectOption[] | null;
};

const PATH = '/analytics';

function Segmented({ label, items }: { label: string; items: { key: string; href: string; label: string; active: boolean }[] }) {
  return (
    <div className={styles.segmented} role="group" aria-label={label}>
      {items.map((item) => (
        <Link
          key={item.key}
          href={item.href}
          scroll={false}
          className={styles.segment}
          aria-current={item.active ? 'true' : undefined}
          data-testid={item.key}
        >
          {item.label}
        </Link>
      ))}
    </div>
  );
}

/**
 * Every filter is a URL parameter: presets, step and grouping are links, the date pickers and the branch and
 * manager choices push a new URL. So a report can be shared as a link and the back button returns to the last one.
 */
export function AnalyticsFilters({ filters, query, branches, managers }: AnalyticsFiltersProps) {
  const t = useTranslations('analytics.filters');
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const go = (changes: Query) => startTransition(() => router.push(hrefWith(PATH, query, changes), { scroll: false }));

  const onRange = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const from = String(data.get('from') ?? '');
    const to = String(data.get('to') ?? '');
    if (from && to) go({ range: undefined, from: from <= to ? from : to, to: from <= to ? to : from });
  };

  return (
    <div className={styles.filters} role="search" aria-label={t('label')} aria-busy={pending || undefined} data-testid="analytics-filters">
      <div className={styles.row}>
        <Segmented
          label={t('range')}
          items={RANGE_PRESETS.map((preset) => ({
            key: `range-${preset}`,
            href: hrefWith(PATH, query, { range: preset, from: undefined, to: undefined, by: undefined }),
            label: t(`presets.${preset}`),
            active: filters.preset === preset,
          }))}
        />
        <form className={styles.dates} onSubmit={onRange} key={`${filters.from}-${filters.to}`}>
          <Input type="date" name="from" label={t('from')} defaultValue={filters.from} required fieldClassName={styles.date} data-testid="range-from" />
          <Input type="date" name="to" label={t('to')} defaultValue={filters.to} required fieldClassName={styles.date} data-testid="range-to" />
          <Button type="submit" variant="secondary" loading={pending} data-testid="range-apply">
            {t('apply')}
          </Button>
        </form>
      </div>
      <div className={styles.row}>
        <Segmented
          label={t('granularity')}
          items={GRANULARITIES.map((granularity) => ({
            key: `granularity-${granularity}`,
            href: hrefWith(PATH, query, { by: granularity }),
            label: t(`granularities.${granularity}`),
            active: filters.granularity === granularity,
          }))}
        />
        <Segmented
          label={t('grouping')}
          items={GROUPINGS.map((grouping) => ({
            key: `grouping-${grouping}`,
            href: hrefWith(PATH, query, { group: grouping === 'manager' ? undefined : grouping }),
            label: t(`groupings.${grouping}`),
            active: filters.grouping === grouping,
          }))}
        />
        {branches && (
          <Select
            name="branch"
            label={t('branch')}
            hideLabel
            placeholder={t('allBranches')}
            options={branches}
            value={filters.branchId ?? ''}
            // A manager of another branch would be refused: a new branch starts from all its managers.
            onChange={(event) => go({ branch: event.currentTarget.value || undefined, manager: undefined })}
            fieldClassName={styles.picker}
            data-testid="filter-branch"
          />
        )}
        {managers && (
          <Select
            name="manager"
            label={t('manager')}
            hideLabel
            placeholder={t('allManagers')}
            options={managers}
            value={filters.managerId ?? ''}
            onChange={(event) => go({ manager: event.currentTarget.value || undefined })}
            fieldClassName={styles.picker}
            data-testid="filter-manager"
          />
        )}
      </div>
    </div>
  );
}
