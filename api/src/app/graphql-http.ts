import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type DocumentNode,
  type ExecutionResult,
  execute,
  getOperationAST,
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  Kind,
  parse,
  validate,
} from 'graphql';
import type { RequestContext } from '../common/context';
import { ResponseCookies } from '../common/response-cookies';
import type { Metrics } from '../infra/metrics';
import { DocumentCache } from './document-cache';
import { type GraphqlRequest, HttpRequestError, readGraphqlRequest } from './graphql-request';

export interface GraphqlHttpOptions {
  schema: GraphQLSchema;
  /** The request's context; resolvers set cookies through `cookies`. */
  contextOf(request: IncomingMessage, cookies: ResponseCookies): Promise<RequestContext>;
  /** Maps every error to its code and masks unexpected ones (createErrorFormatter). */
  formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError;
  /** Depth and complexity limits; throws a GraphQLError naming the problem. */
  checkLimits(document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined): void;
  metrics: Metrics;
  /** Sent with every response (security and caching headers). */
  headers: Readonly<Record<string, string>>;
  bodyLimit: number;
  documents?: DocumentCache;
}

interface Outcome {
  status: number;
  body: { errors?: GraphQLFormattedError[]; data?: unknown; extensions?: Record<string, unknown> };
  headers?: Record<string, string>;
}

/** An error with a code of its own, refused before execution: the status says it was the request's fault. */
class RequestRefused extends Error {
  constructor(
    readonly status: number,
    readonly errors: GraphQLError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(errors[0]?.message);
  }
}

const withCode = (error: GraphQLError, code: string) =>
  new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, originalError: error.originalError, extensions: { ...error.extensions, code } });

/** graphql-js's messages for a variable that does not coerce to its type: the client's input, not our fault. */
function isVariableCoercionError(error: GraphQLError): boolean {
  const node = error.nodes?.length === 1 ? error.nodes[0] : undefined;
  if (node?.kind !== Kind.VARIABLE_DEFINITION) return false;
  const prefix = `Variable "$${node.variable.name.value}" `;
  return ['has invalid value', 'got invalid value ', 'of required type ', 'of non-null type '].some((rest) => error.message.startsWith(prefix + rest));
}

/**
 * `POST /graphql` (and GET for queries) on node:http: documents parsed and validated once per query text, then
 * graphql-js `execute` with the request's context. What Apollo Server did here, kept for clients: the CSRF rule,
 * the error codes (BAD_REQUEST, GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, BAD_USER_INPUT for variables,
 * OPERATION_RESOLUTION_FAILURE) and their 4xx statuses, `{ errors, data, extensions }` bodies; no batching, no
 * persisted queries, no landing page. Each request costs its execution and little else.
 */
