'use client';

import { useActionState } from 'react';
import { useTranslations } from 'use-intl';
import { Checkbox, Select, Textarea, type SelectOption } from '@/components/ui/form-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState } from '@/lib/forms';
import { useFormFeedback } from '@/lib/use-form-feedback';
import { createNoteAction } from './actions';
import styles from './notes.module.css';

/** A new note at the top of the list; the form clears itself after a successful save. */
export function NoteComposer({ companyId, contacts }: { companyId: string; contacts: readonly SelectOption[] }) {
  const t = useTranslations('companies.notes');
  const tContacts = useTranslations('companies.contacts');
  const [state, action] = useActionState(createNoteAction.bind(null, companyId), initialFormState);
  useFormFeedback(state);

  return (
    <form action={action} className={styles.composer} noValidate data-testid="note-composer">
      <Textarea
        name="text"
        label={t('label')}
        hideLabel
        placeholder={t('placeholder')}
        rows={3}
        required
        error={state.fieldErrors?.text}
        defaultValue={state.status === 'error' ? state.values?.text : undefined}
        className={styles.composerText}
      />
      <div className={styles.composerBar}>
        <div className={styles.composerOptions}>
          {contacts.length > 0 && (
            <Select name="contactId" label={t('aboutContact')} hideLabel placeholder={t('noContact')} options={contacts} className={styles.contactSelect} aria-label={tContacts('title')} />
          )}
          <Checkbox name="isPinned" label={t('pinOnCreate')} />
        </div>
        <SubmitButton icon="send" data-testid="note-submit">
          {t('add')}
        </SubmitButton>
      </div>
    </form>
  );
}
