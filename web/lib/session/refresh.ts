import { graphqlEndpoint } from '../env';
import { RefreshTokenMutation } from '../operations/auth';

export type TokenPair = { accessToken: string; refreshToken: string };
export type RefreshOutcome = { kind: 'refreshed'; tokens: TokenPair } | { kind: 'rejected' } | { kind: 'unavailable' };

/**
 * Refresh tokens rotate: a browser that fires several requests at once must not spend the same token twice,
 * so concurrent and just-finished refreshes of one token share a single call for a short while.
 */
const SHARE_WINDOW_MS = 20_000;
const recent = new Map<string, { outcome: Promise<RefreshOutcome>; at: number }>();

async function callRefresh(refreshToken: string): Promise<RefreshOutcome> {
  try {
    const response = await fetch(graphqlEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: RefreshTokenMutation.toString(), variables: { token: refreshToken } }),
      cache: 'no-store',
    });
    const body = (await response.json()) as {
      data?: { refreshToken?: TokenPair } | null;
      errors?: { extensions?: { code?: string } }[];
    };
    const tokens = body.data?.refreshToken;
    if (tokens) return { kind: 'refreshed', tokens };
    const code = body.errors?.[0]?.extensions?.code;
    return code === 'UNAUTHENTICATED' || code === 'BAD_USER_INPUT' ? { kind: 'rejected' } : { kind: 'unavailable' };
  } catch {
    return { kind: 'unavailable' };
  }
}

export function refreshSession(refreshToken: string, nowMs = Date.now()): Promise<RefreshOutcome> {
  for (const [token, entry] of recent) if (nowMs - entry.at > SHARE_WINDOW_MS) recent.delete(token);
  const shared = recent.get(refreshToken);
  if (shared) return shared.outcome;
  const outcome = callRefresh(refreshToken);
  recent.set(refreshToken, { outcome, at: nowMs });
  return outcome;
}
