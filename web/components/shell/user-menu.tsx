'use client';

import { useState, useTransition } from 'react';
import { useTranslations } from 'use-intl';
import { ChangePasswordDialog } from '@/components/auth/change-password-dialog';
import { Avatar } from '@/components/ui/avatar';
import { Button } from '@/components/ui/button';
import { Dialog, DialogBody, DialogFooter } from '@/components/ui/dialog';
import { DropdownMenu, type MenuEntry } from '@/components/ui/dropdown-menu';
import { Icon } from '@/components/ui/icon';
import { locales, type AppLocale } from '@/i18n/config';
import { logoutAction, logoutEverywhereAction, setLocaleAction } from '@/lib/actions/auth';
import styles from './user-menu.module.css';

export type UserMenuViewer = { fullName: string; email: string; roleLabel: string; branchName: string | null };

export function UserMenu({ viewer, locale }: { viewer: UserMenuViewer; locale: AppLocale }) {
  const t = useTranslations('shell');
  const tCommon = useTranslations('common');
  const tCalls = useTranslations('calls');
  const [dialog, setDialog] = useState<'password' | 'logoutEverywhere' | null>(null);
  const [pending, startTransition] = useTransition();

  const entries: MenuEntry[] = [
    { kind: 'label', label: t('userMenu.language') },
    ...locales.map(
      (option): MenuEntry => ({
        kind: 'radio',
        label: tCommon(`locales.${option}`),
        checked: option === locale,
        onSelect: () => startTransition(() => setLocaleAction(option)),
      }),
    ),
    { kind: 'separator' },
    { kind: 'link', label: tCalls('phone.menu'), icon: 'phone', href: '/phone' },
    { kind: 'button', label: t('userMenu.changePassword'), icon: 'key', onSelect: () => setDialog('password') },
    { kind: 'separator' },
    { kind: 'button', label: t('userMenu.logout'), icon: 'logout', onSelect: () => startTransition(() => logoutAction()), testId: 'logout' },
    { kind: 'button', label: t('userMenu.logoutEverywhere'), icon: 'shield', danger: true, onSelect: () => setDialog('logoutEverywhere') },
  ];

  return (
    <>
      <DropdownMenu
        label={t('userMenu.label')}
        entries={entries}
        header={
          <div className={styles.header}>
            <Avatar name={viewer.fullName} />
            <div className={styles.headerText}>
              <span className={styles.headerName}>{viewer.fullName}</span>
              <span className={styles.muted}>{viewer.email}</span>
              <span className={styles.muted}>
                {viewer.roleLabel} · {viewer.branchName ?? t('userMenu.noBranch')}
              </span>
            </div>
          </div>
        }
        trigger={({ ref, ...props }) => (
          <button ref={ref} type="button" className={styles.trigger} aria-label={t('userMenu.label')} aria-busy={pending || undefined} data-testid="user-menu" {...props}>
            <Avatar name={viewer.fullName} size="sm" />
            <span className={styles.who}>
              <span className={styles.name}>{viewer.fullName}</span>
              <span className={styles.role}>{viewer.roleLabel}</span>
            </span>
            <Icon name="chevronDown" size={16} className={styles.chevron} />
          </button>
        )}
      />
      <ChangePasswordDialog open={dialog === 'password'} onClose={() => setDialog(null)} />
      <Dialog open={dialog === 'logoutEverywhere'} onClose={() => setDialog(null)} title={t('logoutEverywhere.title')} size="sm">
        <DialogBody>
          <p>{t('logoutEverywhere.description')}</p>
        </DialogBody>
        <DialogFooter>
          <Button onClick={() => setDialog(null)}>{tCommon('actions.cancel')}</Button>
          <Button variant="danger" icon="logout" loading={pending} onClick={() => startTransition(() => logoutEverywhereAction())}>
            {t('logoutEverywhere.confirm')}
          </Button>
        </DialogFooter>
      </Dialog>
    </>
  );
}
