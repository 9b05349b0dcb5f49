'use client';

import { startTransition, useActionState, type FormEvent } from 'react';
import { useTranslations } from 'use-intl';
import { EmailRows, PhoneRows, type EmailRowValue, type PhoneRowValue } from '@/components/companies/channel-rows';
import { Button } from '@/components/ui/button';
import { Dialog, DialogBody, DialogFooter } from '@/components/ui/dialog';
import { Input, Textarea } from '@/components/ui/form-field';
import { initialFormState } from '@/lib/forms';
import { useFormFeedback } from '@/lib/use-form-feedback';
import { saveContactAction } from './actions';
import styles from './contacts.module.css';

export type ContactFormValues = {
  id: string;
  fullName: string;
  lastName: string;
  firstName: string;
  middleName: string;
  position: string;
  note: string;
  phones: PhoneRowValue[];
  emails: EmailRowValue[];
};

type ContactDialogProps = {
  open: boolean;
  onClose: () => void;
  companyId: string;
  /** Absent for a new contact. */
  contact?: ContactFormValues;
};

export function ContactDialog({ open, onClose, companyId, contact }: ContactDialogProps) {
  const t = useTranslations('companies.contacts');
  return (
    <Dialog
      open={open}
      onClose={onClose}
      size="lg"
      title={contact ? t('editTitle', { name: contact.fullName }) : t('createTitle')}
      testId="contact-dialog"
    >
      <ContactForm companyId={companyId} contact={contact} onClose={onClose} />
    </Dialog>
  );
}

/** Field errors from the server land at the field or phone/e-mail row; the typed input stays. */
function ContactForm({ companyId, contact, onClose }: { companyId: string; contact?: ContactFormValues; onClose: () => void }) {
  const t = useTranslations('companies.contacts');
  const tCommon = useTranslations('common');
  const [state, formAction, pending] = useActionState(saveContactAction.bind(null, companyId, contact?.id ?? null), initialFormState);
  const errors = state.fieldErrors;
  useFormFeedback(state, { onSuccess: onClose });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };

  return (
    <form onSubmit={onSubmit} noValidate className={styles.form} data-testid="contact-form">
      <DialogBody>
        <div className={styles.nameGrid}>
          <Input name="lastName" label={t('lastName')} defaultValue={contact?.lastName} error={errors?.lastName} autoComplete="off" />
          <Input name="firstName" label={t('firstName')} required defaultValue={contact?.firstName} error={errors?.firstName} autoComplete="off" autoFocus />
          <Input name="middleName" label={t('middleName')} defaultValue={contact?.middleName} error={errors?.middleName} autoComplete="off" />
        </div>
        <Input name="position" label={t('position')} placeholder={t('positionPlaceholder')} defaultValue={contact?.position} error={errors?.position} autoComplete="off" />
        <PhoneRows initial={contact?.phones ?? [{ raw: '', type: 'MOBILE', comment: '', isColdCall: false }]} errors={errors} />
        <EmailRows initial={contact?.emails ?? []} errors={errors} />
        <Textarea name="note" label={t('note')} defaultValue={contact?.note} error={errors?.note} rows={3} />
      </DialogBody>
      <DialogFooter>
        <Button onClick={onClose}>{tCommon('actions.cancel')}</Button>
        <Button type="submit" variant="primary" loading={pending} data-testid="contact-save">
          {t('save')}
        </Button>
      </DialogFooter>
    </form>
  );
}
