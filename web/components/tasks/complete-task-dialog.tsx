'use client';

import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { Dialog, DialogForm } from '@/components/ui/dialog';
import { Textarea } from '@/components/ui/form-field';
import type { TaskRow } from '@/lib/tasks/reshape';

type Props = { task: TaskRow | null; onClose: () => void; onSubmit: (task: TaskRow, formData: FormData) => void };

export function CompleteTaskDialog({ task, onClose, onSubmit }: Props) {
  const t = useTranslations('tasks');
  const tCommon = useTranslations('common');
  return (
    <Dialog open={task !== null} onClose={onClose} title={t('complete.title')} description={task?.title} testId="complete-task-dialog">
      {task && (
        <DialogForm
          action={(formData) => onSubmit(task, formData)}
          footer={
            <>
              <Button onClick={onClose}>{tCommon('actions.cancel')}</Button>
              <Button type="submit" variant="primary" icon="check" data-testid="complete-submit">
                {t('complete.submit')}
              </Button>
            </>
          }
        >
          <Textarea label={t('complete.result')} name="result" placeholder={t('complete.resultPlaceholder')} hint={t('complete.resultHint')} rows={3} maxLength={2000} autoFocus />
        </DialogForm>
      )}
    </Dialog>
  );
}
