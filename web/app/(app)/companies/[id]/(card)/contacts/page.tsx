import { notFound } from 'next/navigation';
import { orNull } from '@/components/companies/company-loader';
import { ContactList } from '@/components/contacts/contact-list';
import { gqlRequest } from '@/lib/api';
import { CompanyContactsQuery } from '@/lib/operations/companies';

export default async function CompanyContactsPage({ params }: { params: Promise<{ id: string }> }) {
  const company = (await orNull(gqlRequest(CompanyContactsQuery, { id: (await params).id })))?.company;
  if (!company) notFound();
  return <ContactList companyId={company.id} contacts={company.contacts} canEdit={company.viewerCanEdit} />;
}
