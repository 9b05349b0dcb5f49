'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { useTranslations } from 'use-intl';
import { Icon } from '@/components/ui/icon';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormState } from '@/lib/forms';
import styles from './login-form.module.css';

export function MagicLinkForm({ action }: { action: (state: FormState) => Promise<FormState> }) {
  const t = useTranslations('auth');
  const [state, submit] = useActionState(action, initialFormState);
  return (
    <>
      <div className={styles.heading}>
        <h1 className={styles.title}>{t('magic.title')}</h1>
        <p className={styles.subtitle}>{t('magic.subtitle')}</p>
      </div>
      <form action={submit} className={styles.form}>
        {state.message && (
          <p className={styles.alert} role="alert">
            <Icon name="alert" size={16} />
            {state.message}
          </p>
        )}
        <SubmitButton size="lg" block icon="link">
          {t('magic.submit')}
        </SubmitButton>
      </form>
      <p className={styles.hint}>
        <Link href="/login">{t('magic.toLogin')}</Link>
      </p>
    </>
  );
}
