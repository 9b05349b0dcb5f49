import type { Services } from '../app/services';
import type { Actor } from '../modules/access/access-policy';
import type { User } from '../modules/users/user.entity';
import { UnauthenticatedError } from './errors';
import type { Loaders } from './loaders';
import type { ResponseCookies } from './response-cookies';

/** Everything a resolver or service needs about the current request; every service method takes it first. */
export interface RequestContext {
  readonly user: User | null;
  readonly sessionId: string | null;
  readonly loaders: Loaders;
  readonly services: Services;
  readonly ip: string;
  readonly userAgent: string | null;
  /** The HTTP request's cookies (the refresh token); absent on WebSocket operations and jobs. */
  readonly cookies?: Readonly<Record<string, string | undefined>>;
  /** Cookies to set with the HTTP response (sign-in, sign-out); absent on WebSocket operations and jobs. */
  readonly responseCookies?: ResponseCookies;
  /** Merged into the HTTP response's `extensions` (e.g. `nextPollSeconds` of the phone long-poll). */
  readonly extensions?: Record<string, unknown>;
}

export function requireUser(ctx: RequestContext): User {
  if (!ctx.user) throw new UnauthenticatedError();
  return ctx.user;
}

export function actorOf(user: Pick<User, 'id' | 'role' | 'branchId'>): Actor {
  return { id: user.id, role: user.role, branchId: user.branchId };
}

export function requireActor(ctx: RequestContext): Actor {
  return actorOf(requireUser(ctx));
}
