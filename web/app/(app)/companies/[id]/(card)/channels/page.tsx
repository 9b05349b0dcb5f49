import { notFound } from 'next/navigation';
import { CompanyChannels } from '@/components/companies/company-channels';
import { getCompany } from '@/components/companies/company-loader';

export default async function CompanyChannelsPage({ params }: { params: Promise<{ id: string }> }) {
  const company = await getCompany((await params).id);
  if (!company) notFound();
  return <CompanyChannels company={company} />;
}
