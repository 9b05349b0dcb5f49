import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

type Document<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & { toString(): string };

/** A failed browser-side GraphQL read; `code` is the API's `extensions.code` or UNAVAILABLE. */
export class BrowserGqlError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'BrowserGqlError';
  }
}

export type BrowserGqlOptions = {
  /** Cancels the request (e.g. a typeahead query the user has typed past); it then rejects with the abort error. */
  signal?: AbortSignal;
};

/**
 * GraphQL from the browser through this site's /graphql (proxy.ts forwards it to the API with the httpOnly
 * session cookie and refreshes that cookie when it is about to expire — which is also how the live socket gets
 * a fresh one). For the live UI's reads and its bookkeeping that must outlive a navigation (marking a notice
 * read as its link is followed); forms and other changes go through server actions.
 */
export async function browserGql<TResult, TVariables>(
  document: Document<TResult, TVariables>,
  variables?: TVariables,
  { signal }: BrowserGqlOptions = {},
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      credentials: 'same-origin',
      cache: 'no-store',
      signal,
      // A mark-read sent as a link is followed is not cancelled by the page changing; a read its caller may
      // cancel (the typeahead's) is not wanted after the page is gone.
      keepalive: !signal,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new BrowserGqlError('UNAVAILABLE', `The server is unreachable: ${String(cause)}`);
  }
  const body = (await response.json().catch(() => null)) as {
    data?: TResult | null;
    errors?: { message: string; extensions?: { code?: unknown } }[];
  } | null;
  const error = body?.errors?.[0];
  if (error) throw new BrowserGqlError(typeof error.extensions?.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR', error.message);
  if (!body?.data) throw new BrowserGqlError('UNAVAILABLE', `The server answered ${response.status} without data`);
  return body.data;
}
