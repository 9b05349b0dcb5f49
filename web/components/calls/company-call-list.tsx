'use client';

import { useEffect, useState } from 'react';
import { useFormatter, useTranslations } from 'use-intl';
import { Badge } from '@/components/ui/badge';
import { Card, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Icon, type IconName } from '@/components/ui/icon';
import { formatDuration } from '@/lib/calls/duration';
import type { CallDirection } from '@/lib/gql/graphql';
import { formatPhone } from '@/lib/reshape/companies';
import { type CallItem, useCallActivity } from './call-activity';
import styles from './company-call-list.module.css';
import { OUTCOME_TONE } from './outcome-tone';

const DIRECTION_ICON: Record<CallDirection, IconName> = { OUTGOING: 'send', INCOMING: 'phone', MISSED: 'alert' };

/** The list with this call added (or replaced, when reported again), newest first as the API orders it. */
function withCall(calls: CallItem[], call: CallItem): CallItem[] {
  const others = calls.filter((item) => item.id !== call.id);
  return [...others, call].sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt));
}

/** Звонки: the company's call log, newest first; calls reported while the page is open appear at once. */
export function CompanyCallList({ companyId, initialCalls, initialTotal }: { companyId: string; initialCalls: CallItem[]; initialTotal: number }) {
  const t = useTranslations('calls');
  const format = useFormatter();
  const { onCall } = useCallActivity();
  const [calls, setCalls] = useState(initialCalls);
  const [total, setTotal] = useState(initialTotal);

  useEffect(
    () =>
      onCall((call) => {
        if (call.companyId !== companyId) return;
        setCalls((current) => {
          if (!current.some((item) => item.id === call.id)) setTotal((value) => value + 1);
          return withCall(current, call);
        });
      }),
    [onCall, companyId],
  );

  return (
    <Card>
      <CardHeader title={t('list.title')} description={total > 0 ? t('list.total', { count: total }) : undefined} />
      {calls.length === 0 ? (
        <EmptyState icon="phone" title={t('list.empty')} hint={t('list.emptyHint')} />
      ) : (
        <ul className={styles.list} data-testid="company-call-list" aria-live="polite">
          {calls.map((call) => (
            <li key={call.id} className={styles.item} data-testid="company-call" data-call-request-id={call.callRequestId ?? undefined}>
              <span className={styles.icon} title={t(`direction.${call.direction}`)}>
                <Icon name={DIRECTION_ICON[call.direction]} size={16} label={t(`direction.${call.direction}`)} />
              </span>
              <div className={styles.text}>
                <span className={styles.primary}>
                  <span className="tabular">{call.phoneE164 ? formatPhone(call.phoneE164) : call.phone}</span>
                  <Badge tone={OUTCOME_TONE[call.outcome]}>{t(`outcome.${call.outcome}`)}</Badge>
                  {call.durationSeconds > 0 && <span className={`${styles.duration} tabular`}>{formatDuration(call.durationSeconds)}</span>}
                </span>
                <span className={styles.secondary}>
                  <time dateTime={call.startedAt}>{format.dateTime(new Date(call.startedAt), { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' })}</time>
                  {' · '}
                  {call.user.fullName}
                  {call.source === 'CLICK_TO_CALL' && <> · {t('list.clickToCall')}</>}
                  {call.contact && <> · {t('list.contact', { name: call.contact.fullName })}</>}
                </span>
                {call.note && <p className={styles.note}>{call.note}</p>}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
