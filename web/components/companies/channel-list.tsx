import type { ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import { CopyButton } from '@/components/ui/copy-button';
import { Icon } from '@/components/ui/icon';
import { getT } from '@/i18n/server';
import type { EmailType, PhoneType } from '@/lib/gql/graphql';
import { formatPhone, telHref } from '@/lib/reshape/companies';
import styles from './channel-list.module.css';

export type PhoneItem = { id: string; e164: string; extension: string | null; type: PhoneType; comment: string | null; isColdCall?: boolean };
export type EmailItem = { id: string; email: string; type: EmailType; comment: string | null };

type PhoneListProps = {
  phones: readonly PhoneItem[];
  /** Click-to-call (CallButton: requestCall → the viewer's phone); it sits first among the row's actions. */
  callAction?: (phone: PhoneItem) => ReactNode;
  compact?: boolean;
};

/** Phone numbers formatted for reading, each a `tel:` link with copy and call actions. */
export async function PhoneList({ phones, callAction, compact }: PhoneListProps) {
  const t = await getT('companies');
  return (
    <ul className={[styles.list, compact && styles.compact].filter(Boolean).join(' ')} data-testid="phone-list">
      {phones.map((phone) => {
        const display = formatPhone(phone.e164);
        return (
          <li key={phone.id} className={styles.item}>
            <span className={styles.icon}>
              <Icon name="phone" size={16} />
            </span>
            <div className={styles.text}>
              <span className={styles.primary}>
                <a href={telHref(phone.e164, phone.extension)} className={`${styles.value} tabular`}>
                  {display}
                </a>
                {phone.extension && <span className={styles.extension}>{t('channels.extension', { extension: phone.extension })}</span>}
              </span>
              <span className={styles.secondary}>
                {t(`phoneTypes.${phone.type}`)}
                {phone.comment && <> · {phone.comment}</>}
                {phone.isColdCall && (
                  <Badge tone="warning" icon="flame" className={styles.badge}>
                    {t('channels.coldCall')}
                  </Badge>
                )}
              </span>
            </div>
            <div className={styles.actions}>
              {callAction?.(phone)}
              <CopyButton value={phone.e164} label={`${t('channels.copyNumber')} ${display}`} copiedMessage={t('channels.copied', { value: display })} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}

export async function EmailList({ emails, compact }: { emails: readonly EmailItem[]; compact?: boolean }) {
  const t = await getT('companies');
  return (
    <ul className={[styles.list, compact && styles.compact].filter(Boolean).join(' ')} data-testid="email-list">
      {emails.map((email) => (
        <li key={email.id} className={styles.item}>
          <span className={styles.icon}>
            <Icon name="mail" size={16} />
          </span>
          <div className={styles.text}>
            <a href={`mailto:${email.email}`} className={styles.value}>
              {email.email}
            </a>
            <span className={styles.secondary}>
              {t(`emailTypes.${email.type}`)}
              {email.comment && <> · {email.comment}</>}
            </span>
          </div>
          <div className={styles.actions}>
            <CopyButton value={email.email} label={`${t('channels.copyEmail')} ${email.email}`} copiedMessage={t('channels.copied', { value: email.email })} />
          </div>
        </li>
      ))}
    </ul>
  );
}
