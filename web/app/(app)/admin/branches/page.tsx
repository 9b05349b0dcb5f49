import type { Metadata } from 'next';
import { AdminTabs } from '@/components/admin/admin-tabs';
import { BranchDialogButton } from '@/components/admin/branch-form-dialog';
import { MutedText } from '@/components/admin/user-cell';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Table, type Column } from '@/components/ui/table';
import { getT } from '@/i18n/server';
import { gqlRequest } from '@/lib/api';
import type { BranchesQuery } from '@/lib/gql/graphql';
import { BranchesQuery as BranchesDocument } from '@/lib/operations/admin';
import { utcOffsetLabel } from '@/lib/time';
import { isRussianTimeZone, timeZoneOptions } from '@/lib/time-zones';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT('admin'))('branches.metaTitle') };
}

type BranchNode = BranchesQuery['branches'][number];

export default async function AdminBranchesPage() {
  const [t, { branches }] = await Promise.all([getT('admin'), gqlRequest(BranchesDocument)]);
  const cityName = (zone: string) => (isRussianTimeZone(zone) ? t(`timeZones.${zone}`) : zone);
  const timeZones = timeZoneOptions(
    (zone) => t(`timeZones.${zone}`),
    branches.map((branch) => branch.timeZone),
  );

  const columns: Column<BranchNode>[] = [
    { key: 'code', header: t('branches.columns.code'), shrink: true, cell: (branch) => <Badge tone="primary">{branch.code}</Badge> },
    { key: 'name', header: t('branches.columns.name'), primary: true, cell: (branch) => <strong>{branch.name}</strong> },
    {
      key: 'timeZone',
      header: t('branches.columns.timeZone'),
      cell: (branch) => <MutedText>{`${cityName(branch.timeZone)} (${utcOffsetLabel(branch.timeZone)})`}</MutedText>,
    },
    {
      key: 'actions',
      header: t('branches.columns.actions'),
      actions: true,
      shrink: true,
      align: 'end',
      cell: (branch) => <BranchDialogButton branch={{ id: branch.id, code: branch.code, name: branch.name, timeZone: branch.timeZone }} timeZones={timeZones} />,
    },
  ];

  return (
    <>
      <PageHeader title={t('branches.title')} description={t('branches.description')} actions={<BranchDialogButton timeZones={timeZones} />} />
      <AdminTabs active="branches" />
      <Card>
        {branches.length > 0 ? (
          <Table columns={columns} rows={branches} rowKey={(branch) => branch.id} caption={t('branches.caption')} testId="branches-table" />
        ) : (
          <EmptyState icon="branch" title={t('branches.empty.title')} hint={t('branches.empty.hint')} />
        )}
      </Card>
    </>
  );
}
