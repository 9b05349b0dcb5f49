import { CallButton } from '@/components/calls/call-button';
import { EmailList, PhoneList } from '@/components/companies/channel-list';
import { Avatar } from '@/components/ui/avatar';
import { Card, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { getT } from '@/i18n/server';
import { formatPhone } from '@/lib/reshape/companies';
import type { CompanyContactsQuery } from '@/lib/gql/graphql';
import { AddContactButton, ContactActions } from './contact-actions';
import type { ContactFormValues } from './contact-dialog';
import styles from './contacts.module.css';

type Contact = NonNullable<CompanyContactsQuery['company']>['contacts'][number];

function formValues(contact: Contact): ContactFormValues {
  return {
    id: contact.id,
    fullName: contact.fullName,
    lastName: contact.lastName ?? '',
    firstName: contact.firstName,
    middleName: contact.middleName ?? '',
    position: contact.position ?? '',
    note: contact.note ?? '',
    phones: contact.phones.map((phone) => ({ raw: phone.raw, type: phone.type, comment: phone.comment ?? '', isColdCall: false })),
    emails: contact.emails.map((email) => ({ email: email.email, type: email.type, comment: email.comment ?? '' })),
  };
}

/** The company's people with their own phones and e-mails; editing opens a dialog. */
export async function ContactList({ companyId, contacts, canEdit }: { companyId: string; contacts: readonly Contact[]; canEdit: boolean }) {
  const t = await getT('companies');
  return (
    <Card>
      <CardHeader title={t('contacts.title')} actions={canEdit ? <AddContactButton companyId={companyId} /> : undefined} />
      {contacts.length === 0 ? (
        <EmptyState icon="users" title={t('contacts.empty')} hint={t('contacts.emptyHint')} />
      ) : (
        <ul className={styles.list} data-testid="contact-list">
          {contacts.map((contact) => (
            <li key={contact.id} className={styles.contact} data-testid="contact-item">
              <Avatar name={contact.fullName} />
              <div className={styles.body}>
                <div className={styles.heading}>
                  <div>
                    <p className={styles.name}>{contact.fullName}</p>
                    {contact.position && <p className={styles.position}>{contact.position}</p>}
                  </div>
                  {canEdit && (
                    <div className={styles.actions}>
                      <ContactActions companyId={companyId} contact={formValues(contact)} />
                    </div>
                  )}
                </div>
                {(contact.phones.length > 0 || contact.emails.length > 0) && (
                  <div className={styles.channels}>
                    {contact.phones.length > 0 && (
                      <PhoneList
                        phones={contact.phones}
                        compact
                        callAction={(phone) => <CallButton phone={phone.e164} display={formatPhone(phone.e164)} companyId={companyId} contactId={contact.id} />}
                      />
                    )}
                    {contact.emails.length > 0 && <EmailList emails={contact.emails} compact />}
                  </div>
                )}
                {contact.note && <p className={styles.note}>{contact.note}</p>}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
