'use client';

// A client component although it has no state: a loading.tsx fallback is sent with every page below it, and as
// a client component it travels as a reference to its code instead of its whole element tree (several KB).
import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import styles from './page-skeleton.module.css';

/** The shape of a list page while it loads: header, tabs or filters, then rows. */
export function PageSkeleton({ rows = 6 }: { rows?: number }) {
  return (
    <div className={styles.page} aria-busy="true">
      <div className={styles.header}>
        <Skeleton width={220} height={28} />
        <Skeleton width={320} height={14} />
      </div>
      <div className={styles.tabs}>
        {[96, 80, 120, 110].map((width) => (
          <Skeleton key={width} width={width} height={20} />
        ))}
      </div>
      <Card>
        {Array.from({ length: rows }, (_, index) => (
          <div key={index} className={styles.row}>
            <Skeleton variant="circle" width={36} height={36} />
            <div className={styles.lines}>
              <Skeleton width="45%" height={14} />
              <Skeleton width="28%" height={12} />
            </div>
            <Skeleton width={90} height={28} />
          </div>
        ))}
      </Card>
    </div>
  );
}
