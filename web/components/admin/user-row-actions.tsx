'use client';

import { useState, useTransition } from 'react';
import { useTranslations } from 'use-intl';
import { Button, buttonClassName } from '@/components/ui/button';
import { Dialog, DialogBody, DialogFooter } from '@/components/ui/dialog';
import { DropdownMenu } from '@/components/ui/dropdown-menu';
import { Icon } from '@/components/ui/icon';
import { useToast } from '@/components/ui/toast';
import { issueMagicLinkAction, setUserActiveAction } from '@/lib/actions/admin';
import { MagicLinkDialog } from './magic-link-dialog';
import type { EditableUser, UserFormOptions } from './types';
import { UserFormDialog } from './user-form-dialog';
import styles from './user-row-actions.module.css';

export function UserRowActions({ user, options, isSelf }: { user: EditableUser; options: UserFormOptions; isSelf: boolean }) {
  const t = useTranslations('admin');
  const tCommon = useTranslations('common');
  const { toast } = useToast();
  const [dialog, setDialog] = useState<'edit' | 'toggle' | null>(null);
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null);
  const [pending, startTransition] = useTransition();

  const issueLink = () =>
    startTransition(async () => {
      const state = await issueMagicLinkAction(user.id);
      if (state.status === 'success' && state.data?.url && state.data.expiresAt) setLink({ url: state.data.url, expiresAt: state.data.expiresAt });
      else toast({ tone: 'error', title: t('users.magic.issueFailed'), description: state.message });
    });

  const toggleActive = () =>
    startTransition(async () => {
      const state = await setUserActiveAction(user.id, user.fullName, !user.isActive);
      setDialog(null);
      if (state.message) toast({ tone: state.status === 'success' ? 'success' : 'error', title: state.message });
    });

  const toggleKey = user.isActive ? 'deactivate' : 'activate';

  return (
    <div className={styles.actions}>
      <Button size="sm" variant="ghost" icon="edit" iconOnly onClick={() => setDialog('edit')} data-testid="user-edit">
        {t('users.rowActions.edit')}
      </Button>
      <DropdownMenu
        label={t('users.rowActions.more', { name: user.fullName })}
        entries={[
          { kind: 'button', label: t('users.rowActions.magicLink'), icon: 'link', onSelect: issueLink, testId: 'issue-magic-link' },
          ...(isSelf
            ? []
            : [
                { kind: 'separator' as const },
                {
                  kind: 'button' as const,
                  label: t(`users.rowActions.${toggleKey}`),
                  icon: user.isActive ? ('ban' as const) : ('checkCircle' as const),
                  danger: user.isActive,
                  onSelect: () => setDialog('toggle'),
                },
              ]),
        ]}
        trigger={({ ref, ...props }) => (
          <button ref={ref} type="button" className={buttonClassName({ variant: 'ghost', size: 'sm', iconOnly: true })} {...props} aria-label={t('users.rowActions.more', { name: user.fullName })} data-testid="user-row-menu">
            {pending ? <span aria-hidden>…</span> : <Icon name="more" size={18} />}
          </button>
        )}
      />
      <UserFormDialog open={dialog === 'edit'} onClose={() => setDialog(null)} user={user} options={options} />
      <Dialog open={dialog === 'toggle'} onClose={() => setDialog(null)} title={t(`users.toggle.${toggleKey}Title`, { name: user.fullName })} size="sm">
        <DialogBody>
          <p>{t(`users.toggle.${toggleKey}Text`)}</p>
        </DialogBody>
        <DialogFooter>
          <Button onClick={() => setDialog(null)}>{tCommon('actions.cancel')}</Button>
          <Button variant={user.isActive ? 'danger' : 'primary'} loading={pending} onClick={toggleActive}>
            {t(`users.toggle.${toggleKey}`)}
          </Button>
        </DialogFooter>
      </Dialog>
      <MagicLinkDialog link={link} name={user.fullName} onClose={() => setLink(null)} />
    </div>
  );
}
