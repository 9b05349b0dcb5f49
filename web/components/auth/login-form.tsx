'use client';

import { useActionState } from 'react';
import { useFormatter, useTranslations } from 'use-intl';
import { Input } from '@/components/ui/form-field';
import { Icon } from '@/components/ui/icon';
import { SubmitButton } from '@/components/ui/submit-button';
import { loginAction } from '@/lib/actions/auth';
import { initialFormState } from '@/lib/forms';
import styles from './login-form.module.css';

function LockedMessage({ retryAfterSeconds }: { retryAfterSeconds: number }) {
  const t = useTranslations('auth');
  const format = useFormatter();
  // The browser's own clock and zone: the person reading it is the one locked out.
  const until = new Date(Date.now() + retryAfterSeconds * 1000);
  const time = format.dateTime(until, { hour: '2-digit', minute: '2-digit', timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
  return <>{t('login.locked', { time, minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) })}</>;
}

export function LoginForm({ next, notice }: { next: string; notice?: string | undefined }) {
  const t = useTranslations('auth');
  const [state, action] = useActionState(loginAction, initialFormState);
  const retryAfter = state.data?.retryAfterSeconds ? Number(state.data.retryAfterSeconds) : undefined;

  return (
    <>
      <div className={styles.heading}>
        <h1 className={styles.title}>{t('login.title')}</h1>
        <p className={styles.subtitle}>{t('login.subtitle')}</p>
      </div>
      <form action={action} className={styles.form} noValidate data-testid="login-form">
        {notice && !state.message && retryAfter === undefined && (
          <p className={`${styles.alert} ${styles.notice}`} role="status">
            <Icon name="info" size={16} />
            {notice}
          </p>
        )}
        {(state.message || retryAfter !== undefined) && (
          <p className={styles.alert} role="alert" data-testid="login-error">
            <Icon name={retryAfter !== undefined ? 'lock' : 'alert'} size={16} />
            {retryAfter !== undefined ? <LockedMessage retryAfterSeconds={retryAfter} /> : state.message}
          </p>
        )}
        <input type="hidden" name="next" value={next} />
        <Input
          label={t('login.email')}
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          placeholder={t('login.emailPlaceholder')}
          required
          autoFocus
          defaultValue={state.values?.email}
          error={state.fieldErrors?.email}
        />
        <Input
          label={t('login.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={state.fieldErrors?.password}
        />
        <SubmitButton size="lg" block>
          {t('login.submit')}
        </SubmitButton>
      </form>
      <p className={styles.hint}>{t('login.forgot')}</p>
    </>
  );
}
