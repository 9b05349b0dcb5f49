'use client';

import { useState } from 'react';
import { useNow, useTimeZone, useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { Dialog, DialogForm } from '@/components/ui/dialog';
import { Input } from '@/components/ui/form-field';
import type { TaskRow } from '@/lib/tasks/reshape';
import { toDateTimeLocalValue, zonedTimeOnDay, zonedWeekday } from '@/lib/time';
import styles from './reschedule-task-dialog.module.css';

type Props = { task: TaskRow | null; onClose: () => void; onSubmit: (task: TaskRow, formData: FormData) => void };

const HOUR_MS = 60 * 60 * 1000;

function useQuickPicks() {
  const t = useTranslations('tasks');
  const timeZone = useTimeZone() ?? 'Europe/Moscow';
  const now = useNow();
  const inAnHour = new Date(Math.ceil((now.getTime() + HOUR_MS) / (15 * 60 * 1000)) * 15 * 60 * 1000);
  const daysToMonday = 8 - zonedWeekday(now, timeZone);
  return [
    { id: 'in-an-hour', label: t('reschedule.inAnHour'), value: toDateTimeLocalValue(inAnHour, timeZone) },
    { id: 'tomorrow', label: t('reschedule.tomorrowMorning'), value: toDateTimeLocalValue(zonedTimeOnDay(now, timeZone, 1, 10), timeZone) },
    { id: 'day-after-tomorrow', label: t('reschedule.dayAfterTomorrow'), value: toDateTimeLocalValue(zonedTimeOnDay(now, timeZone, 2, 10), timeZone) },
    { id: 'monday', label: t('reschedule.nextMonday'), value: toDateTimeLocalValue(zonedTimeOnDay(now, timeZone, daysToMonday, 10), timeZone) },
  ];
}

function RescheduleForm({ task, onClose, onSubmit }: { task: TaskRow; onClose: () => void; onSubmit: Props['onSubmit'] }) {
  const t = useTranslations('tasks');
  const tCommon = useTranslations('common');
  const picks = useQuickPicks();
  const [value, setValue] = useState(task.dueInput ?? picks[1]?.value ?? '');
  const [error, setError] = useState<string | undefined>();

  return (
    <DialogForm
      action={(formData) => {
        if (!value) return setError(tCommon('validation.dateTime'));
        onSubmit(task, formData);
      }}
      footer={
        <>
          <Button onClick={onClose}>{tCommon('actions.cancel')}</Button>
          <Button type="submit" variant="primary" icon="calendar" data-testid="reschedule-submit">
            {t('reschedule.submit')}
          </Button>
        </>
      }
    >
      <div className={styles.quick}>
        <span className={styles.quickLabel} id="reschedule-quick">
          {t('reschedule.quick')}
        </span>
        <div className={styles.chips} role="group" aria-labelledby="reschedule-quick">
          {picks.map((pick) => (
            <button
              key={pick.id}
              type="button"
              className={styles.chip}
              aria-pressed={value === pick.value}
              onClick={() => setValue(pick.value)}
              data-testid={`reschedule-quick-${pick.id}`}
            >
              {pick.label}
            </button>
          ))}
        </div>
      </div>
      <Input
        label={t('reschedule.dueAt')}
        name="dueAt"
        type="datetime-local"
        required
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          setError(undefined);
        }}
        error={error}
      />
    </DialogForm>
  );
}

export function RescheduleTaskDialog({ task, onClose, onSubmit }: Props) {
  const t = useTranslations('tasks');
  return (
    <Dialog open={task !== null} onClose={onClose} title={t('reschedule.title')} description={task?.title} size="sm" testId="reschedule-task-dialog">
      {task && <RescheduleForm task={task} onClose={onClose} onSubmit={onSubmit} />}
    </Dialog>
  );
}
