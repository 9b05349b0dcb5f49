import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { CompanyHeader } from '@/components/companies/company-header';
import { getCompany } from '@/components/companies/company-loader';
import { CompanyTabs } from '@/components/companies/company-tabs';
import { getCompanySelectOptions } from '@/components/companies/dictionaries';
import { getViewer } from '@/lib/viewer';

/** The company card: header and section tabs stay while the sections below change. */
export default async function CompanyCardLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [company, options, viewer] = await Promise.all([getCompany(id), getCompanySelectOptions(), getViewer()]);
  if (!company) notFound();
  return (
    <>
      <CompanyHeader company={company} users={options.users} timeZone={viewer.timeZone} />
      <CompanyTabs companyId={company.id} counts={{
          channels: company.phones.length + company.emails.length,
          contacts: company.contacts.length,
          notes: company.notes.totalCount,
          tasks: company.openTasks.totalCount,
        }} />
      {children}
    </>
  );
}
