'use client';

import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button, ButtonLink } from '@/components/ui/button';
import { DropdownMenu, type MenuEntry } from '@/components/ui/dropdown-menu';
import type { SelectOption } from '@/components/ui/form-field';
import { DeletionDialog } from './deletion-dialog';
import { TransferDialog } from './transfer-dialog';
import styles from './company-header.module.css';

type CompanyActionsProps = {
  company: {
    id: string;
    name: string;
    viewerCanEdit: boolean;
    viewerCanTransfer: boolean;
    viewerCanDelete: boolean;
    viewerCanRequestDeletion: boolean;
    hasPendingDeletion: boolean;
  };
  users: readonly SelectOption[];
};

/** Edit, transfer, and delete (leadership) or ask for deletion (everyone else), each only when allowed. */
export function CompanyActions({ company, users }: CompanyActionsProps) {
  const t = useTranslations('companies.page');
  const [dialog, setDialog] = useState<'transfer' | 'request' | 'delete' | null>(null);

  const menu: MenuEntry[] = [];
  if (company.viewerCanDelete) {
    menu.push({ kind: 'button', label: t('delete'), icon: 'ban', danger: true, onSelect: () => setDialog('delete'), testId: 'delete-company' });
  } else if (company.viewerCanRequestDeletion && !company.hasPendingDeletion) {
    menu.push({ kind: 'button', label: t('requestDeletion'), icon: 'ban', danger: true, onSelect: () => setDialog('request'), testId: 'request-deletion' });
  }

  return (
    <div className={styles.actions}>
      {company.viewerCanEdit && (
        <ButtonLink href={`/companies/${company.id}/edit`} variant="primary" icon="edit" data-testid="edit-company">
          {t('edit')}
        </ButtonLink>
      )}
      {company.viewerCanTransfer && (
        <Button icon="send" onClick={() => setDialog('transfer')} data-testid="transfer-company">
          {t('transfer')}
        </Button>
      )}
      {menu.length > 0 && (
        <DropdownMenu
          label={t('actions')}
          entries={menu}
          trigger={({ ref, ...props }) => (
            <button ref={ref} type="button" className={styles.moreButton} aria-label={t('actions')} title={t('actions')} {...props}>
              <svg width="18" height="18" viewBox="0 0 24 24" fill="currentColor" aria-hidden>
                <circle cx="5" cy="12" r="1.8" />
                <circle cx="12" cy="12" r="1.8" />
                <circle cx="19" cy="12" r="1.8" />
              </svg>
            </button>
          )}
        />
      )}
      <TransferDialog open={dialog === 'transfer'} onClose={() => setDialog(null)} companies={[company]} users={users} />
      <DeletionDialog
        mode={dialog === 'delete' ? 'delete' : 'request'}
        open={dialog === 'delete' || dialog === 'request'}
        onClose={() => setDialog(null)}
        company={company}
      />
    </div>
  );
}
