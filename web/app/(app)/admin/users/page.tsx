import type { Metadata } from 'next';
import { AdminTabs } from '@/components/admin/admin-tabs';
import { CreateUserButton } from '@/components/admin/create-user-button';
import type { UserFormOptions } from '@/components/admin/types';
import { UserFilters } from '@/components/admin/user-filters';
import { MutedText, UserCell } from '@/components/admin/user-cell';
import { UserRowActions } from '@/components/admin/user-row-actions';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { Table, type Column } from '@/components/ui/table';
import { locales } from '@/i18n/config';
import { getFormatter, getT } from '@/i18n/server';
import { gqlRequest, reshapeConnection } from '@/lib/api';
import type { AdminUsersQuery, Role } from '@/lib/gql/graphql';
import { AdminUsersQuery as AdminUsersDocument, BranchesQuery } from '@/lib/operations/admin';
import { PAGE_SIZE, readPageState } from '@/lib/pagination';
import { ROLES } from '@/lib/roles';
import { timeZoneOptions } from '@/lib/time-zones';
import { firstParam, type SearchParams } from '@/lib/url';
import { getViewer } from '@/lib/viewer';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT('admin'))('users.metaTitle') };
}

type UserNode = AdminUsersQuery['users']['edges'][number]['node'];

function readFilters(params: SearchParams) {
  const role = firstParam(params.role);
  const status = firstParam(params.status);
  return {
    search: firstParam(params.search)?.trim() || undefined,
    role: role && (ROLES as readonly string[]).includes(role) ? (role as Role) : undefined,
    branch: firstParam(params.branch),
    status: status === 'active' || status === 'inactive' ? status : undefined,
  };
}

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const filters = readFilters(params);
  const { after } = readPageState(params);
  const viewer = await getViewer();
  const [t, tCommon, format, usersResult, { branches }] = await Promise.all([
    getT('admin'),
    getT('common'),
    getFormatter(viewer.timeZone),
    gqlRequest(AdminUsersDocument, {
      filter: {
        ...(filters.search ? { search: filters.search } : {}),
        ...(filters.role ? { role: filters.role } : {}),
        ...(filters.branch ? { branchId: filters.branch } : {}),
        ...(filters.status ? { isActive: filters.status === 'active' } : {}),
      },
      first: PAGE_SIZE,
      ...(after ? { after } : {}),
    }),
    gqlRequest(BranchesQuery),
  ]);
  const page = reshapeConnection(usersResult.users);

  const roleOptions = ROLES.map((role) => ({ value: role, label: tCommon(`roles.${role}`) }));
  const branchOptions = branches.map((branch) => ({ value: branch.id, label: `${branch.name} (${branch.code})` }));
  const formOptions: UserFormOptions = {
    roles: roleOptions,
    branches: branchOptions,
    locales: locales.map((locale) => ({ value: locale, label: tCommon(`locales.${locale}`) })),
    timeZones: timeZoneOptions(
      (zone) => t(`timeZones.${zone}`),
      [...page.items.map((user) => user.timeZone), ...branches.map((branch) => branch.timeZone)],
    ),
    defaultTimeZone: viewer.branch ? (branches.find((branch) => branch.id === viewer.branch?.id)?.timeZone ?? 'Europe/Moscow') : 'Europe/Moscow',
  };

  const columns: Column<UserNode>[] = [
    {
      key: 'user',
      header: t('users.columns.user'),
      primary: true,
      cell: (user) => <UserCell fullName={user.fullName} email={user.email} />,
    },
    {
      key: 'role',
      header: t('users.columns.role'),
      cell: (user) => <Badge tone={user.role === 'ADMIN' ? 'primary' : user.role === 'MANAGER' ? 'neutral' : 'info'}>{tCommon(`roles.${user.role}`)}</Badge>,
    },
    { key: 'branch', header: t('users.columns.branch'), cell: (user) => user.branch?.name ?? t('users.noBranch') },
    {
      key: 'status',
      header: t('users.columns.status'),
      cell: (user) =>
        user.isActive ? (
          <Badge tone="success" dot>
            {t('users.active')}
          </Badge>
        ) : (
          <Badge tone="neutral" dot>
            {t('users.inactive')}
          </Badge>
        ),
    },
    {
      key: 'lastLogin',
      header: t('users.columns.lastLogin'),
      cell: (user) => (
        <MutedText>
          {user.lastLoginAt ? format.dateTime(new Date(user.lastLoginAt), { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }) : t('users.never')}
        </MutedText>
      ),
    },
    {
      key: 'actions',
      header: t('users.columns.actions'),
      actions: true,
      shrink: true,
      align: 'end',
      cell: (user) => (
        <UserRowActions
          isSelf={user.id === viewer.id}
          options={formOptions}
          user={{
            id: user.id,
            email: user.email,
            fullName: user.fullName,
            role: user.role,
            branchId: user.branch?.id ?? null,
            locale: user.locale,
            timeZone: user.timeZone,
            isActive: user.isActive,
            emailSignature: user.emailSignature,
          }}
        />
      ),
    },
  ];

  const hasFilters = Object.values(filters).some(Boolean);
  return (
    <>
      <PageHeader title={t('users.title')} description={t('users.description')} actions={<CreateUserButton options={formOptions} />} />
      <AdminTabs active="users" />
      <Card>
        <UserFilters current={filters} roles={roleOptions} branches={branchOptions} />
        {page.items.length > 0 ? (
          <Table columns={columns} rows={page.items} rowKey={(user) => user.id} caption={t('users.caption')} testId="users-table" />
        ) : (
          <EmptyState icon="users" title={t('users.empty.title')} hint={hasFilters ? t('users.empty.hint') : t('users.empty.hintNoFilters')} />
        )}
        <Pagination
          pathname="/admin/users"
          searchParams={params}
          hasNextPage={page.hasNextPage}
          endCursor={page.endCursor}
          totalCount={page.totalCount}
          itemCount={page.items.length}
        />
      </Card>
    </>
  );
}
