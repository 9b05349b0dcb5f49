import { type GraphQLFieldResolver, type GraphQLSchema, defaultFieldResolver } from 'graphql';
import type { RequestContext } from './context';
import { UnauthenticatedError } from './errors';

/** Root fields that work without a session; everything else needs one. Safe by default for new fields. */
const PUBLIC_FIELDS = new Set([
  'Mutation.login',
  'Mutation.refreshToken',
  'Mutation.loginWithMagicLink',
  'Mutation.exchangePhoneLoginToken',
]);

/**
 * Every root field (query, mutation, subscription payload) of the schema refuses anonymous callers unless listed
 * in PUBLIC_FIELDS. Only root fields are wrapped: a type-graphql global middleware would wrap every field of every
 * type, turning each scalar read into two async calls per request, for a check that only root fields need.
 */
export function requireSignInOnRootFields(schema: GraphQLSchema): GraphQLSchema {
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      if (PUBLIC_FIELDS.has(`${root.name}.${field.name}`)) continue;
      const resolve: GraphQLFieldResolver<unknown, RequestContext> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        if (!context.user) throw new UnauthenticatedError();
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
