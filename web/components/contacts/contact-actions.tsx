'use client';

import { useState, useTransition } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useToast } from '@/components/ui/toast';
import { deleteContactAction } from './actions';
import { ContactDialog, type ContactFormValues } from './contact-dialog';

export function AddContactButton({ companyId }: { companyId: string }) {
  const t = useTranslations('companies.contacts');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="primary" size="sm" icon="plus" onClick={() => setOpen(true)} data-testid="add-contact">
        {t('add')}
      </Button>
      <ContactDialog open={open} onClose={() => setOpen(false)} companyId={companyId} />
    </>
  );
}

/** Edit and delete for one contact; delete asks once. */
export function ContactActions({ companyId, contact }: { companyId: string; contact: ContactFormValues }) {
  const t = useTranslations('companies.contacts');
  const { toast } = useToast();
  const [dialog, setDialog] = useState<'edit' | 'delete' | null>(null);
  const [pending, startTransition] = useTransition();

  const remove = () =>
    startTransition(async () => {
      const state = await deleteContactAction(companyId, contact.id);
      toast({ tone: state.status === 'success' ? 'success' : 'error', title: state.message ?? t('deleted') });
      if (state.status === 'success') setDialog(null);
    });

  return (
    <>
      <Button variant="ghost" size="sm" icon="edit" iconOnly onClick={() => setDialog('edit')}>
        {t('edit', { name: contact.fullName })}
      </Button>
      <Button variant="ghost" size="sm" icon="ban" iconOnly onClick={() => setDialog('delete')}>
        {t('delete', { name: contact.fullName })}
      </Button>
      <ContactDialog open={dialog === 'edit'} onClose={() => setDialog(null)} companyId={companyId} contact={contact} />
      <ConfirmDialog
        open={dialog === 'delete'}
        onClose={() => setDialog(null)}
        onConfirm={remove}
        title={t('deleteTitle')}
        confirmLabel={t('deleteConfirm')}
        pending={pending}
      >
        <p>{t('deleteBody', { name: contact.fullName })}</p>
      </ConfirmDialog>
    </>
  );
}
