import 'server-only';
import { cache } from 'react';
import type { SelectOption } from '@/components/ui/form-field';
import { getT } from '@/i18n/server';
import { gqlRequest } from '@/lib/api';
import { CompanyDictionariesQuery } from '@/lib/operations/companies';
import { CONTRACT_TYPES } from '@/lib/reshape/companies';
import { timeZoneOptions } from '@/lib/time-zones';
import type { CompanyFormOptions } from './company-form';

export type CompanyDictionaries = Awaited<ReturnType<typeof loadDictionaries>>;

async function loadDictionaries() {
  const data = await gqlRequest(CompanyDictionariesQuery);
  const bySortOrder = <T extends { sortOrder: number; name: string }>(a: T, b: T) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'ru');
  return {
    statuses: [...data.companyStatuses].sort(bySortOrder),
    spheres: [...data.spheres].sort(bySortOrder),
    branches: data.branches,
    regions: data.regions,
    users: data.users.edges.map(({ node }) => node).sort((a, b) => a.fullName.localeCompare(b.fullName, 'ru')),
  };
}

/** Statuses, spheres, branches, regions and active users, fetched once per request. */
export const getCompanyDictionaries = cache(loadDictionaries);

/** The dictionaries as select options; inactive entries stay selectable only where already chosen. */
export async function getCompanySelectOptions() {
  const [dictionaries, t] = await Promise.all([getCompanyDictionaries(), getT('companies')]);
  const toOption = ({ id, name }: { id: string; name: string }): SelectOption => ({ value: id, label: name });
  return {
    dictionaries,
    statuses: dictionaries.statuses.map(toOption),
    spheres: dictionaries.spheres.map(toOption),
    users: dictionaries.users.map(({ id, fullName }) => ({ value: id, label: fullName })),
    branches: dictionaries.branches.map(toOption),
    regions: dictionaries.regions.map(toOption),
    contractTypes: CONTRACT_TYPES.map((type) => ({ value: type, label: t(`contractTypes.${type}`) })),
  };
}

/** Options for the company form; inactive statuses and spheres are kept so an old choice still shows. */
export async function getCompanyFormOptions(currentTimeZone?: string | null): Promise<CompanyFormOptions> {
  const [{ dictionaries, users, regions, contractTypes }, tAdmin] = await Promise.all([getCompanySelectOptions(), getT('admin')]);
  return {
    timeZones: timeZoneOptions((zone) => tAdmin(`timeZones.${zone}`), currentTimeZone ? [currentTimeZone] : []),
    statuses: dictionaries.statuses.map(({ id, name, isActive }) => ({ value: id, label: name, isActive })),
    spheres: dictionaries.spheres.map(({ id, name, color, isActive }) => ({ value: id, label: name, color, isActive })),
    users,
    regions,
    contractTypes,
  };
}
