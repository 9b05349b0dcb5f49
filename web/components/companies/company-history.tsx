import { Avatar } from '@/components/ui/avatar';
import { Card, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Icon } from '@/components/ui/icon';
import { getFormatter, getT } from '@/i18n/server';
import type { CompanyHistoryQuery } from '@/lib/gql/graphql';
import { formatPhone, grammaticalGender, localDateAsDate } from '@/lib/reshape/companies';
import type { CompanyDictionaries } from './dictionaries';
import { describeValue, eventReason, eventResult, eventSubject, fieldChanges, historyVerb, type ValueWords } from './history-sentences';
import styles from './company-history.module.css';

type HistoryEvent = NonNullable<CompanyHistoryQuery['company']>['history'][number];

type Untyped = ((key: string, values?: Record<string, string | number>) => string) & { has: (key: string) => boolean };

const OWNER_FIELDS = new Set(['responsibleId', 'responsible']);

/** История: each audit event as a sentence ("Иван Петров изменил: Статус «Новый» → «Клиент»"). */
export async function CompanyHistory({ events, dictionaries, timeZone }: { events: readonly HistoryEvent[]; dictionaries: CompanyDictionaries; timeZone: string }) {
  const [typed, format] = await Promise.all([getT('companies'), getFormatter(timeZone)]);
  const t = typed as unknown as Untyped;
  const now = new Date();

  const names = new Map<string, string>([
    ...dictionaries.statuses.map((item): [string, string] => [item.id, item.name]),
    ...dictionaries.spheres.map((item): [string, string] => [item.id, item.name]),
    ...dictionaries.branches.map((item): [string, string] => [item.id, item.name]),
    ...dictionaries.regions.map((item): [string, string] => [item.id, item.name]),
    ...dictionaries.users.map((item): [string, string] => [item.id, item.fullName]),
  ]);
  const words: ValueWords = {
    names,
    empty: t('history.emptyValue'),
    yes: t('history.yes'),
    no: t('history.no'),
    dateTime: (value) => format.dateTime(value, { dateStyle: 'medium', timeStyle: 'short' }),
    date: (value) => format.dateTime(localDateAsDate(value), { dateStyle: 'medium', timeZone: 'UTC' }),
    phone: formatPhone,
    label: (field, value) => {
      const key = field === 'contractType' ? `contractTypes.${value}` : field === 'type' ? `phoneTypes.${value}` : field === 'status' ? `tasks.statuses.${value}` : null;
      return key && t.has(key) ? t(key) : null;
    },
  };
  const fieldLabel = (field: string) => (t.has(`history.fields.${field}`) ? t(`history.fields.${field}`) : field);

  return (
    <Card>
      <CardHeader title={t('history.title')} />
      {events.length === 0 ? (
        <EmptyState icon="clock" title={t('history.empty')} hint={t('history.emptyHint')} />
      ) : (
        <ol className={styles.timeline} data-testid="history-list">
          {events.map((event) => {
            const actor = event.actor?.fullName ?? t('history.someone');
            const gender = event.actor ? grammaticalGender(actor) : 'male';
            const verb = historyVerb(event.verb, event.entityType);
            const changes = fieldChanges(event.changes);
            const owner = changes.find((change) => OWNER_FIELDS.has(change.field));
            const subject = verb === 'updated' || verb === 'transferred' ? null : eventSubject(event.changes);
            const reason = eventReason(event.changes);
            const result = verb === 'taskCompleted' ? eventResult(event.changes) : null;
            const shownChanges = verb === 'updated' || verb === 'contactUpdated' || verb === 'taskUpdated' ? changes : [];

            let sentence: string;
            if (verb === 'transferred' && owner) {
              sentence = t('history.verbs.transferredTo', {
                actor,
                gender,
                from: describeValue(owner.field, owner.from, words),
                to: describeValue(owner.field, owner.to, words),
              });
            } else if (verb) {
              sentence = t(`history.verbs.${verb}`, { actor, gender });
            } else {
              sentence = t('history.verbs.other', { actor, verb: event.verb });
            }

            return (
              <li key={event.id} className={styles.event} data-testid="history-event">
                {event.actor ? (
                  <Avatar name={actor} size="sm" />
                ) : (
                  <span className={styles.system}>
                    <Icon name="refresh" size={14} />
                  </span>
                )}
                <div className={styles.body}>
                  <p className={styles.sentence}>
                    {sentence}
                    {subject && <span className={styles.subject}> «{subject}»</span>}
                  </p>
                  {shownChanges.length > 0 && (
                    <ul className={styles.changes}>
                      {shownChanges.map((change) => (
                        <li key={change.field}>
                          <span className={styles.field}>{fieldLabel(change.field)}</span>{' '}
                          <span className={styles.from}>«{describeValue(change.field, change.from, words)}»</span>
                          <span className={styles.arrow} aria-hidden>
                            {' '}
                            →{' '}
                          </span>
                          <span className="visually-hidden"> {t('history.arrow')} </span>
                          <span className={styles.to}>«{describeValue(change.field, change.to, words)}»</span>
                        </li>
                      ))}
                    </ul>
                  )}
                  {reason && <p className={styles.reason}>{t('history.reason', { reason })}</p>}
                  {result && <p className={styles.reason}>{t('history.result', { result })}</p>}
                  <time className={styles.time} dateTime={event.occurredAt} title={format.dateTime(new Date(event.occurredAt), { dateStyle: 'long', timeStyle: 'short' })}>
                    {format.relativeTime(new Date(event.occurredAt), now)}
                  </time>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </Card>
  );
}
