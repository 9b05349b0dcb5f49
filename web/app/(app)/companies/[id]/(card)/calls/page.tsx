import { notFound } from 'next/navigation';
import { CompanyCallList } from '@/components/calls/company-call-list';
import { gqlRequest } from '@/lib/api';
import { CompanyCallsQuery } from '@/lib/operations/calls';

const CALLS_SHOWN = 50;

export default async function CompanyCallsPage({ params }: { params: Promise<{ id: string }> }) {
  const { company } = await gqlRequest(CompanyCallsQuery, { id: (await params).id, first: CALLS_SHOWN });
  if (!company) notFound();
  return <CompanyCallList companyId={company.id} initialCalls={company.calls.edges.map((edge) => edge.node)} initialTotal={company.calls.totalCount} />;
}
