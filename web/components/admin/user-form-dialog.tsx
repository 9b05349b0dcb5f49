'use client';

import { useActionState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { Dialog, DialogForm } from '@/components/ui/dialog';
import { Checkbox, Input, Select, Textarea } from '@/components/ui/form-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { saveUserAction } from '@/lib/actions/admin';
import { initialFormState } from '@/lib/forms';
import { useFormFeedback } from '@/lib/use-form-feedback';
import styles from './form-grid.module.css';
import type { EditableUser, UserFormOptions } from './types';

function UserForm({ user, options, onDone }: { user: EditableUser | null; options: UserFormOptions; onDone: () => void }) {
  const t = useTranslations('admin');
  const tCommon = useTranslations('common');
  const [state, action] = useActionState(saveUserAction.bind(null, user?.id ?? null), initialFormState);
  useFormFeedback(state, { onSuccess: onDone });
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const value = (name: keyof EditableUser, fallback = '') => values[name] ?? (user?.[name] as string | null | undefined) ?? fallback;

  return (
    <DialogForm
      action={action}
      testId="user-form"
      footer={
        <>
          <Button onClick={onDone}>{tCommon('actions.cancel')}</Button>
          <SubmitButton>{user ? t('users.form.save') : t('users.form.create')}</SubmitButton>
        </>
      }
    >
      <div className={styles.grid}>
        <Input
          label={t('users.form.fullName')}
          name="fullName"
          placeholder={t('users.form.fullNamePlaceholder')}
          required
          autoFocus={!user}
          defaultValue={value('fullName')}
          error={errors.fullName}
          fieldClassName={styles.full}
        />
        <Input label={t('users.form.email')} name="email" type="email" autoComplete="off" required defaultValue={value('email')} error={errors.email} fieldClassName={styles.full} />
        <Select label={t('users.form.role')} name="role" options={options.roles} required defaultValue={value('role', 'MANAGER')} error={errors.role} />
        <Select
          label={t('users.form.branch')}
          name="branchId"
          options={options.branches}
          placeholder={t('users.form.noBranch')}
          defaultValue={value('branchId')}
          error={errors.branchId}
        />
        <Select label={t('users.form.locale')} name="locale" options={options.locales} defaultValue={value('locale', 'ru')} error={errors.locale} />
        <Select label={t('users.form.timeZone')} name="timeZone" options={options.timeZones} defaultValue={value('timeZone', options.defaultTimeZone)} error={errors.timeZone} />
        <Input
          label={user ? t('users.form.newPassword') : t('users.form.password')}
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={8}
          hint={user ? t('users.form.newPasswordHint') : t('users.form.passwordHint')}
          error={errors.password}
          fieldClassName={styles.full}
        />
        {user && (
          <>
            <Textarea
              label={t('users.form.emailSignature')}
              name="emailSignature"
              rows={3}
              defaultValue={value('emailSignature')}
              error={errors.emailSignature}
              fieldClassName={styles.full}
            />
            <Checkbox
              label={t('users.form.isActive')}
              hint={t('users.form.isActiveHint')}
              name="isActive"
              defaultChecked={state.values ? state.values.isActive === 'on' : user.isActive}
              error={errors.isActive}
              className={styles.full}
            />
          </>
        )}
      </div>
    </DialogForm>
  );
}

export function UserFormDialog({ open, onClose, user, options }: { open: boolean; onClose: () => void; user: EditableUser | null; options: UserFormOptions }) {
  const t = useTranslations('admin');
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={user ? t('users.form.editTitle', { name: user.fullName }) : t('users.form.createTitle')}
      size="lg"
      testId="user-dialog"
    >
      <UserForm user={user} options={options} onDone={onClose} />
    </Dialog>
  );
}
