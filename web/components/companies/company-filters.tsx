'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useState, useTransition, type FormEvent } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { controlClassName, Select, type SelectOption } from '@/components/ui/form-field';
import { Icon } from '@/components/ui/icon';
import { PAGING_KEYS } from '@/lib/pagination';
import { SEARCH_MAX_LENGTH } from '@/lib/search/hits';
import { hrefWith } from '@/lib/url';
import { FILTER_KEYS, SORT_KEYS, type FilterKey } from './list-params';
import styles from './company-filters.module.css';

export type CompanyFilterOptions = {
  statuses: SelectOption[];
  spheres: SelectOption[];
  users: SelectOption[];
  branches: SelectOption[];
  contractTypes: SelectOption[];
};

type CompanyFiltersProps = {
  options: CompanyFilterOptions;
  values: Partial<Record<FilterKey, string>>;
  activeFilterCount: number;
};

/**
 * The list's filters live in the URL: a select applies as soon as it changes, the search text on Enter.
 * Changing any filter starts again from the first page.
 */
export function CompanyFilters({ options, values, activeFilterCount }: CompanyFiltersProps) {
  const t = useTranslations('companies.filters');
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();
  const [expanded, setExpanded] = useState(activeFilterCount > 0);

  const apply = (form: HTMLFormElement) => {
    const data = new FormData(form);
    const changes = Object.fromEntries(FILTER_KEYS.map((key) => [key, String(data.get(key) ?? '').trim() || undefined]));
    const current = Object.fromEntries(searchParams.entries());
    // A new search text is shown by relevance, whatever the list was sorted by before.
    const drop = changes.search && changes.search !== current.search ? [...PAGING_KEYS, ...SORT_KEYS] : PAGING_KEYS;
    startTransition(() => router.push(hrefWith(pathname, current, changes, drop), { scroll: false }));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply(event.currentTarget);
  };

  /** The label doubles as the empty choice: a select that reads "Status" means any status. */
  const select = (key: FilterKey, label: string, choices: SelectOption[]) => (
    <Select
      name={key}
      label={label}
      hideLabel
      placeholder={label}
      options={choices}
      defaultValue={values[key] ?? ''}
      key={`${key}-${values[key] ?? ''}`}
      onChange={(event) => event.currentTarget.form && apply(event.currentTarget.form)}
      className={values[key] ? styles.activeSelect : undefined}
      data-testid={`company-filter-${key}`}
    />
  );

  return (
    <form role="search" aria-label={t('label')} className={styles.filters} onSubmit={onSubmit} aria-busy={pending || undefined}>
      <div className={styles.searchRow}>
        <div className={styles.search}>
          <Icon name="search" size={16} className={styles.searchIcon} />
          <input
            type="search"
            name="search"
            defaultValue={values.search ?? ''}
            key={values.search ?? ''}
            className={`${controlClassName} ${styles.searchInput}`}
            placeholder={t('searchPlaceholder')}
            aria-label={t('search')}
            maxLength={SEARCH_MAX_LENGTH}
            enterKeyHint="search"
            autoComplete="off"
            data-testid="company-search"
          />
          {pending && <span className={styles.spinner} aria-hidden />}
        </div>
        <Button type="submit" variant="secondary" className={styles.searchButton}>
          {t('apply')}
        </Button>
        <Button
          variant={activeFilterCount ? 'soft' : 'secondary'}
          icon="chevronDown"
          className={styles.toggle}
          aria-expanded={expanded}
          aria-controls="company-filter-panel"
          onClick={() => setExpanded((value) => !value)}
        >
          {activeFilterCount ? t('activeCount', { count: activeFilterCount }) : t('toggle')}
        </Button>
      </div>
      <div id="company-filter-panel" className={[styles.panel, expanded && styles.expanded].filter(Boolean).join(' ')}>
        {select('status', t('status'), options.statuses)}
        {select('sphere', t('sphere'), options.spheres)}
        {select('responsible', t('responsible'), options.users)}
        {select('branch', t('branch'), options.branches)}
        {select('contract', t('contractType'), options.contractTypes)}
        {select('cold', t('coldCall'), [
          { value: 'yes', label: t('coldOnly') },
          { value: 'no', label: t('coldExcluded') },
        ])}
      </div>
    </form>
  );
}
