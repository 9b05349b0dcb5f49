import Link from 'next/link';
import { Icon, type IconName } from '@/components/ui/icon';
import { Skeleton } from '@/components/ui/skeleton';
import { getT } from '@/i18n/server';
import { gqlRequest } from '@/lib/api';
import type { MyTaskCountsQuery } from '@/lib/gql/graphql';
import { MyTaskCountsQuery as MyTaskCountsDocument } from '@/lib/operations/tasks';
import styles from './task-summary-cards.module.css';

type Counts = MyTaskCountsQuery['myTaskCounts'];

const CARDS: readonly { view: 'overdue' | 'today' | 'week'; count: keyof Omit<Counts, 'open'>; icon: IconName }[] = [
  { view: 'overdue', count: 'overdue', icon: 'alert' },
  { view: 'today', count: 'today', icon: 'calendar' },
  { view: 'week', count: 'next7Days', icon: 'clock' },
];

/** Counts of my open tasks that need attention, each linking to its tab of /tasks. */
export async function TaskSummaryCards() {
  const [t, { myTaskCounts }] = await Promise.all([getT('shell'), gqlRequest(MyTaskCountsDocument)]);
  return (
    <div className={styles.grid}>
      {CARDS.map(({ view, count: key, icon }) => {
        const count = myTaskCounts[key];
        const hint =
          view === 'overdue' ? t('home.cards.overdueHint', { count }) : view === 'today' ? t('home.cards.todayHint', { count }) : t('home.cards.weekHint');
        return (
          <Link
            key={view}
            href={`/tasks?view=${view}`}
            className={[styles.card, view === 'overdue' && count > 0 && styles.danger].filter(Boolean).join(' ')}
            data-testid={`summary-${view}`}
          >
            <div className={styles.top}>
              <span className={styles.label}>{t(`home.cards.${view}`)}</span>
              <span className={styles.icon}>
                <Icon name={icon} size={18} />
              </span>
            </div>
            <span className={styles.value}>{count}</span>
            <span className={styles.hint}>{hint}</span>
            <span className={styles.more}>
              {t('home.cards.open')}
              <Icon name="chevronRight" size={14} />
            </span>
          </Link>
        );
      })}
    </div>
  );
}

export function TaskSummaryCardsSkeleton() {
  return (
    <div className={styles.grid} aria-busy="true">
      {CARDS.map(({ view }) => (
        <div key={view} className={styles.card}>
          <Skeleton width="60%" height={16} />
          <Skeleton width={48} height={32} />
          <Skeleton width="80%" height={12} />
        </div>
      ))}
    </div>
  );
}
