/** Path of the API's graphql-ws endpoint (the same as its HTTP GraphQL path). */
const SOCKET_PATH = '/graphql';

/** What the browser needs to find the socket itself: the configured origin, or the API's port on its own host. */
export type LiveSocketSpec = { origin: string | null; port: string };

/**
 * The socket URL, worked out in the browser: the page's host as the browser sees it is the host the CSP of
 * the page allows (socket-origin.ts) and the host the session cookie belongs to.
 */
export function liveSocketUrl(spec: LiveSocketSpec, location: { protocol: string; hostname: string }): string {
  const origin = spec.origin ?? `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.hostname}:${spec.port}`;
  return `${origin}${SOCKET_PATH}`;
}
