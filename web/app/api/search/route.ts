import { NextResponse, type NextRequest } from 'next/server';
import { ApiError, gqlRequest } from '@/lib/api';
import { SearchCompaniesQuery } from '@/lib/operations/search';
import { reshapeSearchHit, SEARCH_HIT_LIMIT, SEARCH_MIN_LENGTH, type SearchHit } from '@/lib/search/hits';

const STATUS_BY_CODE: Partial<Record<ApiError['code'], number>> = { UNAUTHENTICATED: 401, BAD_USER_INPUT: 400, RATE_LIMITED: 429, UNAVAILABLE: 503 };

/** The header typeahead: `GET /api/search?q=` → `{ hits }`, the company search of the signed-in user. */
export async function GET(request: NextRequest) {
  const query = request.nextUrl.searchParams.get('q')?.trim() ?? '';
  if (query.length < SEARCH_MIN_LENGTH) return NextResponse.json({ hits: [] satisfies SearchHit[] });
  try {
    const data = await gqlRequest(SearchCompaniesQuery, { query, first: SEARCH_HIT_LIMIT }, { onUnauthenticated: 'throw' });
    const hits: SearchHit[] = data.searchCompanies.map(reshapeSearchHit);
    return NextResponse.json({ hits }, { headers: { 'cache-control': 'private, no-store' } });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return NextResponse.json({ error: error.code }, { status: STATUS_BY_CODE[error.code] ?? 502 });
  }
}
