import { CompaniesListSkeleton } from '@/components/companies/skeletons';

export default function Loading() {
  return <CompaniesListSkeleton />;
}
