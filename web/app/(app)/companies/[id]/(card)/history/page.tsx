import { notFound } from 'next/navigation';
import { CompanyHistory } from '@/components/companies/company-history';
import { orNull } from '@/components/companies/company-loader';
import { getCompanyDictionaries } from '@/components/companies/dictionaries';
import { gqlRequest } from '@/lib/api';
import { CompanyHistoryQuery } from '@/lib/operations/companies';
import { getViewer } from '@/lib/viewer';

const EVENTS_SHOWN = 100;

export default async function CompanyHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [history, dictionaries, viewer] = await Promise.all([
    orNull(gqlRequest(CompanyHistoryQuery, { id, first: EVENTS_SHOWN })),
    getCompanyDictionaries(),
    getViewer(),
  ]);
  if (!history?.company) notFound();
  return <CompanyHistory events={history.company.history} dictionaries={dictionaries} timeZone={viewer.timeZone} />;
}
