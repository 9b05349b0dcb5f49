import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuthChecker } from '../common/auth-checker';
import { requireSignInOnRootFields } from '../common/require-sign-in';
import { type AppPubSub, inProcessPubSub } from '../infra/pubsub';
import { resolvers } from './resolvers';

export async function createSchema(pubSub: AppPubSub = inProcessPubSub()): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    authChecker: AuthChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false, stopAtFirstError: true },
    pubSub,
    emitSchemaFile: false,
  });
  return requireSignInOnRootFields(schema);
}

/** The committed contract: sorted so that moving code around never reorders it. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
