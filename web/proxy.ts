import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { liveSocketOrigin } from '@/lib/live/socket-origin';
import { contentSecurityPolicy } from '@/lib/security-headers';
import { ACCESS_COOKIE, REFRESH_COOKIE, SESSION_COOKIE_NAMES, sessionCookies, type CookieToSet } from '@/lib/session/cookies';
import { refreshSession, type RefreshOutcome } from '@/lib/session/refresh';
import { needsRefresh } from '@/lib/session/token';

const PUBLIC_PREFIXES = ['/login', '/magic/'];
const GRAPHQL_PATH = '/graphql';
/** CSV downloads of analytics reports (API `GET /export/analytics/<report>.csv`), authenticated by the same cookie. */
const EXPORT_PREFIX = '/export/';
const REFRESH_MARGIN_SECONDS = 60;

function isPublic(pathname: string): boolean {
  return PUBLIC_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`));
}

/** Refreshes the access token with `pulse_rt` when it is missing or expires within a minute. */
async function keepSessionAlive(request: NextRequest): Promise<{ signedIn: boolean; fresh: CookieToSet[] }> {
  const accessToken = request.cookies.get(ACCESS_COOKIE)?.value;
  const refreshToken = request.cookies.get(REFRESH_COOKIE)?.value;
  let outcome: RefreshOutcome | null = null;
  if (refreshToken && needsRefresh(accessToken, REFRESH_MARGIN_SECONDS)) outcome = await refreshSession(refreshToken);
  const stillValid = accessToken !== undefined && !needsRefresh(accessToken, 0);
  return {
    // When the API is down we cannot tell; let the page render its error state instead of a login loop.
    signedIn: outcome?.kind === 'refreshed' || outcome?.kind === 'unavailable' || stillValid,
    fresh: outcome?.kind === 'refreshed' ? sessionCookies(outcome.tokens) : [],
  };
}

/** New cookies go to this very request (so server components see them) and to the browser. */
function withFreshCookies(request: NextRequest, fresh: CookieToSet[]): Headers {
  for (const cookie of fresh) request.cookies.set(cookie.name, cookie.value);
  return new Headers(request.headers);
}

function setCookies(response: NextResponse, fresh: CookieToSet[]): NextResponse {
  for (const cookie of fresh) response.cookies.set(cookie.name, cookie.value, cookie.options);
  return response;
}

/**
 * Runs before every page, server action and browser GraphQL call:
 * - keeps the session alive (see keepSessionAlive) and hands refreshed cookies on;
 * - sends signed-out visitors of app pages to /login?next=…;
 * - forwards /graphql and /export/… to the API named by API_URL at run time (next.config's rewrite is fixed at build time);
 * - sets a nonce-based Content-Security-Policy on pages, allowing the API's WebSocket (lib/live/socket-url.ts).
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;

  if (pathname === GRAPHQL_PATH || pathname.startsWith(EXPORT_PREFIX)) {
    const { fresh } = await keepSessionAlive(request);
    const headers = withFreshCookies(request, fresh);
    return setCookies(NextResponse.rewrite(new URL(`${env.apiUrl}${pathname}${search}`), { request: { headers } }), fresh);
  }

  const nonce = btoa(crypto.randomUUID());
  const protocol = request.headers.get('x-forwarded-proto') ?? request.nextUrl.protocol.replace(':', '');
  const csp = contentSecurityPolicy({
    nonce,
    apiWsOrigin: liveSocketOrigin({ host: request.headers.get('host'), protocol }),
    isDev: env.isDev,
    // Only for pages served over HTTPS: on plain http://localhost it would break every asset.
    upgradeInsecure: protocol === 'https',
  });

  const publicPage = isPublic(pathname);
  const { signedIn, fresh } = publicPage ? { signedIn: true, fresh: [] } : await keepSessionAlive(request);

  if (!signedIn) {
    const login = new URL('/login', request.url);
    login.search = '';
    if (pathname !== '/') login.searchParams.set('next', `${pathname}${search}`);
    const response = NextResponse.redirect(login);
    for (const name of SESSION_COOKIE_NAMES) if (request.cookies.has(name)) response.cookies.delete(name);
    response.headers.set('Content-Security-Policy', csp);
    return response;
  }

  const headers = withFreshCookies(request, fresh);
  // Next reads the nonce from this request header and puts it on its own scripts.
  headers.set('Content-Security-Policy', csp);
  headers.set('x-pulse-path', `${pathname}${search}`);
  const response = setCookies(NextResponse.next({ request: { headers } }), fresh);
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  matcher: [
    // Everything but static assets and the health check.
    '/((?!_next/static|_next/image|healthz|favicon\\.ico|icon\\.svg|logo\\.svg|robots\\.txt).*)',
  ],
};
