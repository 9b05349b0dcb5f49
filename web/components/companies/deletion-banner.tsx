'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { Icon } from '@/components/ui/icon';
import { useToast } from '@/components/ui/toast';
import type { FormState } from '@/lib/forms';
import { grammaticalGender } from '@/lib/reshape/companies';
import { cancelDeletionRequestAction, decideDeletionAction } from './actions';
import styles from './company-header.module.css';

type DeletionBannerProps = {
  companyId: string;
  /** `when` is worded on the server ("5 минут назад"), so server and browser render the same text. */
  request: { reason: string; requester: string; when: string; viewerCanDecide: boolean; viewerCanCancel: boolean };
};

/** A pending deletion request: who asked and why; leadership approves or rejects it right here. */
export function DeletionBanner({ companyId, request }: DeletionBannerProps) {
  const t = useTranslations('companies.deletion');
  const tCommon = useTranslations('common');
  const router = useRouter();
  const { toast } = useToast();
  const [pending, startTransition] = useTransition();

  const run = (work: () => Promise<FormState>, onDone?: () => void) =>
    startTransition(async () => {
      const state = await work();
      if (state.status === 'error') {
        toast({ tone: 'error', title: state.message ?? tCommon('errors.INTERNAL_SERVER_ERROR') });
        return;
      }
      if (state.message) toast({ tone: 'success', title: state.message });
      onDone?.();
    });
  const decide = (approve: boolean) => run(() => decideDeletionAction(companyId, approve), approve ? () => router.push('/companies') : undefined);

  return (
    <div className={styles.banner} role="status" data-testid="deletion-banner">
      <span className={styles.bannerIcon}>
        <Icon name="alert" size={18} />
      </span>
      <div className={styles.bannerText}>
        <p className={styles.bannerTitle}>{t('pendingTitle')}</p>
        <p>
          {t('pendingBody', {
            requester: request.requester,
            gender: grammaticalGender(request.requester),
            time: request.when,
            reason: request.reason,
          })}
        </p>
      </div>
      {request.viewerCanCancel && !request.viewerCanDecide && (
        <div className={styles.bannerActions}>
          <Button size="sm" onClick={() => run(() => cancelDeletionRequestAction(companyId))} loading={pending}>
            {t('cancelRequest')}
          </Button>
        </div>
      )}
      {request.viewerCanDecide && (
        <div className={styles.bannerActions}>
          <Button size="sm" onClick={() => decide(false)} disabled={pending}>
            {t('reject')}
          </Button>
          <Button size="sm" variant="danger" onClick={() => decide(true)} loading={pending}>
            {t('approve')}
          </Button>
        </div>
      )}
    </div>
  );
}
