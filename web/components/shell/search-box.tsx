'use client';

import Form from 'next/form';
import { useSearchParams } from 'next/navigation';
import { useTranslations } from 'use-intl';
import { controlClassName } from '@/components/ui/form-field';
import { Icon } from '@/components/ui/icon';
import styles from './search-box.module.css';

/** Header search: Enter opens the company list filtered by the text (the list page does the searching). */
export function SearchBox({ onSubmit }: { onSubmit?: () => void }) {
  const t = useTranslations('shell');
  const current = useSearchParams().get('search') ?? '';
  return (
    <Form action="/companies" role="search" className={styles.form} onSubmit={onSubmit}>
      <Icon name="search" size={16} className={styles.icon} />
      <input
        type="search"
        name="search"
        defaultValue={current}
        key={current}
        className={`${controlClassName} ${styles.input}`}
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        enterKeyHint="search"
        autoComplete="off"
        data-testid="global-search"
      />
    </Form>
  );
}
