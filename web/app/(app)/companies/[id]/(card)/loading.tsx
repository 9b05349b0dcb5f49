import { CompanySectionSkeleton } from '@/components/companies/skeletons';

export default function Loading() {
  return <CompanySectionSkeleton />;
}
