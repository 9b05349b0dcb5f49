import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { parse as parseCookies } from 'cookie';
import express from 'express';
import { GraphQLError, type GraphQLSchema, parse } from 'graphql';
import proxyAddress from 'proxy-addr';
import { useServer } from 'graphql-ws/use/ws';
import { type WebSocket, WebSocketServer } from 'ws';
import type { RequestContext } from '../common/context';
import { createErrorFormatter } from '../common/format-error';
import { Loaders } from '../common/loaders';
import type { ResponseCookies } from '../common/response-cookies';
import { serveMetrics } from '../infra/metrics';
import { Topic } from '../infra/pubsub';
import { analyticsCsvHandler } from '../modules/analytics/analytics.csv';
import { ACCESS_COOKIE } from '../modules/auth/auth.service';
import { graphqlHttpHandler } from './graphql-http';
import { checkOperationLimits, rememberedOperationLimits } from './limits';
import { cookieSocketAllowed, originOf } from './socket-origin';
import type { Services } from './services';

export interface App {
  httpServer: Server;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

/** Close code of a socket whose session was revoked or whose access token expired: reconnect with a fresh token. */
export const CLOSE_UNAUTHORIZED = 4401;
const MAX_TIMER_MS = 2 ** 31 - 1;

interface LiveSocket {
  userId: string;
  sessionId: string | null;
  socket: WebSocket;
}

function bearerFrom(header: unknown): string | null {
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  return match?.[1] ?? (header.trim() || null);
}

/** Sent with every HTTP response of the API. */
const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
};
const GRAPHQL_BODY_LIMIT = 2 * 1024 * 1024;
/** How long in-flight requests may finish on close before their connections are cut. */
const DRAIN_GRACE_MS = 10_000;
/** A proxy on the same host (nginx, the web server) may say whom it forwards; nobody else may. */
const trustProxy = proxyAddress.compile('loopback');

const isGraphqlPath = (url: string | undefined) => {
  const path = url?.split('?', 1)[0];
  return path === '/graphql' || path === '/graphql/';
};

