import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface AccessClaims {
  /** Session id: revoking the session revokes the token at once. */
  sid: string;
  /** User id. */
  sub: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

const sign = (payload: string, secret: string) => createHmac('sha256', secret).update(payload).digest('base64url');

/** `<base64url(JSON claims)>.<HMAC-SHA256>`: small, and the web can read `exp` without a library. */
export function signAccessToken(claims: AccessClaims, secret: string): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${payload}.${sign(payload, secret)}`;
}

/** Accepts the current secret and any previous ones, so rotating AUTH_SECRET does not sign everybody out. */
export function verifyAccessToken(token: string, secrets: string[], now = Date.now()): AccessClaims | null {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const given = Buffer.from(signature);
  const valid = secrets.some((secret) => {
    const expected = Buffer.from(sign(payload, secret));
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
  if (!valid) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as AccessClaims;
    if (typeof claims.sid !== 'string' || typeof claims.sub !== 'string' || typeof claims.exp !== 'number') return null;
    return claims.exp * 1000 > now ? claims : null;
  } catch {
    return null;
  }
}

/**
 * Access tokens whose signature this process has checked, with their claims: the HMAC was the costliest step of a
 * request whose session is cached. Expiry is still checked on every use; the map is emptied when full.
 */
export class VerifiedTokens {
  private readonly claims = new Map<string, AccessClaims>();

  constructor(
    private readonly secrets: string[],
    private readonly maxEntries = 10_000,
  ) {}

  verify(token: string, now = Date.now()): AccessClaims | null {
    const known = this.claims.get(token);
    if (known) return known.exp * 1000 > now ? known : null;
    const claims = verifyAccessToken(token, this.secrets, now);
    if (claims) {
      if (this.claims.size >= this.maxEntries) this.claims.clear();
      this.claims.set(token, claims);
    }
    return claims;
  }
}

export const randomSecret = (bytes = 32) => randomBytes(bytes).toString('base64url');

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

export function sameHash(a: string | null | undefined, b: string): boolean {
  if (!a || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/** Refresh tokens are `<session id>.<secret>`: the id finds the row, the secret is compared with its hash. */
export function splitRefreshToken(token: string): { sessionId: string; secret: string } | null {
  const dot = token.indexOf('.');
  if (dot <= 0) return null;
  return { sessionId: token.slice(0, dot), secret: token.slice(dot + 1) };
}
