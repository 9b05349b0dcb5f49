import { allParams, firstParam, hrefWith, type SearchParams } from './url';

export const PAGE_SIZE = 20;

/** Paging keys in the URL: `after` is the current cursor, `prev` the stack of cursors of earlier pages. */
export const PAGING_KEYS = ['after', 'prev'] as const;

export type PageState = { after: string | undefined; prev: string[]; pageNumber: number };

export function readPageState(searchParams: SearchParams): PageState {
  const after = firstParam(searchParams.after);
  const prev = after ? allParams(searchParams.prev) : [];
  return { after, prev, pageNumber: after ? prev.length + 2 : 1 };
}

export type PageLinks = { previous: string | null; next: string | null; first: string | null };

export function pageLinks(
  pathname: string,
  searchParams: SearchParams,
  { hasNextPage, endCursor }: { hasNextPage: boolean; endCursor?: string | null | undefined },
): PageLinks {
  const { after, prev } = readPageState(searchParams);
  const next =
    hasNextPage && endCursor
      ? hrefWith(pathname, searchParams, { after: endCursor, prev: after ? [...prev, after] : [] })
      : null;
  const previous = after
    ? hrefWith(pathname, searchParams, { after: prev.at(-1), prev: prev.slice(0, -1) })
    : null;
  const first = after && prev.length > 0 ? hrefWith(pathname, searchParams, {}, PAGING_KEYS) : null;
  return { previous, next, first };
}
