import 'server-only';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { graphqlEndpoint } from './env';
import { ACCESS_COOKIE } from './session/cookies';

export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR'
  /** The API could not be reached or answered with something that is not GraphQL. */
  | 'UNAVAILABLE';

const KNOWN_CODES = new Set<string>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
]);
/** graphql-js reports malformed variables with its own codes; to a form they are bad input. */
const INPUT_CODES = new Set(['GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'GRAPHQL_PARSE_FAILED']);

/** A failed API call, reduced to what the UI acts on. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    /** The input path the API blames, e.g. "email", "inns.0", "phones.1.value". */
    readonly field?: string,
    /** For RATE_LIMITED: how long until the next attempt is allowed. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type GraphQLResponse<TResult> = {
  data?: TResult | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
};

type Document<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & { toString(): string };

/** Variables may be left out when the operation has none; options come after them. */
type RequestArgs<TVariables> = [TVariables] extends [Record<string, never>]
  ? [variables?: TVariables, options?: RequestOptions]
  : [variables: TVariables, options?: RequestOptions];

export type RequestOptions = {
  /** Send no session (login, magic link). */
  anonymous?: boolean;
  /** By default an expired session sends the user to /login; actions that handle it themselves opt out. */
  onUnauthenticated?: 'redirect' | 'throw';
};

function toApiError(error: NonNullable<GraphQLResponse<unknown>['errors']>[number]): ApiError {
  const extensions = error.extensions ?? {};
  const rawCode = typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
  const code: ApiErrorCode = KNOWN_CODES.has(rawCode)
    ? (rawCode as ApiErrorCode)
    : INPUT_CODES.has(rawCode)
      ? 'BAD_USER_INPUT'
      : 'INTERNAL_SERVER_ERROR';
  const field = typeof extensions.field === 'string' ? extensions.field : undefined;
  const retryAfter = typeof extensions.retryAfterSeconds === 'number' ? extensions.retryAfterSeconds : undefined;
  return new ApiError(code, error.message, field, retryAfter);
}

async function requestHeaders(anonymous: boolean): Promise<Headers> {
  const result = new Headers({ 'content-type': 'application/json', accept: 'application/json' });
  const incoming = await headers();
  // The API rate-limits sign-in per client address and records the device of each session.
  const forwardedFor = incoming.get('x-forwarded-for');
  if (forwardedFor) result.set('x-forwarded-for', forwardedFor);
  const userAgent = incoming.get('user-agent');
  if (userAgent) result.set('user-agent', userAgent);
  if (!anonymous) {
    const accessToken = (await cookies()).get(ACCESS_COOKIE)?.value;
    if (accessToken) result.set('cookie', `${ACCESS_COOKIE}=${accessToken}`);
  }
  return result;
}

async function currentPath(): Promise<string> {
  const incoming = await headers();
  return incoming.get('x-pulse-path') ?? '/';
}

/**
 * The one door to the API for server components and server actions: sends the signed-in user's session
 * cookie, returns typed data, throws `ApiError` for GraphQL errors, and sends an expired session to /login.
 */
export async function gqlRequest<TResult, TVariables>(
  document: Document<TResult, TVariables>,
  ...args: RequestArgs<TVariables>
): Promise<TResult> {
  const [variables, options = {}] = args as [TVariables | undefined, RequestOptions | undefined];
  let response: Response;
  try {
    response = await fetch(graphqlEndpoint, {
      method: 'POST',
      headers: await requestHeaders(options.anonymous ?? false),
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      cache: 'no-store',
    });
  } catch (cause) {
    throw new ApiError('UNAVAILABLE', `The API at ${graphqlEndpoint} is unreachable: ${String(cause)}`);
  }

  let body: GraphQLResponse<TResult>;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    throw new ApiError('UNAVAILABLE', `The API answered ${response.status} without a GraphQL body`);
  }

  const firstError = body.errors?.[0];
  if (firstError) {
    const error = toApiError(firstError);
    if (error.code === 'UNAUTHENTICATED' && (options.onUnauthenticated ?? 'redirect') === 'redirect') {
      redirect(`/login?next=${encodeURIComponent(await currentPath())}`);
    }
    throw error;
  }
  if (!body.data) throw new ApiError('UNAVAILABLE', `The API answered ${response.status} without data`);
  return body.data;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** `gqlRequest` for server actions: failures come back as values so a form can show them. */
export async function tryGqlRequest<TResult, TVariables>(
  document: Document<TResult, TVariables>,
  ...args: RequestArgs<TVariables>
): Promise<ApiResult<TResult>> {
  try {
    return { ok: true, data: await gqlRequest(document, ...args) };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error };
    throw error;
  }
}

/** Relay connection → the flat list and paging facts a UI needs. */
export function reshapeConnection<TNode>(connection: {
  edges: readonly { node: TNode }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount?: number;
}): { items: TNode[]; hasNextPage: boolean; endCursor: string | null; totalCount: number } {
  return {
    items: connection.edges.map((edge) => edge.node),
    hasNextPage: connection.pageInfo.hasNextPage,
    endCursor: connection.pageInfo.endCursor ?? null,
    totalCount: connection.totalCount ?? connection.edges.length,
  };
}