export async function createApp(services: Services, schema: GraphQLSchema): Promise<App> {
  const { config, logger, dataSource, redis } = services;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  // /graphql, the hot path, is served on node:http directly (serveGraphql, below); Express serves the rest.
  const httpServer = createServer((request, response) => {
    if (isGraphqlPath(request.url)) serveGraphql(request, response);
    else app(request, response);
  });
  // Every socket, upgraded WebSocket ones included: the drain on close cuts those still open after its grace period.
  const sockets = new Set<Socket>();
  httpServer.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  const buildContext = async (parts: {
    token: string | null;
    ip: string;
    userAgent: string | null;
    cookies?: Record<string, string | undefined>;
    responseCookies?: ResponseCookies;
  }): Promise<RequestContext> => {
    const authenticated = await services.auth.authenticate(parts.token);
    return {
      user: authenticated?.user ?? null,
      sessionId: authenticated?.sessionId ?? null,
      loaders: new Loaders(dataSource),
      services,
      ip: parts.ip,
      userAgent: parts.userAgent,
      cookies: parts.cookies,
      responseCookies: parts.responseCookies,
      extensions: {},
    };
  };

  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  services.metrics.gaugeFrom('pulse_graphql_ws_sockets', 'Open graphql-ws sockets in this process', () => wsServer.clients.size);
  const liveSockets = new Set<LiveSocket>();
  /** Registers an authenticated socket: closed when its access token expires or its session is revoked. */
  const watchSocket = (socket: WebSocket, context: RequestContext, token: string | null) => {
    const entry: LiveSocket = { userId: context.user!.id, sessionId: context.sessionId, socket };
    liveSockets.add(entry);
    const exp = token ? services.auth.accessTokenExpiry(token) : null;
    const expiry =
      exp === null
        ? undefined
        : setTimeout(() => socket.close(CLOSE_UNAUTHORIZED, 'Access token expired'), Math.min(MAX_TIMER_MS, Math.max(0, exp * 1000 - Date.now())));
    expiry?.unref();
    socket.once('close', () => {
      clearTimeout(expiry);
      liveSockets.delete(entry);
    });
  };
  // While the pub/sub connection was down, revocations from other processes went unheard: drop every cached session.
  services.pubSub.onReconnect?.(() => {
    services.auth.forgetAllSessions();
    logger.warn('pub/sub reconnected: cached sessions dropped');
  });
  const revocations = services.pubSub.subscribe(Topic.SESSION_REVOKED);
  const revocationLoop = (async () => {
    for await (const { userId, sessionIds } of revocations) {
      services.auth.forgetSessions(userId, sessionIds);
      for (const entry of liveSockets) {
        if (entry.userId !== userId) continue;
        if (sessionIds && (!entry.sessionId || !sessionIds.includes(entry.sessionId))) continue;
        entry.socket.close(CLOSE_UNAUTHORIZED, 'Session revoked');
      }
    }
  })().catch((error: unknown) => logger.error({ err: error }, 'session revocation listener stopped'));
  // Sessions cached by AuthService carry the user: a change of role or branch elsewhere must reach this process.
  const userChanges = services.pubSub.subscribe(Topic.USER_CHANGED);
  const userChangeLoop = (async () => {
    for await (const { userId } of userChanges) services.auth.forgetSessions(userId, null);
  })().catch((error: unknown) => logger.error({ err: error }, 'user change listener stopped'));
  const webOrigin = originOf(config.WEB_ORIGIN);
  const limits = { maxDepth: config.GRAPHQL_MAX_DEPTH, maxComplexity: config.GRAPHQL_MAX_COMPLEXITY };
  const formatError = createErrorFormatter(logger);
  /** Per socket, the ids of its running subscriptions: the gauge goes down once per subscription that went up. */
  const liveSubscriptions = new WeakMap<object, Set<string>>();
  const wsCleanup = useServer<Record<string, unknown>, { context?: RequestContext }>(
    {
      schema,
      // onConnect authenticated the socket (operations never run before it accepts); each operation gets its own
      // DataLoaders so that a long-lived socket does not serve cached rows forever.
      context: (ctx) => ({ ...(ctx.extra.context as RequestContext), loaders: new Loaders(dataSource) }),
      onConnect: async (ctx) => {
        const headers = ctx.extra.request.headers;
        // The cookie authenticates only sockets opened by the web app's own pages (see cookieSocketAllowed).
        const cookies = cookieSocketAllowed(headers.origin, webOrigin) ? parseCookies(headers.cookie ?? '') : {};
        const token = bearerFrom(ctx.connectionParams?.authorization) ?? cookies[ACCESS_COOKIE] ?? null;
        const context = await buildContext({
          token,
          ip: ctx.extra.request.socket.remoteAddress ?? 'unknown',
          userAgent: headers['user-agent'] ?? null,
        });
        if (!context.user) return false;
        (ctx.extra as { context?: RequestContext }).context = context;
        watchSocket(ctx.extra.socket, context, token);
        return true;
      },
      // Errors of socket operations get the same codes and masking as HTTP ones (graphql-http.ts formats only its own).
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) } : undefined,
      onSubscribe: (_ctx, _id, payload) => {
        try {
          checkOperationLimits(schema, parse(payload.query), payload.variables ?? {}, limits, payload.operationName);
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('Invalid operation')];
        }
        return undefined;
      },
      onOperation: (ctx, id, _payload, _args, result) => {
        if (result && Symbol.asyncIterator in result) {
          services.metrics.wsSubscriptions.inc();
          const ids = liveSubscriptions.get(ctx) ?? new Set<string>();
          liveSubscriptions.set(ctx, ids.add(id));
        }
        return undefined;
      },
      // Also called when the client completes it or the socket closes (graphql-ws ends the iteration then).
      onComplete: (ctx, id) => {
        if (liveSubscriptions.get(ctx)?.delete(id)) services.metrics.wsSubscriptions.dec();
      },
      onError: (_ctx, _id, _payload, errors) => {
        services.metrics.countErrors(errors.map((error) => ({ extensions: error.extensions })));
        return undefined;
      },
    },
    wsServer,
  );

  app.use((_req, res, next) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/metrics', (req, res, next) => {
    serveMetrics(services.metrics, config.METRICS_TOKEN, req, res).catch(next);
  });
  app.get('/readyz', async (_req, res) => {
    const checks: Record<string, string> = {};
    try {
      await dataSource.query('SELECT 1');
      checks.database = 'ok';
    } catch {
      checks.database = 'unreachable';
    }
    if (redis) {
      try {
        await redis.ping();
        checks.redis = 'ok';
      } catch {
        checks.redis = 'unreachable';
      }
    }
    const ready = Object.values(checks).every((value) => value === 'ok');
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', checks });
  });

  /** An HTTP request's context: bearer token, else the session cookie (the cookies stay in the context for refresh). */
  const httpContext = (req: IncomingMessage, responseCookies?: ResponseCookies) => {
    const header = req.headers.cookie;
    const cookies = header ? parseCookies(header) : {};
    return buildContext({
      token: bearerFrom(req.headers.authorization) ?? cookies[ACCESS_COOKIE] ?? null,
      ip: proxyAddress(req, trustProxy) ?? 'unknown',
      userAgent: req.headers['user-agent'] ?? null,
      cookies,
      responseCookies,
    });
  };

  // CSV downloads of analytics reports: the same authentication and role scope as GraphQL.
  app.get(
    '/export/analytics/:report',
    analyticsCsvHandler({
      logger,
      contextOf: (req) => httpContext(req),
    }),
  );

  const graphqlHttp = graphqlHttpHandler({
    schema,
    contextOf: httpContext,
    formatError,
    checkLimits: rememberedOperationLimits(schema, limits),
    metrics: services.metrics,
    headers: SECURITY_HEADERS,
    bodyLimit: GRAPHQL_BODY_LIMIT,
  });
  const serveGraphql = (request: IncomingMessage, response: ServerResponse) => {
    graphqlHttp(request, response).catch((error: unknown) => {
      logger.error({ err: error }, 'graphql request failed');
      if (!response.headersSent) response.writeHead(500, SECURITY_HEADERS).end();
    });
  };

  return {
    httpServer,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    close: async () => {
      await revocations.return?.();
      await revocationLoop;
      await userChanges.return?.();
      await userChangeLoop;
      // Sockets are closed with a going-away code while HTTP requests finish; upgraded sockets would hold the drain.
      await Promise.all([drain(httpServer, sockets, DRAIN_GRACE_MS), wsCleanup.dispose()]);
      wsServer.close();
    },
  };
}

/** Stops accepting connections, lets in-flight requests finish (cut after `graceMs`), closes idle keep-alive ones. */
async function drain(server: Server, sockets: Set<Socket>, graceMs: number): Promise<void> {
  if (!server.listening) return;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const idleSweep = setInterval(() => server.closeIdleConnections(), 100);
  const deadline = setTimeout(() => {
    for (const socket of sockets) socket.destroy();
  }, graceMs);
  try {
    await closed;
  } finally {
    clearInterval(idleSweep);
    clearTimeout(deadline);
  }
}
