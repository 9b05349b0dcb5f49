import 'server-only';
import { cache } from 'react';
import type { SelectOption } from '@/components/ui/form-field';
import { getT } from '@/i18n/server';
import { gqlRequest } from '@/lib/api';
import { CompanyDictionariesQuery } from '@/lib/operations/companies';
import { CONTRACT_TYPES } from '@/lib/reshape/companies';
import { timeZoneOptions } from '@/lib/time-zones';
import { TtlCache } from '@/lib/ttl-cache';
import { getViewer } from '@/lib/viewer';
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

/**
 * Every company page shows them, and they change rarely (an administrator's edit): this process keeps them for a
 * minute, per viewer role (what the API returns could depend on it). A change made through this web server
 * (user or branch saved in the admin pages) clears them at once; one made elsewhere (another web process, the API
 * directly) shows within DICTIONARIES_TTL_MS. The viewer is fetched with their own session first (the layout
 * needs it anyway), so a signed-out visitor is sent to the login page before any shared data is used.
 */
const DICTIONARIES_TTL_MS = 60_000;
const sharedDictionaries = new TtlCache<CompanyDictionaries>(DICTIONARIES_TTL_MS);

/** Statuses, spheres, branches, regions and active users: once per request, and shared for a minute. */
export const getCompanyDictionaries = cache(async (): Promise<CompanyDictionaries> => {
  const viewer = await getViewer();
  return sharedDictionaries.get(viewer.role, loadDictionaries);
});

/** Called by the server actions that change users or branches. */
export function forgetCompanyDictionaries(): void {
  sharedDictionaries.clear();
}

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
