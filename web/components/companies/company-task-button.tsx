'use client';

import { useActionState, useState } from 'react';
import { useTranslations } from 'use-intl';
import type { CreateTaskOptions } from '@/components/tasks/create-task-dialog';
import { Button } from '@/components/ui/button';
import { Dialog, DialogForm } from '@/components/ui/dialog';
import { Checkbox, Input, Select, Textarea } from '@/components/ui/form-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState } from '@/lib/forms';
import { useFormFeedback } from '@/lib/use-form-feedback';
import { createCompanyTaskAction } from './task-actions';
import styles from './company-sections.module.css';

/** "New task" on the company card: the My-tasks form, bound to this company. */
export function CompanyTaskButton({ companyId, companyName, options }: { companyId: string; companyName: string; options: CreateTaskOptions }) {
  const t = useTranslations('tasks');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="primary" size="sm" icon="plus" onClick={() => setOpen(true)} data-testid="add-company-task">
        {t('newTask')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t('create.title')} description={companyName} testId="create-task-dialog">
        <CompanyTaskForm companyId={companyId} options={options} onDone={() => setOpen(false)} />
      </Dialog>
    </>
  );
}

function CompanyTaskForm({ companyId, options, onDone }: { companyId: string; options: CreateTaskOptions; onDone: () => void }) {
  const t = useTranslations('tasks');
  const tCommon = useTranslations('common');
  const [state, action] = useActionState(createCompanyTaskAction.bind(null, companyId), initialFormState);
  useFormFeedback(state, { onSuccess: onDone });
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const assignees = [
    { value: options.viewer.id, label: t('create.assigneeMe', { name: options.viewer.fullName }) },
    ...options.assignees.filter((user) => user.value !== options.viewer.id),
  ];

  return (
    <DialogForm
      action={action}
      testId="create-task-form"
      footer={
        <>
          <Button onClick={onDone}>{tCommon('actions.cancel')}</Button>
          <SubmitButton icon="plus">{t('create.submit')}</SubmitButton>
        </>
      }
    >
      <Input label={t('create.name')} name="title" placeholder={t('create.namePlaceholder')} required maxLength={300} autoFocus defaultValue={values.title} error={errors.title} />
      <div className={styles.pair}>
        <Select label={t('create.type')} name="typeId" options={options.types} placeholder={t('create.typePlaceholder')} defaultValue={values.typeId ?? ''} error={errors.typeId} />
        <Input label={t('create.dueAt')} name="dueAt" type="datetime-local" required defaultValue={values.dueAt ?? options.defaultDueAt} error={errors.dueAt} />
      </div>
      {options.assignees.length > 0 && (
        <Select label={t('create.assignee')} name="assigneeId" options={assignees} defaultValue={values.assigneeId ?? options.viewer.id} error={errors.assigneeId} />
      )}
      <Textarea label={t('create.description')} name="description" placeholder={t('create.descriptionPlaceholder')} rows={3} maxLength={5000} defaultValue={values.description} error={errors.description} />
      <Checkbox label={t('create.urgent')} hint={t('create.urgentHint')} name="isUrgent" defaultChecked={values.isUrgent === 'on'} error={errors.isUrgent} />
    </DialogForm>
  );
}
