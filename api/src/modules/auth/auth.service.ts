import type { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config';
import { type AppPubSub, Topic } from '../../infra/pubsub';
import type { RequestContext } from '../../common/context';
import { requireUser } from '../../common/context';
import type { ResponseCookies } from '../../common/response-cookies';
import { RateLimitedError, UnauthenticatedError, UserInputError, assertId } from '../../common/errors';
import { User } from '../users/user.entity';
import { AuthSession, LoginToken, type SessionClient } from './auth-session.entity';
import type { AuthPayload } from './auth.types';
import { hashPassword, verifyPassword } from './password';
import { SessionCache } from './session-cache';
import { hashSecret, randomSecret, sameHash, signAccessToken, splitRefreshToken, VerifiedTokens, verifyAccessToken } from './tokens';

export const ACCESS_COOKIE = 'pulse_at';
export const REFRESH_COOKIE = 'pulse_rt';
const MAGIC_LINK_TTL_MS = 24 * 3600_000;
/** Two tabs refreshing at the same moment both present the old token; within this window that is not theft. */
const REFRESH_REUSE_GRACE_MS = 30_000;

export interface AuthLimiters {
  /** Failed logins per e-mail address: a lockout after repeated failures. */
  perAccount: RateLimiterAbstract;
  /** Failed logins per client address: spraying many accounts from one place. */
  perAddress: RateLimiterAbstract;
}

export interface Authenticated {
  user: User;
  sessionId: string;
}

export class AuthService {
  private readonly secrets: string[];
  private readonly verifiedTokens: VerifiedTokens;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: Config,
    private readonly limiters: AuthLimiters,
    private readonly pubSub?: AppPubSub,
  ) {
    this.secrets = [config.AUTH_SECRET, ...config.AUTH_SECRET_PREVIOUS.split(',').map((s) => s.trim()).filter(Boolean)];
    this.verifiedTokens = new VerifiedTokens(this.secrets);
  }

  /** Live sessions validated in the last few seconds, dropped at once on revocation or a change of the user. */
  private readonly sessions = new SessionCache<Partial<User>>();

  /**
   * Resolves a bearer token to its live session and active user, or null. One indexed query, or none when this
   * process validated the session moments ago (see SessionCache: revocations and user changes reach every process
   * through pub/sub, see `forgetSessions` and `forgetUser`).
   */
  async authenticate(accessToken: string | null | undefined): Promise<Authenticated | null> {
    if (!accessToken) return null;
    const claims = this.verifiedTokens.verify(accessToken);
    if (!claims) return null;
    const cached = this.sessions.get(claims.sid, claims.sub);
    // A fresh User per request: a resolver that touches ctx.user must not change what the next request sees.
    if (cached) return { user: Object.assign(new User(), cached), sessionId: claims.sid };
    const generation = this.sessions.generation;
    // Plain SQL (built once) instead of a query builder, which cost more CPU than the rest of a by-id lookup.
    const [row] = await this.dataSource.query(this.authenticateSql(), [claims.sid, claims.sub]);
    if (!row) return null;
    const { sessionExpiresAt, ...fields } = row as Partial<User> & { sessionExpiresAt: Date };
    this.sessions.set(claims.sid, claims.sub, fields, new Date(sessionExpiresAt).getTime(), generation);
    return { user: Object.assign(new User(), fields), sessionId: claims.sid };
  }

  /** This process stops trusting the cached sessions (`null`: every session of the user); see SESSION_REVOKED. */
  forgetSessions(userId: string, sessionIds: string[] | null): void {
    this.sessions.forget(userId, sessionIds);
  }

  /** Revocations may have been missed (the pub/sub connection was lost): trust no cached session. */
  forgetAllSessions(): void {
    this.sessions.clear();
  }

  /** A user's role, branch, activity or profile changed: every process reloads them on the next request. */
  userChanged(userId: string): void {
    this.sessions.forget(userId, null);
    this.pubSub?.publish(Topic.USER_CHANGED, undefined, { userId });
  }

  private authenticateSqlText: string | null = null;
  private authenticateSql(): string {
    if (!this.authenticateSqlText) {
      const metadata = this.dataSource.getMetadata(User);
      const columns = metadata.columns.filter((column) => column.isSelect).map((column) => `u.${column.databaseName} AS "${column.propertyName}"`);
      this.authenticateSqlText =
        `SELECT ${columns.join(', ')}, s.expires_at AS "sessionExpiresAt" FROM users u JOIN auth_sessions s ON s.user_id = u.id ` +
        `WHERE s.id = $1 AND u.id = $2 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.is_active AND u.deleted_at IS NULL`;
    }
    return this.authenticateSqlText;
  }

  async login(ctx: RequestContext, email: string, password: string, client: SessionClient = 'WEB'): Promise<AuthPayload> {
    const accountKey = email.trim().toLowerCase();
    await this.assertNotLocked(accountKey, ctx.ip);
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = :email', { email: accountKey })
      .getOne();
    const passwordOk = await verifyPassword(user?.passwordHash, password);
    if (!user || !passwordOk || !user.isActive) {
      await this.recordFailure(accountKey, ctx.ip);
      throw new UnauthenticatedError('Wrong e-mail or password');
    }
    await this.limiters.perAccount.delete(accountKey);
    return this.startSession(ctx, user, client);
  }

  async refresh(ctx: RequestContext, token: string | null | undefined): Promise<AuthPayload> {
    const presented = token ?? readCookie(ctx, REFRESH_COOKIE);
    const parts = presented ? splitRefreshToken(presented) : null;
    if (!parts || !/^[0-9a-f-]{36}$/i.test(parts.sessionId)) throw new UnauthenticatedError('Refresh token is not valid');
    const sessions = this.dataSource.getRepository(AuthSession);
    const session = await sessions.findOneBy({ id: parts.sessionId });
    if (!session || session.revokedAt || session.expiresAt.getTime() < Date.now()) {
      throw new UnauthenticatedError('Session has ended, sign in again');
    }
    const hash = hashSecret(parts.secret);
    const isCurrent = sameHash(session.refreshHash, hash);
    const isRecentPrevious =
      sameHash(session.previousRefreshHash, hash) && Date.now() - session.updatedAt.getTime() < REFRESH_REUSE_GRACE_MS;
    if (!isCurrent && !isRecentPrevious) {
      // A retired token came back: someone holds a copy. End the session for both holders.
      await sessions.update(session.id, { revokedAt: new Date() });
      this.sessionsRevoked(session.userId, [session.id]);
      throw new UnauthenticatedError('Refresh token was already used, sign in again');
    }
    const user = await this.dataSource.getRepository(User).findOneBy({ id: session.userId, isActive: true });
    if (!user) throw new UnauthenticatedError('Account is disabled');
    const secret = randomSecret();
    await sessions.update(session.id, {
      previousRefreshHash: session.refreshHash,
      refreshHash: hashSecret(secret),
      lastUsedAt: new Date(),
    });
    return this.payload(ctx, user, session.id, `${session.id}.${secret}`);
  }

  async logout(ctx: RequestContext): Promise<boolean> {
    const user = requireUser(ctx);
    await this.dataSource.getRepository(AuthSession).update({ id: ctx.sessionId ?? undefined }, { revokedAt: new Date() });
    if (ctx.sessionId) this.sessionsRevoked(user.id, [ctx.sessionId]);
    clearAuthCookies(ctx.responseCookies, this.config);
    return true;
  }

  /** Revokes every session of the user: every browser and phone must sign in again. */
  async logoutEverywhere(ctx: RequestContext): Promise<boolean> {
    const user = requireUser(ctx);
    await this.revokeAllSessions(user.id);
    clearAuthCookies(ctx.responseCookies, this.config);
    return true;
  }

  async revokeAllSessions(userId: string): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(AuthSession)
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId })
      .execute();
    this.sessionsRevoked(userId, null);
  }

  /** Every API process closes the WebSockets of revoked sessions (`null`: every session of the user). */
  private sessionsRevoked(userId: string, sessionIds: string[] | null): void {
    // This process at once; the others when the event reaches them (server.ts calls forgetSessions).
    this.forgetSessions(userId, sessionIds);
    this.pubSub?.publish(Topic.SESSION_REVOKED, undefined, { userId, sessionIds });
  }

  async createMagicLink(ctx: RequestContext, userId: string): Promise<{ url: string; token: string; expiresAt: Date }> {
    const admin = requireUser(ctx);
    const user = await this.dataSource.getRepository(User).findOneBy({ id: assertId(userId, 'User', 'userId') });
    if (!user) throw new UserInputError('userId', 'No such user');
    const token = randomSecret();
    const expiresAt = new Date(Date.now() + MAGIC_LINK_TTL_MS);
    await this.dataSource.getRepository(LoginToken).insert({
      userId: user.id,
      kind: 'MAGIC_LINK',
      tokenHash: hashSecret(token),
      createdById: admin.id,
      expiresAt,
    });
    return { token, expiresAt, url: `${this.config.WEB_ORIGIN.replace(/\/$/, '')}/magic/${token}` };
  }

  async loginWithMagicLink(ctx: RequestContext, token: string): Promise<AuthPayload> {
    const userId = await this.consumeLoginToken(token, 'MAGIC_LINK');
    const user = userId ? await this.dataSource.getRepository(User).findOneBy({ id: userId, isActive: true }) : null;
    if (!user) throw new UnauthenticatedError('This sign-in link has expired or was already used');
    return this.startSession(ctx, user, 'WEB');
  }

  /** Marks a one-time token used and returns its user; a second use, an expired or unknown token gives null. */
  async consumeLoginToken(token: string, kind: LoginToken['kind']): Promise<string | null> {
    // TypeORM returns [rows, affected] for an UPDATE … RETURNING.
    const [rows]: [Array<{ user_id: string }>, number] = await this.dataSource.query(
      `UPDATE login_tokens SET used_at = now(), updated_at = now()
        WHERE token_hash = $1 AND kind = $2 AND used_at IS NULL AND expires_at > now()
        RETURNING user_id`,
      [hashSecret(token), kind],
    );
    return rows[0]?.user_id ?? null;
  }

  /** The access token's expiry (seconds since the epoch): a WebSocket authenticated with it closes then. */
  accessTokenExpiry(accessToken: string): number | null {
    return verifyAccessToken(accessToken, this.secrets)?.exp ?? null;
  }

  async changePassword(ctx: RequestContext, currentPassword: string, newPassword: string): Promise<boolean> {
    const user = requireUser(ctx);
    const stored = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: user.id })
      .getOneOrFail();
    if (!(await verifyPassword(stored.passwordHash, currentPassword))) {
      throw new UserInputError('currentPassword', 'Current password is wrong');
    }
    await this.dataSource.getRepository(User).update(user.id, { passwordHash: await hashPassword(newPassword) });
    this.userChanged(user.id);
    // Other devices keep working until they next refresh; the one that changed the password stays signed in.
    const ended = await this.dataSource
      .createQueryBuilder()
      .update(AuthSession)
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL AND id <> :sid', { userId: user.id, sid: ctx.sessionId })
      .returning('id')
      .execute();
    const revoked = (ended.raw as Array<{ id: string }>).map((row) => row.id);
    if (revoked.length > 0) this.sessionsRevoked(user.id, revoked);
    return true;
  }

  /** Every way of signing in (password, magic link, phone QR) ends here. */
  async startSession(ctx: RequestContext, user: User, client: SessionClient, deviceId: string | null = null): Promise<AuthPayload> {
    const secret = randomSecret();
    user.lastLoginAt = new Date();
    await this.dataSource.getRepository(User).update(user.id, { lastLoginAt: user.lastLoginAt });
    this.userChanged(user.id);
    const session = await this.dataSource.getRepository(AuthSession).save({
      userId: user.id,
      refreshHash: hashSecret(secret),
      client,
      deviceId,
      userAgent: ctx.userAgent?.slice(0, 300) ?? null,
      expiresAt: new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000),
      lastUsedAt: new Date(),
    });
    return this.payload(ctx, user, session.id, `${session.id}.${secret}`);
  }

  private payload(ctx: RequestContext, user: User, sessionId: string, refreshToken: string): AuthPayload {
    const exp = Math.floor(Date.now() / 1000) + this.config.ACCESS_TOKEN_TTL_SECONDS;
    const accessToken = signAccessToken({ sid: sessionId, sub: user.id, exp }, this.config.AUTH_SECRET);
    setAuthCookies(ctx.responseCookies, this.config, accessToken, refreshToken);
    return { accessToken, refreshToken, accessTokenExpiresAt: new Date(exp * 1000), user };
  }

  private async assertNotLocked(accountKey: string, ip: string): Promise<void> {
    const [account, address] = await Promise.all([
      this.limiters.perAccount.get(accountKey),
      this.limiters.perAddress.get(ip),
    ]);
    for (const [state, limiter] of [[account, this.limiters.perAccount], [address, this.limiters.perAddress]] as const) {
      if (state && state.consumedPoints >= limiter.points) throw lockedError(state);
    }
  }

  private async recordFailure(accountKey: string, ip: string): Promise<void> {
    const results = await Promise.allSettled([this.limiters.perAccount.consume(accountKey), this.limiters.perAddress.consume(ip)]);
    for (const result of results) {
      if (result.status === 'rejected' && isLimiterRes(result.reason)) throw lockedError(result.reason);
    }
  }
}

