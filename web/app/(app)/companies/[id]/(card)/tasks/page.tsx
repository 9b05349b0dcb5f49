import { notFound } from 'next/navigation';
import { getCompany } from '@/components/companies/company-loader';
import { CompanyTasks } from '@/components/companies/company-tasks';
import { getViewer } from '@/lib/viewer';

export default async function CompanyTasksPage({ params }: { params: Promise<{ id: string }> }) {
  const [company, viewer] = await Promise.all([getCompany((await params).id), getViewer()]);
  if (!company) notFound();
  return <CompanyTasks company={company} viewer={viewer} />;
}
