'use client';

import { useActionState, useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { Dialog, DialogForm } from '@/components/ui/dialog';
import { Input, Select, type SelectOption } from '@/components/ui/form-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { saveBranchAction } from '@/lib/actions/admin';
import { initialFormState } from '@/lib/forms';
import { useFormFeedback } from '@/lib/use-form-feedback';
import styles from './form-grid.module.css';
import type { EditableBranch } from './types';

function BranchForm({ branch, timeZones, onDone }: { branch: EditableBranch | null; timeZones: SelectOption[]; onDone: () => void }) {
  const t = useTranslations('admin');
  const tCommon = useTranslations('common');
  const [state, action] = useActionState(saveBranchAction.bind(null, branch?.id ?? null), initialFormState);
  useFormFeedback(state, { onSuccess: onDone });
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  return (
    <DialogForm
      action={action}
      testId="branch-form"
      footer={
        <>
          <Button onClick={onDone}>{tCommon('actions.cancel')}</Button>
          <SubmitButton>{branch ? t('branches.form.save') : t('branches.form.create')}</SubmitButton>
        </>
      }
    >
      <div className={styles.grid}>
        <Input
          label={t('branches.form.code')}
          name="code"
          hint={t('branches.form.codeHint')}
          required
          maxLength={16}
          autoCapitalize="characters"
          autoFocus={!branch}
          defaultValue={values.code ?? branch?.code}
          error={errors.code}
        />
        <Input label={t('branches.form.name')} name="name" placeholder={t('branches.form.namePlaceholder')} required defaultValue={values.name ?? branch?.name} error={errors.name} />
        <Select
          label={t('branches.form.timeZone')}
          name="timeZone"
          options={timeZones}
          hint={t('branches.form.timeZoneHint')}
          required
          defaultValue={values.timeZone ?? branch?.timeZone ?? 'Europe/Moscow'}
          error={errors.timeZone}
          fieldClassName={styles.full}
        />
      </div>
    </DialogForm>
  );
}

export function BranchFormDialog({ open, onClose, branch, timeZones }: { open: boolean; onClose: () => void; branch: EditableBranch | null; timeZones: SelectOption[] }) {
  const t = useTranslations('admin');
  return (
    <Dialog open={open} onClose={onClose} title={branch ? t('branches.form.editTitle', { name: branch.name }) : t('branches.form.createTitle')} testId="branch-dialog">
      <BranchForm branch={branch} timeZones={timeZones} onDone={onClose} />
    </Dialog>
  );
}

/** "New branch" (no `branch`) or the row's "Edit" button, each with its dialog. */
export function BranchDialogButton({ branch, timeZones }: { branch?: EditableBranch; timeZones: SelectOption[] }) {
  const t = useTranslations('admin');
  const tCommon = useTranslations('common');
  const [open, setOpen] = useState(false);
  return (
    <>
      {branch ? (
        <Button size="sm" variant="ghost" icon="edit" onClick={() => setOpen(true)} aria-label={`${tCommon('actions.edit')}: ${branch.name}`}>
          {tCommon('actions.edit')}
        </Button>
      ) : (
        <Button variant="primary" icon="plus" onClick={() => setOpen(true)}>
          {t('branches.new')}
        </Button>
      )}
      <BranchFormDialog open={open} onClose={() => setOpen(false)} branch={branch ?? null} timeZones={timeZones} />
    </>
  );
}
