import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuthChecker } from '../common/auth-checker';
import { RequireSignIn } from '../common/require-sign-in';
import { type AppPubSub, inProcessPubSub } from '../infra/pubsub';
import { resolvers } from './resolvers';

export async function createSchema(pubSub: AppPubSub = inProcessPubSub()): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker: AuthChecker,
    authMode: 'error',
    globalMiddlewares: [RequireSignIn],
    validate: { forbidUnknownValues: false, stopAtFirstError: true },
    pubSub,
    emitSchemaFile: false,
  });
}

/** The committed contract: sorted so that moving code around never reorders it. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