export function graphqlHttpHandler(options: GraphqlHttpOptions) {
  const { schema, metrics } = options;
  const documents = options.documents ?? new DocumentCache();

  const format = (error: unknown): GraphQLFormattedError => {
    const graphqlError = error instanceof GraphQLError ? error : new GraphQLError(error instanceof Error ? error.message : String(error), { originalError: error instanceof Error ? error : undefined });
    const json = graphqlError.toJSON();
    return options.formatError({ ...json, extensions: { ...json.extensions, code: graphqlError.extensions.code ?? 'INTERNAL_SERVER_ERROR' } }, error);
  };

  const documentOf = (query: string): DocumentNode => {
    const cached = documents.get(query);
    if (cached) return cached;
    let document: DocumentNode;
    try {
      document = parse(query);
    } catch (error) {
      throw new RequestRefused(400, [withCode(error as GraphQLError, 'GRAPHQL_PARSE_FAILED')]);
    }
    const invalid = validate(schema, document);
    if (invalid.length > 0) throw new RequestRefused(400, invalid.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED')));
    documents.set(query, document);
    return document;
  };

  const run = async (request: GraphqlRequest, context: RequestContext, observe: (name?: string, type?: string) => void): Promise<Outcome> => {
    if (request.extensions?.persistedQuery) {
      // Apollo's answer with persisted queries off: clients that try them fall back to sending the query.
      return { status: 200, body: { errors: [format(new GraphQLError('PersistedQueryNotSupported', { extensions: { code: 'PERSISTED_QUERY_NOT_SUPPORTED' } }))] } };
    }
    if (!request.query) throw new RequestRefused(400, [new GraphQLError('GraphQL operations must contain a non-empty `query` or a `persistedQuery` extension.', { extensions: { code: 'BAD_REQUEST' } })]);
    const document = documentOf(request.query);
    const operation = getOperationAST(document, request.operationName);
    observe(operation?.name?.value ?? request.operationName, operation?.operation);
    if (!operation) {
      const message = request.operationName
        ? `Unknown operation named "${request.operationName}".`
        : document.definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION)
          ? 'Must provide operation name if query contains multiple operations.'
          : 'Must provide an operation.';
      throw new RequestRefused(400, [new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } })]);
    }
    if (request.method === 'GET' && operation.operation !== 'query') {
      throw new RequestRefused(405, [new GraphQLError(`GET requests only support query operations, not ${operation.operation} operations`, { extensions: { code: 'BAD_REQUEST' } })], { allow: 'POST' });
    }
    try {
      options.checkLimits(document, request.variables ?? {}, request.operationName);
    } catch (error) {
      if (error instanceof GraphQLError) throw new RequestRefused(400, [error]);
      throw error;
    }
    const result: ExecutionResult = await execute({ schema, document, contextValue: context, variableValues: request.variables, operationName: request.operationName });
    const errors = result.errors?.map((error) => format(isVariableCoercionError(error) && error.extensions.code === undefined ? withCode(error, 'BAD_USER_INPUT') : error));
    const extra = context.extensions;
    const extensions = extra && Object.keys(extra).length > 0 ? { ...result.extensions, ...extra } : result.extensions;
    // No data at all means the operation never ran (its variables did not coerce): the request was at fault.
    return { status: errors && result.data === undefined ? 400 : 200, body: { errors, data: result.data, extensions } };
  };

  // The headers every response carries, laid out once as the flat [name, value, …] list writeHead takes.
  const fixedHeaders = Object.entries({ ...options.headers, 'content-type': 'application/json; charset=utf-8' }).flat();
  const send = (response: ServerResponse, outcome: Outcome, cookies?: ResponseCookies) => {
    const body = `${JSON.stringify(outcome.body)}\n`;
    const headers: Array<string | string[]> = [...fixedHeaders, 'content-length', String(Buffer.byteLength(body))];
    if (outcome.headers) headers.push(...Object.entries(outcome.headers).flat());
    for (const cookie of cookies?.headers ?? []) headers.push('set-cookie', cookie);
    response.writeHead(outcome.status, headers as string[]).end(body);
  };

  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const started = process.hrtime.bigint();
    let graphqlRequest: GraphqlRequest;
    try {
      graphqlRequest = await readGraphqlRequest(request, options.bodyLimit);
    } catch (error) {
      if (!(error instanceof HttpRequestError)) throw error;
      send(response, { status: error.status, headers: error.headers, body: { errors: [format(new GraphQLError(error.message, { extensions: { code: 'BAD_REQUEST' } }))] } });
      return;
    }
    let operationName: string | undefined = graphqlRequest.operationName;
    let type: string | undefined;
    const cookies = new ResponseCookies();
    let outcome: Outcome;
    try {
      const context = await options.contextOf(request, cookies);
      outcome = await run(graphqlRequest, context, (name, operationType) => {
        operationName = name;
        type = operationType;
      });
    } catch (error) {
      outcome =
        error instanceof RequestRefused
          ? { status: error.status, headers: error.headers, body: { errors: error.errors.map(format) } }
          : { status: 500, body: { errors: [format(error)] } };
    }
    send(response, outcome, cookies);
    metrics.observeGraphqlRequest(operationName, type, Number(process.hrtime.bigint() - started) / 1e9, outcome.body.errors);
  };
}
