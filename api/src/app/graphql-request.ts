import type { IncomingMessage } from 'node:http';

/** What a client asks for: the fields of a GraphQL-over-HTTP request. */
export interface GraphqlRequest {
  method: 'GET' | 'POST';
  query?: string;
  operationName?: string;
  variables?: Record<string, unknown>;
  extensions?: Record<string, unknown>;
}

/** A request refused before any GraphQL runs: answered with this status and a BAD_REQUEST error naming the problem. */
export class HttpRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Headers any of which proves the request was preflighted by a browser (the names Apollo Server used). */
const PREFLIGHT_HEADERS = ['x-apollo-operation-name', 'apollo-require-preflight'];
/** Content types a cross-site form or `fetch` may send without a CORS preflight. */
const SIMPLE_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
const MEDIA_TYPE = /^[!#$%&'*+.^_`|~0-9a-z-]+\/[!#$%&'*+.^_`|~0-9a-z-]+$/;

interface ContentType {
  essence: string;
  charset: string | undefined;
}

/** `type/subtype; charset=…` in lower case; null when the header is not a media type. */
export function parseContentType(header: string): ContentType | null {
  const [type = '', ...parameters] = header.split(';');
  const essence = type.trim().toLowerCase();
  if (!MEDIA_TYPE.test(essence)) return null;
  let charset: string | undefined;
  for (const parameter of parameters) {
    const [name, value] = parameter.split('=');
    if (name?.trim().toLowerCase() === 'charset' && value) charset = value.trim().replace(/^"(.*)"$/, '$1').toLowerCase();
  }
  return { essence, charset };
}

/**
 * CSRF protection as Apollo Server's `csrfPrevention` gave it: a request a browser would send cross-site without
 * a preflight (no content type, or a form/text one) must carry one of PREFLIGHT_HEADERS, which no cross-site page
 * can add without a preflight. A JSON POST always passes: sending it cross-site needs a preflight that we never grant.
 */
export function assertNotCsrf(request: IncomingMessage): void {
  const header = request.headers['content-type'];
  if (header !== undefined) {
    const parsed = parseContentType(header);
    if (parsed === null || !SIMPLE_CONTENT_TYPES.includes(parsed.essence)) return;
  }
  if (PREFLIGHT_HEADERS.some((name) => (request.headers[name]?.length ?? 0) > 0)) return;
  throw new HttpRequestError(
    400,
    `This operation has been blocked as a potential Cross-Site Request Forgery (CSRF). Please either specify a 'content-type' header ` +
      `(with a type that is not one of ${SIMPLE_CONTENT_TYPES.join(', ')}) or provide a non-empty value for one of the following headers: ` +
      PREFLIGHT_HEADERS.join(', '),
  );
}

/** The body as text, at most `limit` bytes: a larger one is refused as soon as it is known to be larger. */
export function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const tooLarge = () => new HttpRequestError(413, `The request body is larger than the limit of ${limit} bytes`, { connection: 'close' });
  const declared = Number(request.headers['content-length']);
  if (declared > limit) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    let first: Buffer | null = null;
    let rest: Buffer[] | null = null;
    let length = 0;
    request.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > limit) {
        request.removeAllListeners('data');
        request.pause();
        reject(tooLarge());
        return;
      }
      if (first === null) first = chunk;
      else (rest ??= [first]).push(chunk);
    });
    let ended = false;
    request.once('end', () => {
      ended = true;
      resolve(rest ? Buffer.concat(rest, length).toString('utf8') : (first?.toString('utf8') ?? ''));
    });
    // A client that goes away mid-body ('error' "aborted", or just 'close'): nobody is left to answer, but the
    // promise must settle (a no-op after 'end'), or the pending request would be kept forever.
    // 'close' also follows every complete request: no error object (and its stack trace) unless the body was cut off.
    const cutOff = () => {
      if (!ended) reject(new HttpRequestError(400, 'The request body was cut off'));
    };
    request.once('error', cutOff);
    request.once('close', cutOff);
  });
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The checks (and messages) Apollo Server applied to a POST body. */
function fromPostBody(body: unknown): GraphqlRequest {
  if (Array.isArray(body)) throw new HttpRequestError(400, 'Operation batching disabled.');
  if (!isRecord(body) || Object.keys(body).length === 0) throw new HttpRequestError(400, 'POST body missing, invalid Content-Type, or JSON object has no keys.');
  const { query, variables, extensions, operationName } = body;
  if (query !== undefined && query !== null && typeof query !== 'string') throw new HttpRequestError(400, 'GraphQL queries must be strings.');
  for (const [name, value] of [
    ['variables', variables],
    ['extensions', extensions],
  ] as const) {
    if (typeof value === 'string') throw new HttpRequestError(400, `\`${name}\` in a POST body should be provided as an object, not a recursively JSON-encoded string.`);
    if (value !== undefined && value !== null && !isRecord(value)) throw new HttpRequestError(400, `\`${name}\` in a POST body must be an object if provided.`);
  }
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') {
    throw new HttpRequestError(400, '`operationName` in a POST body must be a string if provided.');
  }
  return {
    method: 'POST',
    query: typeof query === 'string' ? query : undefined,
    operationName: typeof operationName === 'string' ? operationName : undefined,
    variables: isRecord(variables) ? variables : undefined,
    extensions: isRecord(extensions) ? extensions : undefined,
  };
}

