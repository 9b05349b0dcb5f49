'use client';

import Form from 'next/form';
import { useRef } from 'react';
import { useTranslations } from 'use-intl';
import { Button, ButtonLink } from '@/components/ui/button';
import { Input, Select, type SelectOption } from '@/components/ui/form-field';
import styles from './user-filters.module.css';

type Filters = { search?: string | undefined; role?: string | undefined; branch?: string | undefined; status?: string | undefined };

/** A GET form: filters live in the URL (shareable, back-button friendly); a select applies itself at once. */
export function UserFilters({ current, roles, branches }: { current: Filters; roles: SelectOption[]; branches: SelectOption[] }) {
  const t = useTranslations('admin');
  const formRef = useRef<HTMLFormElement>(null);
  const submit = () => formRef.current?.requestSubmit();
  const hasFilters = Object.values(current).some(Boolean);
  return (
    <Form ref={formRef} action="/admin/users" className={styles.filters} aria-label={t('users.filters.label')} role="search">
      <Input
        label={t('users.filters.search')}
        name="search"
        type="search"
        placeholder={t('users.filters.searchPlaceholder')}
        defaultValue={current.search}
        fieldClassName={styles.search}
      />
      <Select label={t('users.filters.role')} name="role" options={roles} placeholder={t('users.filters.allRoles')} defaultValue={current.role ?? ''} onChange={submit} />
      <Select label={t('users.filters.branch')} name="branch" options={branches} placeholder={t('users.filters.allBranches')} defaultValue={current.branch ?? ''} onChange={submit} />
      <Select
        label={t('users.filters.status')}
        name="status"
        options={[
          { value: 'active', label: t('users.active') },
          { value: 'inactive', label: t('users.inactive') },
        ]}
        placeholder={t('users.filters.allStatuses')}
        defaultValue={current.status ?? ''}
        onChange={submit}
      />
      <div className={styles.buttons}>
        <Button type="submit" icon="search">
          {t('users.filters.apply')}
        </Button>
        {hasFilters && (
          <ButtonLink href="/admin/users" variant="ghost">
            {t('users.filters.reset')}
          </ButtonLink>
        )}
      </div>
    </Form>
  );
}
