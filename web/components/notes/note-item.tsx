'use client';

import { startTransition, useActionState, useState, useTransition } from 'react';
import { useTranslations } from 'use-intl';
import { Avatar } from '@/components/ui/avatar';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Textarea } from '@/components/ui/form-field';
import { useToast } from '@/components/ui/toast';
import { initialFormState } from '@/lib/forms';
import { useFormFeedback } from '@/lib/use-form-feedback';
import { deleteNoteAction, pinNoteAction, updateNoteAction } from './actions';
import styles from './notes.module.css';

export type NoteView = {
  id: string;
  text: string;
  isPinned: boolean;
  author: string;
  contact: string | null;
  /** Already formatted on the server (relative time and full date), so both renders agree. */
  when: string;
  whenTitle: string;
  createdAt: string;
  canEdit: boolean;
  canPin: boolean;
};

export function NoteItem({ companyId, note }: { companyId: string; note: NoteView }) {
  const t = useTranslations('companies.notes');
  const { toast } = useToast();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, startBusy] = useTransition();

  const run = (work: () => Promise<{ status: string; message?: string }>) =>
    startBusy(async () => {
      const state = await work();
      if (state.message) toast({ tone: state.status === 'success' ? 'success' : 'error', title: state.message });
    });

  const togglePin = () => run(() => pinNoteAction(companyId, note.id, !note.isPinned));
  const remove = () => run(() => deleteNoteAction(companyId, note.id));

  return (
    <li className={[styles.note, note.isPinned && styles.pinned].filter(Boolean).join(' ')} data-testid="note-item" aria-busy={busy || undefined}>
      <Avatar name={note.author} size="sm" />
      <div className={styles.noteBody}>
        <div className={styles.noteMeta}>
          <span className={styles.author}>{note.author}</span>
          <time dateTime={note.createdAt} title={note.whenTitle} className={styles.time}>
            {note.when}
          </time>
          {note.contact && <span className={styles.time}>· {t('about', { name: note.contact })}</span>}
          {note.isPinned && (
            <Badge tone="primary" icon="star">
              {t('pinned')}
            </Badge>
          )}
        </div>
        {editing ? (
          <EditNoteForm companyId={companyId} note={note} onDone={() => setEditing(false)} />
        ) : (
          <p className={styles.text}>{note.text}</p>
        )}
        {!editing && (note.canEdit || note.canPin) && (
          <div className={styles.noteActions}>
            {note.canPin && (
              <Button variant="ghost" size="sm" icon="star" onClick={togglePin} disabled={busy}>
                {note.isPinned ? t('unpin') : t('pin')}
              </Button>
            )}
            {note.canEdit && (
              <>
                <Button variant="ghost" size="sm" icon="edit" onClick={() => setEditing(true)} disabled={busy}>
                  {t('edit')}
                </Button>
                <Button variant="ghost" size="sm" icon="ban" onClick={() => setConfirming(true)} disabled={busy} className={styles.danger}>
                  {t('delete')}
                </Button>
              </>
            )}
          </div>
        )}
      </div>
      <ConfirmDialog open={confirming} onClose={() => setConfirming(false)} onConfirm={remove} title={t('deleteTitle')} confirmLabel={t('delete')} pending={busy}>
        <p>{t('deleteConfirm')}</p>
      </ConfirmDialog>
    </li>
  );
}

function EditNoteForm({ companyId, note, onDone }: { companyId: string; note: NoteView; onDone: () => void }) {
  const t = useTranslations('companies.notes');
  const [state, action, pending] = useActionState(updateNoteAction.bind(null, companyId, note.id), initialFormState);
  useFormFeedback(state, { onSuccess: onDone });
  return (
    <form
      className={styles.editForm}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const formData = new FormData(event.currentTarget);
        startTransition(() => action(formData));
      }}
    >
      <Textarea name="text" label={t('textLabel')} hideLabel defaultValue={note.text} rows={4} error={state.fieldErrors?.text} autoFocus />
      <div className={styles.noteActions}>
        <Button size="sm" variant="primary" type="submit" loading={pending}>
          {t('save')}
        </Button>
        <Button size="sm" variant="ghost" onClick={onDone}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
