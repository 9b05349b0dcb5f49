import Link from 'next/link';
import type { ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import { Card, CardHeader } from '@/components/ui/card';
import { getFormatter, getT } from '@/i18n/server';
import { localDate, localDateAsDate, websiteLink } from '@/lib/reshape/companies';
import { utcOffsetLabel } from '@/lib/time';
import { isRussianTimeZone } from '@/lib/time-zones';
import type { CompanyCard } from './company-loader';
import { DictionaryBadge } from './dictionary-badge';
import styles from './company-sections.module.css';

const SOON_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={styles.field}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Реквизиты: legal data, classification, contract and bookkeeping, empty values shown as "not set". */
export async function CompanyDetails({ company, timeZone }: { company: CompanyCard; timeZone: string }) {
  const [t, tAdmin, format] = await Promise.all([getT('companies'), getT('admin'), getFormatter(timeZone)]);
  const notSet = <span className={styles.notSet}>{t('details.notSet')}</span>;
  const or = (value: ReactNode) => (value === null || value === undefined || value === '' ? notSet : value);

  const localTime = company.timeZone ? format.dateTime(new Date(), { hour: '2-digit', minute: '2-digit', timeZone: company.timeZone }) : null;

  const endDate = localDate(company.contractEndDate);
  const daysLeft = endDate ? Math.ceil((localDateAsDate(endDate).getTime() - Date.now()) / DAY_MS) : null;
  const website = company.website ? websiteLink(company.website) : null;

  return (
    <div className={styles.columns}>
      <Card>
        <CardHeader title={t('details.title')} />
        <dl className={styles.fields}>
          <Field label={t('details.legalName')}>{or(company.legalName)}</Field>
          <Field label={t('details.inns')}>{company.inns.length ? <span className="tabular">{company.inns.join(', ')}</span> : notSet}</Field>
          <Field label={t('details.kpp')}>{or(company.kpp && <span className="tabular">{company.kpp}</span>)}</Field>
          <Field label={t('details.ogrn')}>{or(company.ogrn && <span className="tabular">{company.ogrn}</span>)}</Field>
          <Field label={t('details.address')}>{or(company.address)}</Field>
          <Field label={t('details.region')}>{or(company.region?.name)}</Field>
          <Field label={t('details.timeZone')}>
            {company.timeZone ? (
              <>
                {isRussianTimeZone(company.timeZone) ? tAdmin(`timeZones.${company.timeZone}`) : company.timeZone} ({utcOffsetLabel(company.timeZone)})
                {localTime && <span className={styles.aside}> · {t('details.localTime', { time: localTime })}</span>}
              </>
            ) : (
              notSet
            )}
          </Field>
          <Field label={t('details.website')}>
            {website ? (
              <a href={website.href} target="_blank" rel="noopener noreferrer">
                {website.label}
              </a>
            ) : (
              notSet
            )}
          </Field>
        </dl>
      </Card>

      <div className={styles.stack}>
        <Card>
          <CardHeader title={t('details.classification')} />
          <dl className={styles.fields}>
            <Field label={t('details.spheres')}>
              {company.spheres.length ? (
                <span className={styles.badges}>
                  {company.spheres.map((sphere) => (
                    <DictionaryBadge key={sphere.id} name={sphere.name} color={sphere.color} />
                  ))}
                </span>
              ) : (
                notSet
              )}
            </Field>
            <Field label={t('details.activityKind')}>{or(company.activityKind)}</Field>
            <Field label={t('details.employeeCount')}>{company.employeeCount === null ? notSet : format.number(company.employeeCount)}</Field>
            <Field label={t('details.workingHours')}>{or(company.workingHours)}</Field>
            <Field label={t('details.headCompany')}>
              {company.headCompany ? <Link href={`/companies/${company.headCompany.id}`}>{company.headCompany.name}</Link> : notSet}
            </Field>
          </dl>
        </Card>

        <Card>
          <CardHeader title={t('details.contract')} />
          <dl className={styles.fields}>
            <Field label={t('details.contractType')}>{company.contractType ? t(`contractTypes.${company.contractType}`) : notSet}</Field>
            <Field label={t('details.contractEndDate')}>
              {endDate ? (
                <span className={styles.inline}>
                  {format.dateTime(localDateAsDate(endDate), { dateStyle: 'long', timeZone: 'UTC' })}
                  {daysLeft !== null && daysLeft < 0 && <Badge tone="danger">{t('details.contractExpired')}</Badge>}
                  {daysLeft !== null && daysLeft >= 0 && daysLeft <= SOON_DAYS && <Badge tone="warning">{t('details.contractEndsSoon')}</Badge>}
                </span>
              ) : (
                notSet
              )}
            </Field>
            <Field label={t('details.contractAmount')}>
              {company.contractAmount === null ? (
                notSet
              ) : (
                <span className="tabular">{format.number(company.contractAmount, { style: 'currency', currency: 'RUB', maximumFractionDigits: 2, minimumFractionDigits: 0 })}</span>
              )}
            </Field>
          </dl>
        </Card>

        <Card>
          <CardHeader title={t('details.system')} />
          <dl className={styles.fields}>
            <Field label={t('details.createdAt')}>{format.dateTime(new Date(company.createdAt), { dateStyle: 'long', timeStyle: 'short' })}</Field>
            <Field label={t('details.updatedAt')}>{format.dateTime(new Date(company.updatedAt), { dateStyle: 'long', timeStyle: 'short' })}</Field>
          </dl>
        </Card>
      </div>
    </div>
  );
}