/** `?query=…&variables=…` as Apollo Server read it: each parameter at most once, variables and extensions as JSON objects. */
function fromSearchParams(search: string): GraphqlRequest {
  const params = new URLSearchParams(search);
  const once = (name: string) => {
    const values = params.getAll(name);
    if (values.length > 1) throw new HttpRequestError(400, `The '${name}' search parameter may only be specified once.`);
    return values[0];
  };
  const json = (name: string) => {
    const text = once(name);
    if (text === undefined) return undefined;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new HttpRequestError(400, `The ${name} search parameter contains invalid JSON.`);
    }
    if (!isRecord(value)) throw new HttpRequestError(400, `The ${name} search parameter should contain a JSON-encoded object.`);
    return value;
  };
  return { method: 'GET', query: once('query'), operationName: once('operationName'), variables: json('variables'), extensions: json('extensions') };
}

/**
 * The GraphQL request an HTTP request carries: POST with a JSON body (UTF-8, not compressed, at most `bodyLimit`
 * bytes) or GET with search parameters; any other method is 405. CSRF-suspect requests are refused first.
 */
export async function readGraphqlRequest(request: IncomingMessage, bodyLimit: number): Promise<GraphqlRequest> {
  const method = request.method;
  if (method !== 'POST' && method !== 'GET') {
    throw new HttpRequestError(405, `${method} is not supported here: send a POST with a JSON body (or a GET for a query)`, { allow: 'GET, POST' });
  }
  assertNotCsrf(request);
  const header = request.headers['content-type'];
  const contentType = header === undefined ? null : parseContentType(header);
  if (method === 'GET') {
    if (header !== undefined && contentType?.essence !== 'application/json') {
      throw new HttpRequestError(415, 'GET requests may not have a content-type header other than application/json.');
    }
    const query = request.url?.indexOf('?') ?? -1;
    return fromSearchParams(query >= 0 ? request.url!.slice(query) : '');
  }
  if (contentType?.essence !== 'application/json') throw new HttpRequestError(415, 'The request body must be JSON (content-type: application/json)');
  if (contentType.charset !== undefined && contentType.charset !== 'utf-8' && contentType.charset !== 'utf8') {
    throw new HttpRequestError(415, `The request body must be UTF-8, not ${contentType.charset}`);
  }
  const encoding = request.headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') throw new HttpRequestError(415, `Content-Encoding ${encoding} is not supported`);
  const text = await readBody(request, bodyLimit);
  if (text.trim() === '') return fromPostBody({});
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new HttpRequestError(400, `The request body is not valid JSON: ${(error as Error).message}`);
  }
  return fromPostBody(body);
}
