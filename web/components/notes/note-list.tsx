import { ButtonLink } from '@/components/ui/button';
import { Card, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import type { SelectOption } from '@/components/ui/form-field';
import { getFormatter, getT } from '@/i18n/server';
import type { CompanyNotesQuery } from '@/lib/gql/graphql';
import { NoteComposer } from './note-composer';
import { NoteItem, type NoteView } from './note-item';
import styles from './notes.module.css';

type Note = NonNullable<CompanyNotesQuery['company']>['notes']['edges'][number]['node'];

type NoteListProps = {
  companyId: string;
  notes: readonly Note[];
  totalCount: number;
  /** Link that shows more notes, when there are more. */
  moreHref: string | null;
  contacts: readonly SelectOption[];
  timeZone: string;
};

/** Заметки: the composer on top, then pinned notes, then the rest newest first. */
export async function NoteList({ companyId, notes, totalCount, moreHref, contacts, timeZone }: NoteListProps) {
  const [t, format] = await Promise.all([getT('companies'), getFormatter(timeZone)]);
  const now = new Date();
  // The API orders them: pinned first, then the newest.
  const views: NoteView[] = notes.map((note) => ({
    id: note.id,
    text: note.text,
    isPinned: note.isPinned,
    author: note.author.fullName,
    contact: note.contact?.fullName ?? null,
    when: format.relativeTime(new Date(note.createdAt), now),
    whenTitle: format.dateTime(new Date(note.createdAt), { dateStyle: 'long', timeStyle: 'short' }),
    createdAt: note.createdAt,
    canEdit: note.viewerCanEdit,
    canPin: note.viewerCanPin,
  }));

  return (
    <Card>
      <CardHeader title={t('notes.title')} description={totalCount > 0 ? t('notes.count', { count: totalCount }) : undefined} />
      <div className={styles.composerWrap}>
        <NoteComposer companyId={companyId} contacts={contacts} />
      </div>
      {views.length === 0 ? (
        <EmptyState icon="message" title={t('notes.empty')} hint={t('notes.emptyHint')} />
      ) : (
        <ul className={styles.list} data-testid="note-list">
          {views.map((note) => (
            <NoteItem key={note.id} companyId={companyId} note={note} />
          ))}
        </ul>
      )}
      {moreHref && (
        <div className={styles.more}>
          <ButtonLink href={moreHref} size="sm" scroll={false}>
            {t('notes.more')}
          </ButtonLink>
        </div>
      )}
    </Card>
  );
}
