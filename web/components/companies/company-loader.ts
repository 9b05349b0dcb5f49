import 'server-only';
import { cache } from 'react';
import { ApiError, gqlRequest } from '@/lib/api';
import type { CompanyQuery as CompanyQueryResult } from '@/lib/gql/graphql';
import { CompanyFormQuery, CompanyQuery } from '@/lib/operations/companies';

export type CompanyCard = NonNullable<CompanyQueryResult['company']>;

/** A company that does not exist (or a malformed id) reads as null, so the page can answer 404. */
export async function orNull<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

/** The company card, once per request however many layouts, pages and metadata ask. */
export const getCompany = cache(async (id: string): Promise<CompanyCard | null> => (await orNull(gqlRequest(CompanyQuery, { id })))?.company ?? null);

export const getCompanyForForm = cache(async (id: string) => (await orNull(gqlRequest(CompanyFormQuery, { id })))?.company ?? null);
