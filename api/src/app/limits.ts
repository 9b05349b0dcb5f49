import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import { type ComplexityEstimator, fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/** A page of N costs N times its items: `companies(first: 100) { contacts { phones } }` is priced honestly. */
const pagedEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args.first === 'number' ? 1 + childComplexity * Math.max(1, args.first) : undefined;

export function queryDepth(document: DocumentNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!set) return 0;
    let deepest = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, seen) : 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, seen));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (fragment && !seen.has(name)) deepest = Math.max(deepest, depthOf(fragment.selectionSet, new Set([...seen, name])));
      }
    }
    return deepest;
  };
  let max = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) max = Math.max(max, depthOf(definition.selectionSet, new Set()));
  }
  return max;
}

export function checkOperationLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  limits: { maxDepth: number; maxComplexity: number },
  operationName?: string | null,
): void {
  const depth = queryDepth(document);
  if (depth > limits.maxDepth) {
    throw new GraphQLError(`Query is ${depth} levels deep; the limit is ${limits.maxDepth}`, {
      extensions: { code: 'BAD_USER_INPUT', field: 'query' },
    });
  }
  let complexity: number;
  try {
    complexity = getComplexity({
      schema,
      query: document,
      variables,
      operationName: operationName ?? undefined,
      estimators: [fieldExtensionsEstimator(), pagedEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch (error) {
    // Pricing coerces the variables before Apollo does: a missing or mistyped variable is the client's mistake,
    // and graphql-js's message already names the field and type.
    if (error instanceof GraphQLError && !error.extensions?.code) {
      throw new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'BAD_USER_INPUT' } });
    }
    throw error;
  }
  if (complexity > limits.maxComplexity) {
    throw new GraphQLError(`Query complexity ${complexity} exceeds the limit of ${limits.maxComplexity}; ask for smaller pages`, {
      extensions: { code: 'BAD_USER_INPUT', field: 'query' },
    });
  }
}

export function operationLimitsPlugin(limits: { maxDepth: number; maxComplexity: number }): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          checkOperationLimits(schema, document, request.variables ?? {}, limits, request.operationName);
        },
      };
    },
  };
}
