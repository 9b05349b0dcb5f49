import type { CompanyFilter, CompanyOrder, CompanyOrderField, ContractType, SortDirection } from '@/lib/gql/graphql';
import { PAGING_KEYS } from '@/lib/pagination';
import { CONTRACT_TYPES } from '@/lib/reshape/companies';
import { SEARCH_MAX_LENGTH } from '@/lib/search/hits';
import { firstParam, hrefWith, type SearchParams } from '@/lib/url';

/** The company list's state in the URL: `?search=&status=&sphere=&responsible=&branch=&contract=&cold=&sort=&dir=`. */
export const FILTER_KEYS = ['search', 'status', 'sphere', 'responsible', 'branch', 'contract', 'cold'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The sort in the URL: `?sort=NAME&dir=ASC`. */
export const SORT_KEYS = ['sort', 'dir'] as const;
export const SORT_FIELDS: readonly CompanyOrderField[] = ['NAME', 'LAST_ACTIVITY_AT', 'CREATED_AT', 'UPDATED_AT'];
export const COMPANIES_PATH = '/companies';

export type CompanyListParams = {
  filter: CompanyFilter;
  orderBy: CompanyOrder | undefined;
  values: Partial<Record<FilterKey, string>>;
  /** Filters other than the search text, for the "Filters (n)" toggle on phones. */
  activeFilterCount: number;
  hasFilters: boolean;
};

export function readCompanyListParams(searchParams: SearchParams): CompanyListParams {
  const values: Partial<Record<FilterKey, string>> = {};
  for (const key of FILTER_KEYS) {
    const value = firstParam(searchParams[key])?.trim();
    if (value) values[key] = value;
  }
  // The API refuses longer search texts; a hand-edited URL gets the first part searched instead of an error.
  if (values.search) values.search = values.search.slice(0, SEARCH_MAX_LENGTH);
  const contract = values.contract && (CONTRACT_TYPES as readonly string[]).includes(values.contract) ? (values.contract as ContractType) : undefined;
  const filter: CompanyFilter = {
    ...(values.search ? { search: values.search } : {}),
    ...(values.status ? { statusId: values.status } : {}),
    ...(values.sphere ? { sphereId: values.sphere } : {}),
    ...(values.responsible ? { responsibleId: values.responsible } : {}),
    ...(values.branch ? { branchId: values.branch } : {}),
    ...(contract ? { contractType: contract } : {}),
    ...(values.cold === 'yes' ? { isColdCall: true } : values.cold === 'no' ? { isColdCall: false } : {}),
  };
  const activeFilterCount = FILTER_KEYS.filter((key) => key !== 'search' && values[key]).length;
  return {
    filter,
    orderBy: readSort(searchParams),
    values,
    activeFilterCount,
    hasFilters: activeFilterCount > 0 || Boolean(values.search),
  };
}

function readSort(searchParams: SearchParams): CompanyOrder | undefined {
  const field = firstParam(searchParams.sort);
  if (!field || !(SORT_FIELDS as readonly string[]).includes(field)) return undefined;
  const direction: SortDirection = firstParam(searchParams.dir) === 'DESC' ? 'DESC' : 'ASC';
  return { field: field as CompanyOrderField, direction };
}

/** The link a column header points to: first click sorts ascending (dates: newest first), the next flips it. */
export function sortHref(searchParams: SearchParams, field: CompanyOrderField): string {
  const current = readSort(searchParams);
  const firstDirection: SortDirection = field === 'NAME' ? 'ASC' : 'DESC';
  const direction: SortDirection = current?.field === field ? (current.direction === 'ASC' ? 'DESC' : 'ASC') : firstDirection;
  return hrefWith(COMPANIES_PATH, searchParams, { sort: field, dir: direction }, PAGING_KEYS);
}

export function resetFiltersHref(searchParams: SearchParams): string {
  return hrefWith(COMPANIES_PATH, searchParams, {}, [...FILTER_KEYS, ...PAGING_KEYS]);
}