function isLimiterRes(value: unknown): value is RateLimiterRes {
  return typeof value === 'object' && value !== null && 'msBeforeNext' in value;
}

function lockedError(state: RateLimiterRes): RateLimitedError {
  const seconds = Math.max(1, Math.ceil(state.msBeforeNext / 1000));
  return new RateLimitedError(seconds, `Too many failed sign-in attempts, try again in ${Math.ceil(seconds / 60)} min`);
}

function readCookie(ctx: RequestContext, name: string): string | null {
  return ctx.cookies?.[name] || null;
}

function setAuthCookies(cookies: ResponseCookies | undefined, config: Config, accessToken: string, refreshToken: string): void {
  if (!cookies) return;
  const common = { httpOnly: true, sameSite: 'lax' as const, secure: config.COOKIE_SECURE, path: '/' };
  cookies.set(ACCESS_COOKIE, accessToken, { ...common, maxAgeMs: config.ACCESS_TOKEN_TTL_SECONDS * 1000 });
  cookies.set(REFRESH_COOKIE, refreshToken, { ...common, maxAgeMs: config.REFRESH_TOKEN_TTL_DAYS * 86_400_000 });
}

function clearAuthCookies(cookies: ResponseCookies | undefined, config: Config): void {
  if (!cookies) return;
  const common = { httpOnly: true, sameSite: 'lax' as const, secure: config.COOKIE_SECURE, path: '/' };
  cookies.clear(ACCESS_COOKIE, common);
  cookies.clear(REFRESH_COOKIE, common);
}
