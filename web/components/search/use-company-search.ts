'use client';

import { useEffect, useRef, useState } from 'react';
import { browserGql } from '@/lib/live/browser-gql';
import { SearchCompaniesQuery } from '@/lib/operations/search';
import { reshapeSearchHit, SEARCH_HIT_LIMIT, SEARCH_MIN_LENGTH, type SearchHit } from '@/lib/search/hits';

const DEBOUNCE_MS = 150;
const CACHE_SIZE = 30;

export type CompanySearchState =
  | { status: 'idle' }
  | { status: 'loading'; hits: SearchHit[] | null }
  | { status: 'done'; hits: SearchHit[] }
  | { status: 'failed' };

/** Straight to the API's /graphql (nginx routes it there in production): no server-rendering hop per keystroke. */
async function fetchHits(query: string, signal: AbortSignal): Promise<SearchHit[]> {
  const data = await browserGql(SearchCompaniesQuery, { query, first: SEARCH_HIT_LIMIT }, { signal });
  return data.searchCompanies.map(reshapeSearchHit);
}

/**
 * Typeahead data for `query`: waits for a pause in typing, cancels the request of a query that is no longer
 * current, and remembers recent answers so backspacing shows them at once. While a new answer is on its way
 * the previous hits stay on screen (`loading` with `hits`) instead of flickering away.
 */
export function useCompanySearch(query: string): CompanySearchState {
  const text = query.trim();
  const cache = useRef(new Map<string, SearchHit[]>());
  const [state, setState] = useState<CompanySearchState>({ status: 'idle' });

  useEffect(() => {
    if (text.length < SEARCH_MIN_LENGTH) {
      setState({ status: 'idle' });
      return;
    }
    const cached = cache.current.get(text);
    if (cached) {
      setState({ status: 'done', hits: cached });
      return;
    }
    setState((previous) => ({ status: 'loading', hits: previous.status === 'done' || previous.status === 'loading' ? (previous.hits ?? null) : null }));
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      fetchHits(text, controller.signal).then(
        (hits) => {
          cache.current.set(text, hits);
          if (cache.current.size > CACHE_SIZE) cache.current.delete(cache.current.keys().next().value as string);
          setState({ status: 'done', hits });
        },
        () => {
          if (!controller.signal.aborted) setState({ status: 'failed' });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

  return text.length < SEARCH_MIN_LENGTH ? { status: 'idle' } : state;
}
