import { CompanyFormSkeleton } from '@/components/companies/skeletons';

export default function Loading() {
  return <CompanyFormSkeleton />;
}
