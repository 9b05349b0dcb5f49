'use client';

import Link from 'next/link';
import { useOptimistic, useState, useTransition, type CSSProperties } from 'react';
import { useTranslations } from 'use-intl';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Icon } from '@/components/ui/icon';
import { useToast } from '@/components/ui/toast';
import { completeTaskAction, rescheduleTaskAction } from '@/lib/actions/tasks';
import type { FormState } from '@/lib/forms';
import type { TaskRow } from '@/lib/tasks/reshape';
import { CompleteTaskDialog } from './complete-task-dialog';
import { RescheduleTaskDialog } from './reschedule-task-dialog';
import styles from './task-list.module.css';

type Change = { id: string; kind: 'remove' | 'pending' };
type ShownRow = TaskRow & { pending?: boolean };

function applyChange(rows: ShownRow[], change: Change): ShownRow[] {
  return change.kind === 'remove' ? rows.filter((row) => row.id !== change.id) : rows.map((row) => (row.id === change.id ? { ...row, pending: true } : row));
}

/**
 * My tasks with their two everyday actions. The list reacts at once (a completed task leaves, a rescheduled
 * one dims) while the server action runs; the page's fresh data then takes over, or the row comes back and a
 * toast says why.
 */
export function TaskList({ rows }: { rows: TaskRow[] }) {
  const t = useTranslations('tasks');
  const { toast } = useToast();
  const [shown, change] = useOptimistic<ShownRow[], Change>(rows, applyChange);
  const [dialog, setDialog] = useState<{ kind: 'complete' | 'reschedule'; row: TaskRow } | null>(null);
  const [, startTransition] = useTransition();

  const run = (optimistic: Change, action: () => Promise<FormState>) => {
    setDialog(null);
    startTransition(async () => {
      change(optimistic);
      const state = await action();
      const message = state.message ?? Object.values(state.fieldErrors ?? {})[0];
      if (message) toast({ tone: state.status === 'success' ? 'success' : 'error', title: message });
    });
  };

  return (
    <>
      <ul className={styles.list} aria-label={t('list.label')} data-testid="task-list">
        {shown.map((row) => (
          <li
            key={row.id}
            className={[styles.row, row.pending && styles.pending, !row.isOpen && styles.done].filter(Boolean).join(' ')}
            data-testid="task-row"
            data-task-id={row.id}
            aria-busy={row.pending || undefined}
          >
            <span className={styles.typeIcon} style={{ '--type-color': row.type?.color } as CSSProperties} title={row.type?.name}>
              <Icon name={row.isOpen ? (row.type?.icon ?? 'tasks') : 'checkCircle'} size={18} />
            </span>
            <div className={styles.main}>
              <div className={styles.titleLine}>
                <span className={styles.title} data-testid="task-title">
                  {row.title}
                </span>
                {row.isUrgent && row.isOpen && (
                  <Badge tone="danger" icon="flame">
                    {t('list.urgent')}
                  </Badge>
                )}
                {row.isInProgress && <Badge tone="info">{t('list.statusInProgress')}</Badge>}
              </div>
              {(row.type || row.company || row.contactName) && (
                <p className={styles.meta}>
                  {row.type && <span className={styles.metaItem}>{row.type.name}</span>}
                  {row.company && (
                    <Link href={`/companies/${row.company.id}`} className={`${styles.metaItem} ${styles.company}`} prefetch={false}>
                      <Icon name="building" size={13} />
                      {row.company.name}
                    </Link>
                  )}
                  {row.contactName && (
                    <span className={styles.metaItem}>
                      <Icon name="user" size={13} />
                      {row.contactName}
                    </span>
                  )}
                </p>
              )}
              {row.description && <p className={styles.description}>{row.description}</p>}
              {row.result && <p className={styles.result}>{t('list.result', { result: row.result })}</p>}
            </div>
            <span className={[styles.due, row.isOverdue && styles.overdue].filter(Boolean).join(' ')} data-testid="task-due">
              <Icon name={row.isOverdue ? 'alert' : row.isOpen ? 'clock' : 'check'} size={15} />
              {row.isOverdue && <span className="visually-hidden">{t('list.overdue')}:</span>}
              {row.isOpen ? row.dueText : row.completedText}
            </span>
            {row.isOpen && row.canEdit ? (
              <div className={styles.actions} role="group" aria-label={t('list.actionsFor', { title: row.title })}>
                <Button size="sm" variant="soft" icon="check" onClick={() => setDialog({ kind: 'complete', row })} data-testid="task-complete">
                  {t('list.complete')}
                </Button>
                <Button size="sm" variant="secondary" icon="calendar" onClick={() => setDialog({ kind: 'reschedule', row })} data-testid="task-reschedule">
                  {t('list.reschedule')}
                </Button>
              </div>
            ) : (
              <span />
            )}
          </li>
        ))}
      </ul>
      <CompleteTaskDialog
        task={dialog?.kind === 'complete' ? dialog.row : null}
        onClose={() => setDialog(null)}
        onSubmit={(row, formData) => run({ id: row.id, kind: 'remove' }, () => completeTaskAction(row.id, row.title, formData))}
      />
      <RescheduleTaskDialog
        task={dialog?.kind === 'reschedule' ? dialog.row : null}
        onClose={() => setDialog(null)}
        onSubmit={(row, formData) => run({ id: row.id, kind: 'pending' }, () => rescheduleTaskAction(row.id, formData))}
      />
    </>
  );
}
