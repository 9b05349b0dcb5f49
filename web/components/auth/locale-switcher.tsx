'use client';

import { useTransition } from 'react';
import { useTranslations } from 'use-intl';
import { locales, type AppLocale } from '@/i18n/config';
import { setLocaleAction } from '@/lib/actions/auth';
import styles from './locale-switcher.module.css';

/** RU / EN toggle for pages outside the app shell (the shell has it in the user menu). */
export function LocaleSwitcher({ current }: { current: AppLocale }) {
  const t = useTranslations('auth');
  const tCommon = useTranslations('common');
  const [pending, startTransition] = useTransition();
  return (
    <div className={styles.switcher} role="group" aria-label={t('language')} aria-busy={pending || undefined}>
      {locales.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          className={styles.option}
          aria-pressed={locale === current}
          aria-label={tCommon(`locales.${locale}`)}
          onClick={() => startTransition(() => setLocaleAction(locale))}
        >
          {locale.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
