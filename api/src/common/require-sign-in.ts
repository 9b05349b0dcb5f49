import type { MiddlewareFn } from 'type-graphql';
import type { RequestContext } from './context';
import { UnauthenticatedError } from './errors';

/** Root fields that work without a session; everything else needs one. Safe by default for new fields. */
const PUBLIC_FIELDS = new Set([
  'Mutation.login',
  'Mutation.refreshToken',
  'Mutation.loginWithMagicLink',
  'Mutation.exchangePhoneLoginToken',
]);
const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

export const RequireSignIn: MiddlewareFn<RequestContext> = ({ context, info }, next) => {
  const parent = info.parentType.name;
  if (ROOT_TYPES.has(parent) && !context.user && !PUBLIC_FIELDS.has(`${parent}.${info.fieldName}`)) {
    throw new UnauthenticatedError();
  }
  return next();
};
