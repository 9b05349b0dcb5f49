'use client';

import { useActionState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { Dialog, DialogForm } from '@/components/ui/dialog';
import { Input } from '@/components/ui/form-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { changePasswordAction } from '@/lib/actions/auth';
import { initialFormState } from '@/lib/forms';
import { useFormFeedback } from '@/lib/use-form-feedback';

function ChangePasswordForm({ onDone }: { onDone: () => void }) {
  const t = useTranslations('auth');
  const tCommon = useTranslations('common');
  const [state, action] = useActionState(changePasswordAction, initialFormState);
  useFormFeedback(state, { onSuccess: onDone });
  return (
    <DialogForm
      action={action}
      footer={
        <>
          <Button onClick={onDone}>{tCommon('actions.cancel')}</Button>
          <SubmitButton>{t('changePassword.submit')}</SubmitButton>
        </>
      }
    >
      <Input label={t('changePassword.current')} name="currentPassword" type="password" autoComplete="current-password" required error={state.fieldErrors?.currentPassword} />
      <Input label={t('changePassword.new')} name="newPassword" type="password" autoComplete="new-password" required minLength={8} error={state.fieldErrors?.newPassword} />
      <Input label={t('changePassword.confirm')} name="confirmPassword" type="password" autoComplete="new-password" required error={state.fieldErrors?.confirmPassword} />
    </DialogForm>
  );
}

export function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useTranslations('auth');
  return (
    <Dialog open={open} onClose={onClose} title={t('changePassword.title')} description={t('changePassword.description')} size="sm">
      <ChangePasswordForm onDone={onClose} />
    </Dialog>
  );
}
