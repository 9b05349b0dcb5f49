/**
 * Whether a WebSocket handshake may be authenticated by the session cookie. A browser sends the cookie with a
 * socket opened by any page, so a foreign page could ride on it (cross-site WebSocket hijacking): the cookie
 * counts only when the page's Origin is the web app's. Browsers always send Origin on a WebSocket handshake; a
 * client without it is not a browser page and cannot be tricked into sending someone else's cookie.
 */
export function cookieSocketAllowed(origin: string | undefined, webOrigin: string | null): boolean {
  if (origin === undefined) return true;
  return origin.toLowerCase() === webOrigin;
}

/** WEB_ORIGIN as the exact origin browsers send (scheme, host and port, lower case, no path). */
export function originOf(url: string): string | null {
  try {
    return new URL(url).origin.toLowerCase();
  } catch {
    return null;
  }
}
