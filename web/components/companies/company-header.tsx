import Link from 'next/link';
import { Avatar } from '@/components/ui/avatar';
import { Badge } from '@/components/ui/badge';
import { CopyButton } from '@/components/ui/copy-button';
import { Icon } from '@/components/ui/icon';
import { getFormatter, getT } from '@/i18n/server';
import { CompanyActions } from './company-actions';
import type { CompanyCard } from './company-loader';
import { DeletionBanner } from './deletion-banner';
import { DictionaryBadge } from './dictionary-badge';
import styles from './company-header.module.css';

type CompanyHeaderProps = {
  company: CompanyCard;
  users: { value: string; label: string }[];
  timeZone: string;
};

/** Who the company is, who owns it, and what the viewer may do with it. */
export async function CompanyHeader({ company, users, timeZone }: CompanyHeaderProps) {
  const [t, format] = await Promise.all([getT('companies'), getFormatter(timeZone)]);
  const requisites = [
    ...company.inns.map((inn) => ({ label: t('details.inns'), value: inn })),
    ...(company.kpp ? [{ label: t('details.kpp'), value: company.kpp }] : []),
    ...(company.ogrn ? [{ label: t('details.ogrn'), value: company.ogrn }] : []),
  ];

  return (
    <header className={styles.header}>
      <Link href="/companies" className={styles.back}>
        <Icon name="chevronLeft" size={15} />
        {t('page.breadcrumb')}
      </Link>

      {company.pendingDeletionRequest && (
        <DeletionBanner
          companyId={company.id}
          request={{
            reason: company.pendingDeletionRequest.reason,
            requester: company.pendingDeletionRequest.requester.fullName,
            when: format.relativeTime(new Date(company.pendingDeletionRequest.createdAt), new Date()),
            viewerCanDecide: company.pendingDeletionRequest.viewerCanDecide,
            viewerCanCancel: company.pendingDeletionRequest.viewerCanCancel,
          }}
        />
      )}

      <div className={styles.top}>
        <div className={styles.identity}>
          <div className={styles.titleRow}>
            <h1 className={styles.title} data-testid="company-name">
              {company.name}
            </h1>
            {company.status && <DictionaryBadge name={company.status.name} color={company.status.color} />}
            {company.isColdCall && (
              <Badge tone="warning" icon="flame">
                {t('page.coldCall')}
              </Badge>
            )}
          </div>
          {company.legalName && <p className={styles.legalName}>{company.legalName}</p>}
          {requisites.length > 0 && (
            <dl className={styles.requisites}>
              {requisites.map((item) => (
                <div key={`${item.label}-${item.value}`} className={styles.requisite}>
                  <dt>{item.label}</dt>
                  <dd className="tabular">{item.value}</dd>
                  <CopyButton value={item.value} label={`${item.label} ${item.value}`} copiedMessage={t('channels.copied', { value: item.value })} className={styles.copy} />
                </div>
              ))}
            </dl>
          )}
        </div>
        <CompanyActions
          company={{
            id: company.id,
            name: company.name,
            viewerCanEdit: company.viewerCanEdit,
            viewerCanTransfer: company.viewerCanTransfer,
            viewerCanDelete: company.viewerCanDelete,
            viewerCanRequestDeletion: company.viewerCanRequestDeletion,
            hasPendingDeletion: company.pendingDeletionRequest !== null,
          }}
          // The transfer dialog's choice of users (up to 100) goes to the browser only when it can be opened.
          users={company.viewerCanTransfer ? users : []}
        />
      </div>

      <div className={styles.meta}>
        <span className={styles.metaItem}>
          <Avatar name={company.responsible.fullName} size="sm" />
          <span>
            <span className={styles.metaLabel}>{t('page.responsible')}</span>
            <span className={styles.metaValue} data-testid="company-responsible">
              {company.responsible.fullName}
            </span>
          </span>
        </span>
        <span className={styles.metaItem}>
          <span className={styles.metaIcon}>
            <Icon name="branch" size={15} />
          </span>
          <span>
            <span className={styles.metaLabel}>{t('page.branch')}</span>
            <span className={styles.metaValue}>{company.branch?.name ?? t('page.noBranch')}</span>
          </span>
        </span>
        <span className={styles.metaItem}>
          <span className={styles.metaIcon}>
            <Icon name="clock" size={15} />
          </span>
          <span>
            <span className={styles.metaLabel}>{t('page.lastActivityLabel')}</span>
            <time
              className={styles.metaValue}
              dateTime={company.lastActivityAt}
              title={format.dateTime(new Date(company.lastActivityAt), { dateStyle: 'long', timeStyle: 'short' })}
            >
              {format.relativeTime(new Date(company.lastActivityAt), new Date())}
            </time>
          </span>
        </span>
      </div>
    </header>
  );
}
