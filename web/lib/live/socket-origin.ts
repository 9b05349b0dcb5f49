import { env } from '../env';
import type { LiveSocketSpec } from './socket-url';

/** A host name or an IPv6 literal: anything else in a Host header is not put into a URL or a CSP. */
const SAFE_HOSTNAME = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])$/i;

type PageRequest = { host: string | null; protocol: string };

/**
 * The origin browsers open the live-updates socket on. Next cannot forward WebSocket upgrades, so the
 * browser goes to the API itself: API_PUBLIC_WS_ORIGIN when set (production: the site's own origin, which
 * nginx routes to the API), else the host the page was loaded from on the API's port. The same host matters:
 * the httpOnly session cookie is sent to that host (any port), never to another name for it.
 */
export function liveSocketOrigin({ host, protocol }: PageRequest): string {
  if (env.apiPublicWsOrigin) return env.apiPublicWsOrigin;
  const scheme = protocol === 'https' ? 'wss' : 'ws';
  let hostname = 'localhost';
  try {
    const parsed = new URL(`http://${host ?? ''}`).hostname;
    if (SAFE_HOSTNAME.test(parsed)) hostname = parsed;
  } catch {
    // A malformed Host header: the default host below.
  }
  return `${scheme}://${hostname}:${env.apiPort}`;
}

export const liveSocketSpec: LiveSocketSpec = { origin: env.apiPublicWsOrigin, port: env.apiPort };
