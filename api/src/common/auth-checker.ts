import type { AuthCheckerInterface, ResolverData } from 'type-graphql';
import type { RequestContext } from './context';
import { ForbiddenError, UnauthenticatedError } from './errors';

/** `@Authorized()` needs a signed-in user; `@Authorized(Role.ADMIN, …)` one of those roles. */
export class AuthChecker implements AuthCheckerInterface<RequestContext> {
  check({ context }: ResolverData<RequestContext>, roles: string[]): boolean {
    if (!context.user) throw new UnauthenticatedError();
    if (roles.length > 0 && !roles.includes(context.user.role)) throw new ForbiddenError();
    return true;
  }
}
