'use client';

// A client component although it has no state: a loading.tsx fallback is sent with every page below it, and as
// a client component it travels as a reference to its code instead of its whole element tree (several KB).
import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import styles from './skeletons.module.css';

/** The company list while it loads: header, filter bar, table rows (cards on phones). */
export function CompaniesListSkeleton() {
  return (
    <div aria-busy="true">
      <div className={styles.header}>
        <div className={styles.stack}>
          <Skeleton width={180} height={28} />
          <Skeleton width={120} height={14} />
        </div>
        <Skeleton width={170} height={36} />
      </div>
      <div className={styles.filters}>
        <Skeleton height={38} />
        <div className={styles.filterGrid}>
          {Array.from({ length: 6 }, (_, index) => (
            <Skeleton key={index} height={38} />
          ))}
        </div>
      </div>
      <Card>
        <div className={styles.tableHead}>
          <Skeleton width="30%" height={12} />
        </div>
        {Array.from({ length: 8 }, (_, index) => (
          <div key={index} className={styles.row}>
            <div className={styles.stack} style={{ flex: 2 }}>
              <Skeleton width="70%" height={14} />
              <Skeleton width="45%" height={11} />
            </div>
            <Skeleton className={styles.wide} width={90} height={14} />
            <Skeleton className={styles.wide} width={80} height={22} />
            <Skeleton className={styles.wide} width={140} height={14} />
            <Skeleton className={styles.wide} width={110} height={14} />
          </div>
        ))}
      </Card>
    </div>
  );
}

/** The company page while it loads: title block, tabs, two cards of fields. */
export function CompanyPageSkeleton() {
  return (
    <div aria-busy="true">
      <Skeleton width={90} height={12} />
      <div className={styles.header} style={{ marginTop: 12 }}>
        <div className={styles.stack}>
          <Skeleton width={280} height={30} />
          <Skeleton width={360} height={14} />
          <Skeleton width={220} height={14} />
        </div>
        <div className={styles.actions}>
          <Skeleton width={130} height={36} />
          <Skeleton width={110} height={36} />
        </div>
      </div>
      <div className={styles.tabs}>
        {[90, 130, 80, 80, 70, 70].map((width, index) => (
          <Skeleton key={index} width={width} height={18} />
        ))}
      </div>
      <div className={styles.grid}>
        {[0, 1].map((card) => (
          <Card key={card} padded>
            <div className={styles.stack}>
              {Array.from({ length: 6 }, (_, index) => (
                <div key={index} className={styles.fieldRow}>
                  <Skeleton width="30%" height={12} />
                  <Skeleton width="55%" height={14} />
                </div>
              ))}
            </div>
          </Card>
        ))}
      </div>
    </div>
  );
}

/** The company form while its dictionaries load. */
export function CompanyFormSkeleton() {
  return (
    <div aria-busy="true">
      <div className={styles.stack} style={{ marginBottom: 24 }}>
        <Skeleton width={240} height={28} />
        <Skeleton width={360} height={14} />
      </div>
      {[4, 2, 2].map((fields, card) => (
        <Card key={card} padded className={styles.formCard}>
          <Skeleton width={140} height={18} />
          <div className={styles.formGrid}>
            {Array.from({ length: fields }, (_, index) => (
              <div key={index} className={styles.stack}>
                <Skeleton width={100} height={12} />
                <Skeleton height={38} />
              </div>
            ))}
          </div>
        </Card>
      ))}
    </div>
  );
}

/** One section of the company card (below the header and tabs) while it loads. */
export function CompanySectionSkeleton() {
  return (
    <Card padded aria-busy="true">
      <div className={styles.stack}>
        {Array.from({ length: 5 }, (_, index) => (
          <div key={index} className={styles.fieldRow}>
            <Skeleton variant="circle" width={32} height={32} />
            <div className={styles.stack} style={{ flex: 1 }}>
              <Skeleton width="40%" height={14} />
              <Skeleton width="70%" height={12} />
            </div>
          </div>
        ))}
      </div>
    </Card>
  );
}
