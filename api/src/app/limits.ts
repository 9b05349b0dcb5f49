import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type TypeNode,
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
    // Pricing coerces the variables before execution does: a missing or mistyped variable is the client's mistake,
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

/** A String or ID variable (not a list): any string value coerces, and no estimator reads its content. */
function isOpaqueStringType(type: TypeNode): boolean {
  const named = type.kind === Kind.NON_NULL_TYPE ? type.type : type;
  return named.kind === Kind.NAMED_TYPE && (named.name.value === 'ID' || named.name.value === 'String');
}

/**
 * What the verdict of `checkOperationLimits` can depend on, or null when not worth caching. Depth depends on the
 * document only; complexity on the document and on the variables the estimators read (`first`, `@skip`/`@include`
 * conditions) and on whether the variables coerce. So every variable counts by value except a string given for a
 * String or ID variable: a by-id query for another id gets the same verdict.
 */
export function limitsVerdictKey(document: DocumentNode, variables: Record<string, unknown>): string | null {
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1) return null;
  const opaque = new Set(
    (operations[0]!.variableDefinitions ?? []).filter((definition) => isOpaqueStringType(definition.type)).map((definition) => definition.variable.name.value),
  );
  const parts = Object.keys(variables)
    .sort()
    .map((name) => {
      const value = variables[name];
      return `${name}=${opaque.has(name) && typeof value === 'string' ? '<string>' : JSON.stringify(value)}`;
    });
  const key = parts.join('&');
  // Large inputs (imports, long texts) are one-off mutations: keeping their text would cost memory for nothing.
  return key.length > MAX_KEY_LENGTH ? null : key;
}

const MAX_KEY_LENGTH = 1_000;

const MAX_VERDICTS_PER_DOCUMENT = 200;

/**
 * `checkOperationLimits` with its passed verdicts remembered: the document cache hands the same DocumentNode to
 * every request with the same query text, so the verdicts hang off it; a refused operation is checked again every
 * time (its error is built fresh).
 */
export function rememberedOperationLimits(schema: GraphQLSchema, limits: { maxDepth: number; maxComplexity: number }) {
  const passed = new WeakMap<DocumentNode, Set<string>>();
  return (document: DocumentNode, variables: Record<string, unknown>, operationName?: string | null): void => {
    const key = limitsVerdictKey(document, variables);
    const known = passed.get(document);
    if (key !== null && known?.has(key)) return;
    checkOperationLimits(schema, document, variables, limits, operationName);
    if (key === null) return;
    const verdicts = known ?? new Set<string>();
    if (verdicts.size >= MAX_VERDICTS_PER_DOCUMENT) verdicts.clear();
    passed.set(document, verdicts.add(key));
  };
}
