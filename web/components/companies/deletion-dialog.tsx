'use client';

import { useRouter } from 'next/navigation';
import { useActionState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { Dialog, DialogForm } from '@/components/ui/dialog';
import { Textarea } from '@/components/ui/form-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState } from '@/lib/forms';
import { useFormFeedback } from '@/lib/use-form-feedback';
import { deleteCompanyAction, requestDeletionAction } from './actions';

type DeletionDialogProps = {
  mode: 'request' | 'delete';
  open: boolean;
  onClose: () => void;
  company: { id: string; name: string };
};

/** A manager asks for deletion with a reason; leadership deletes after one confirmation. */
export function DeletionDialog({ mode, open, onClose, company }: DeletionDialogProps) {
  const t = useTranslations('companies.deletion');
  return (
    <Dialog
      open={open}
      onClose={onClose}
      size="sm"
      title={mode === 'delete' ? t('deleteTitle') : t('requestTitle')}
      description={mode === 'request' ? t('requestDescription') : undefined}
      testId="deletion-dialog"
    >
      {mode === 'delete' ? <DeleteForm company={company} onClose={onClose} /> : <RequestForm companyId={company.id} onClose={onClose} />}
    </Dialog>
  );
}

function RequestForm({ companyId, onClose }: { companyId: string; onClose: () => void }) {
  const t = useTranslations('companies.deletion');
  const tCommon = useTranslations('common');
  const [state, action] = useActionState(requestDeletionAction.bind(null, companyId), initialFormState);
  useFormFeedback(state, { onSuccess: onClose });
  return (
    <DialogForm
      action={action}
      footer={
        <>
          <Button onClick={onClose}>{tCommon('actions.cancel')}</Button>
          <SubmitButton variant="danger">{t('submitRequest')}</SubmitButton>
        </>
      }
    >
      <Textarea
        name="reason"
        label={t('reason')}
        placeholder={t('reasonPlaceholder')}
        required
        defaultValue={state.values?.reason}
        error={state.fieldErrors?.reason}
        autoFocus
      />
    </DialogForm>
  );
}

function DeleteForm({ company, onClose }: { company: { id: string; name: string }; onClose: () => void }) {
  const t = useTranslations('companies.deletion');
  const tCommon = useTranslations('common');
  const router = useRouter();
  const [state, action] = useActionState(deleteCompanyAction.bind(null, company.id, company.name), initialFormState);
  useFormFeedback(state, { onSuccess: () => router.push('/companies') });
  return (
    <DialogForm
      action={action}
      footer={
        <>
          <Button onClick={onClose}>{tCommon('actions.cancel')}</Button>
          <SubmitButton variant="danger" icon="ban">
            {t('submitDelete')}
          </SubmitButton>
        </>
      }
    >
      <p>{t('deleteDescription', { name: company.name })}</p>
    </DialogForm>
  );
}
