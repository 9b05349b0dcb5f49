import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CompanyDetails } from '@/components/companies/company-details';
import { getCompany } from '@/components/companies/company-loader';
import { getT } from '@/i18n/server';
import { getViewer } from '@/lib/viewer';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const company = await getCompany((await params).id);
  return { title: company?.name ?? (await getT('companies'))('page.notFoundTitle') };
}

export default async function CompanyDetailsPage({ params }: Props) {
  const [company, viewer] = await Promise.all([getCompany((await params).id), getViewer()]);
  if (!company) notFound();
  return <CompanyDetails company={company} timeZone={viewer.timeZone} />;
}
