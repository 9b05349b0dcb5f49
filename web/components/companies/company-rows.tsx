'use client';

import Link from 'next/link';
import { CallButton } from '@/components/calls/call-button';
import { Icon } from '@/components/ui/icon';
import tableStyles from '@/components/ui/table.module.css';
import { formatPhone, shortName, telHref } from '@/lib/reshape/companies';
import { SelectRowCheckbox } from './company-selection';
import { DictionaryBadge } from './dictionary-badge';
import styles from './companies-list.module.css';

/** One list row as the table shows it: only the fields it renders, with the dates already formatted on the server. */
export type CompanyListRow = {
  id: string;
  name: string;
  legalName: string | null;
  cold: boolean;
  inn: string | null;
  /** "+2" when the company has more INNs than the first, else null. */
  moreInns: string | null;
  status: { name: string; color: string | null } | null;
  responsible: string;
  branch: string | null;
  phone: { e164: string; extension: string | null } | null;
  canTransfer: boolean;
  lastActivityAt: string;
  /** The last activity relative to now ("2 minutes ago") and in full (its tooltip), in the viewer's time zone. */
  lastActivity: string;
  lastActivityFull: string;
};

/** The texts every row shares, sent once for the whole table. `selectRow` holds the literal "{name}" to fill in. */
export type CompanyRowLabels = {
  columns: { name: string; inn: string; status: string; responsible: string; phone: string; lastActivity: string };
  selectRow: string;
  cannotTransfer: string;
  coldCall: string;
  noBranch: string;
};

/**
 * The table body as one client component: each row reaches the browser as the few fields above instead of its
 * rendered element tree (≈ 2.5 KB of RSC per row before), and the shared labels travel once.
 */
export function CompanyRows({ rows, labels }: { rows: readonly CompanyListRow[]; labels: CompanyRowLabels }) {
  const { columns } = labels;
  return rows.map((company) => (
    <tr key={company.id}>
      <td data-label={columns.name} className={tableStyles.primary}>
        <div className={styles.nameCell}>
          <SelectRowCheckbox
            id={company.id}
            label={labels.selectRow.replace('{name}', company.name)}
            disabled={!company.canTransfer}
            disabledHint={labels.cannotTransfer}
          />
          <div className={styles.nameText}>
            {/* Not prefetched: every visible row would cost a server render and a company read per list view. */}
            <Link href={`/companies/${company.id}`} className={styles.nameLink} prefetch={false}>
              {company.name}
            </Link>
            {(company.legalName || company.cold) && (
              <span className={styles.subline}>
                {company.cold && (
                  <span className={styles.coldMark} title={labels.coldCall}>
                    <Icon name="flame" size={12} label={labels.coldCall} />
                  </span>
                )}
                {company.legalName && (
                  <span className={styles.legalName} title={company.legalName}>
                    {company.legalName}
                  </span>
                )}
              </span>
            )}
          </div>
        </div>
      </td>
      <td data-label={columns.inn}>
        {company.inn ? (
          <span className="tabular">
            {company.inn}
            {company.moreInns && <span className={styles.more}> {company.moreInns}</span>}
          </span>
        ) : (
          <span className={styles.muted}>—</span>
        )}
      </td>
      <td data-label={columns.status}>
        {company.status ? <DictionaryBadge name={company.status.name} color={company.status.color} /> : <span className={styles.muted}>—</span>}
      </td>
      <td data-label={columns.responsible}>
        <span className={styles.person}>
          <span className={styles.personName} title={company.responsible}>
            {shortName(company.responsible)}
          </span>
          <span className={styles.branch}>{company.branch ?? labels.noBranch}</span>
        </span>
      </td>
      <td data-label={columns.phone} className={tableStyles.shrink}>
        {company.phone ? (
          <span className={styles.phoneCell}>
            <a href={telHref(company.phone.e164, company.phone.extension)} className={`${styles.phone} tabular`}>
              {formatPhone(company.phone.e164)}
            </a>
            <CallButton phone={company.phone.e164} display={formatPhone(company.phone.e164)} companyId={company.id} stacked />
          </span>
        ) : (
          <span className={styles.muted}>—</span>
        )}
      </td>
      <td data-label={columns.lastActivity} className={`${tableStyles.end} ${tableStyles.shrink}`}>
        <time dateTime={company.lastActivityAt} title={company.lastActivityFull} className={styles.muted}>
          {company.lastActivity}
        </time>
      </td>
    </tr>
  ));
}
