import { CallButton } from '@/components/calls/call-button';
import { Card, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { getT } from '@/i18n/server';
import { formatPhone } from '@/lib/reshape/companies';
import { EmailList, PhoneList } from './channel-list';
import type { CompanyCard } from './company-loader';
import styles from './company-sections.module.css';

/** Телефоны и почта: the company's own numbers and addresses (its people's are under Контакты). */
export async function CompanyChannels({ company }: { company: CompanyCard }) {
  const t = await getT('companies');
  const hint = company.viewerCanEdit ? t('channels.addHint') : undefined;
  return (
    <div className={styles.columns}>
      <Card>
        <CardHeader title={t('channels.phones')} />
        {company.phones.length ? (
          <PhoneList phones={company.phones} callAction={(phone) => <CallButton phone={phone.e164} display={formatPhone(phone.e164)} companyId={company.id} />} />
        ) : (
          <EmptyState icon="phone" title={t('channels.noPhones')} hint={hint} />
        )}
      </Card>
      <Card>
        <CardHeader title={t('channels.emails')} />
        {company.emails.length ? <EmailList emails={company.emails} /> : <EmptyState icon="mail" title={t('channels.noEmails')} hint={hint} />}
      </Card>
    </div>
  );
}
