import { CompanyPageSkeleton } from '@/components/companies/skeletons';

export default function Loading() {
  return <CompanyPageSkeleton />;
}
