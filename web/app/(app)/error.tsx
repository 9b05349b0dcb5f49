'use client';

import { useTranslations } from 'use-intl';
import { StatusPage } from '@/components/feedback/status-page';
import { Button, ButtonLink } from '@/components/ui/button';

/** Messages of server errors are hidden in production; the digest is what the logs know it by. */
export default function AppError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('common');
  return (
    <StatusPage
      icon="alert"
      title={t('pages.errorTitle')}
      hint={t('pages.errorHint')}
      reference={error.digest ? t('pages.errorReference', { digest: error.digest }) : undefined}
      actions={
        <>
          <Button variant="primary" icon="refresh" onClick={reset}>
            {t('actions.retry')}
          </Button>
          <ButtonLink href="/" icon="home">
            {t('actions.toHome')}
          </ButtonLink>
        </>
      }
    />
  );
}
