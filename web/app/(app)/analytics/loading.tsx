import { AnalyticsReportSkeleton } from '@/components/analytics/analytics-report';
import { Skeleton } from '@/components/ui/skeleton';

export default function Loading() {
  return (
    <div aria-busy="true">
      <Skeleton width={200} height={28} />
      <Skeleton width={360} height={14} />
      <AnalyticsReportSkeleton />
    </div>
  );
}
