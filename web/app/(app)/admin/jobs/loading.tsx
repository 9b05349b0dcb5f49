import { PageSkeleton } from '@/components/feedback/page-skeleton';

export default function Loading() {
  return <PageSkeleton rows={8} />;
}
