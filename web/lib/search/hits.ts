import type { SearchCompaniesQuery, SearchMatchField } from '@/lib/gql/graphql';
import { parseHighlight, type HighlightSegment } from './highlight';

/** What the header search shows for one company (components/search/use-company-search.ts). */
export type SearchHit = {
  id: string;
  name: string;
  inn: string | null;
  matchedOn: SearchMatchField;
  highlight: HighlightSegment[] | null;
};

export const SEARCH_MIN_LENGTH = 2;
export const SEARCH_MAX_LENGTH = 100;
export const SEARCH_HIT_LIMIT = 8;

export function reshapeSearchHit(hit: SearchCompaniesQuery['searchCompanies'][number]): SearchHit {
  return {
    id: hit.company.id,
    name: hit.company.name,
    inn: hit.company.inn,
    matchedOn: hit.matchedOn,
    highlight: hit.highlight ? parseHighlight(hit.highlight) : null,
  };
}

export function allResultsHref(query: string): string {
  return `/companies?${new URLSearchParams({ search: query.trim() })}`;
}
