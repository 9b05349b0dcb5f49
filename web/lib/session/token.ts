/**
 * Reads (without verifying — only the API can) the expiry of an access token shaped
 * `<base64url(JSON {sid, sub, exp})>.<signature>`, so the web knows when to refresh it.
 * Returns the expiry in epoch seconds, or null when the token is not readable.
 */
export function accessTokenExpiry(token: string): number | null {
  const payload = token.split('.')[0];
  if (!payload) return null;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '=');
    const json: unknown = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))));
    const exp = typeof json === 'object' && json !== null && 'exp' in json ? json.exp : undefined;
    return typeof exp === 'number' && Number.isFinite(exp) ? exp : null;
  } catch {
    return null;
  }
}

/** True when the token is unreadable, expired, or expires within `marginSeconds`. */
export function needsRefresh(token: string | undefined, marginSeconds = 60, nowMs = Date.now()): boolean {
  if (!token) return true;
  const exp = accessTokenExpiry(token);
  return exp === null || exp - nowMs / 1000 <= marginSeconds;
}
