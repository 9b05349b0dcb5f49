import { notFound } from 'next/navigation';
import { orNull } from '@/components/companies/company-loader';
import { NoteList } from '@/components/notes/note-list';
import { gqlRequest } from '@/lib/api';
import { CompanyContactsQuery } from '@/lib/operations/companies';
import { CompanyNotesQuery } from '@/lib/operations/notes';
import { firstParam, hrefWith, type SearchParams } from '@/lib/url';
import { getViewer } from '@/lib/viewer';

const STEP = 20;
const MAX = 200;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default async function CompanyNotesPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const shown = Math.min(MAX, Math.max(STEP, Number(firstParam(query.show)) || STEP));
  const [notes, contacts, viewer] = await Promise.all([
    orNull(gqlRequest(CompanyNotesQuery, { id, first: shown })),
    orNull(gqlRequest(CompanyContactsQuery, { id })),
    getViewer(),
  ]);
  const company = notes?.company;
  if (!company) notFound();
  const connection = company.notes;
  const moreHref = connection.pageInfo.hasNextPage && shown < MAX ? hrefWith(`/companies/${id}/notes`, query, { show: String(shown + STEP) }) : null;
  return (
    <NoteList
      companyId={company.id}
      notes={connection.edges.map((edge) => edge.node)}
      totalCount={connection.totalCount}
      moreHref={moreHref}
      contacts={(contacts?.company?.contacts ?? []).map((contact) => ({ value: contact.id, label: contact.fullName }))}
      timeZone={viewer.timeZone}
    />
  );
}
