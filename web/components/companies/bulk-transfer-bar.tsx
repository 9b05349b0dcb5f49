'use client';

import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import type { SelectOption } from '@/components/ui/form-field';
import { useCompanySelection } from './company-selection';
import { TransferDialog } from './transfer-dialog';
import styles from './companies-list.module.css';

/** Appears while companies are ticked: how many, and the bulk transfer. */
export function BulkTransferBar({ companies, users }: { companies: readonly { id: string; name: string }[]; users: readonly SelectOption[] }) {
  const t = useTranslations('companies.transfer');
  const { selected, clear } = useCompanySelection();
  const [batch, setBatch] = useState<{ id: string; name: string }[] | null>(null);
  const chosen = companies.filter((company) => selected.has(company.id));

  return (
    <>
      {chosen.length > 0 && (
        <div className={styles.bulkBar} role="region" aria-label={t('selected', { count: chosen.length })} data-testid="bulk-bar">
          <span className={styles.bulkCount}>{t('selected', { count: chosen.length })}</span>
          <div className={styles.bulkActions}>
            <Button variant="ghost" size="sm" onClick={clear} className={styles.bulkGhost}>
              {t('clearSelection')}
            </Button>
            <Button variant="primary" size="sm" icon="send" onClick={() => setBatch(chosen)}>
              {t('action')}
            </Button>
          </div>
        </div>
      )}
      <TransferDialog open={batch !== null} onClose={() => setBatch(null)} onTransferred={clear} companies={batch ?? []} users={users} />
    </>
  );
}
