import { createServer, type Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { parse as parseCookies } from 'cookie';
import express, { type Request, type Response } from 'express';
import { GraphQLError, type GraphQLSchema, parse } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { type WebSocket, WebSocketServer } from 'ws';
import type { RequestContext } from '../common/context';
import { createErrorFormatter } from '../common/format-error';
import { Loaders } from '../common/loaders';
import { serveMetrics } from '../infra/metrics';
import { Topic } from '../infra/pubsub';
import { analyticsCsvHandler } from '../modules/analytics/analytics.csv';
import { ACCESS_COOKIE } from '../modules/auth/auth.service';
import { checkOperationLimits, operationLimitsPlugin } from './limits';
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

/** Copies what resolvers put in `ctx.extensions` into the response's `extensions`. */
const responseExtensionsPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        const extra = contextValue.extensions;
        if (!extra || Object.keys(extra).length === 0 || response.body.kind !== 'single') return;
        response.body.singleResult.extensions = { ...response.body.singleResult.extensions, ...extra };
      },
    };
  },
};

export async function createApp(services: Services, schema: GraphQLSchema): Promise<App> {
  const { config, logger, dataSource, redis } = services;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  const httpServer = createServer(app);

  const buildContext = async (parts: {
    token: string | null;
    ip: string;
    userAgent: string | null;
    req?: Request;
    res?: Response;
  }): Promise<RequestContext> => {
    const authenticated = await services.auth.authenticate(parts.token);
    return {
      user: authenticated?.user ?? null,
      sessionId: authenticated?.sessionId ?? null,
      loaders: new Loaders(dataSource),
      services,
      ip: parts.ip,
      userAgent: parts.userAgent,
      req: parts.req,
      res: parts.res,
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
      // Errors of socket operations get the same codes and masking as HTTP ones (Apollo formats only those).
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

  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown order (HTTP, then database, then Redis); Apollo must not race it on SIGTERM.
    stopOnTerminationSignals: false,
    introspection: true,
    plugins: [
      // Responses are `Cache-Control: no-store` and no type sets cache hints: the default cache-control plugin
      // would only wrap every field resolver for nothing.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      operationLimitsPlugin(limits),
      responseExtensionsPlugin,
      services.metrics.apolloPlugin(),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Cache-Control', 'no-store');
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

  /** An HTTP request's context: bearer token, else the session cookie (the cookies stay on `req` for refresh). */
  const httpContext = (req: Request, res: Response) => {
    const cookies = parseCookies(req.headers.cookie ?? '');
    (req as Request & { cookies?: Record<string, string | undefined> }).cookies = cookies;
    return buildContext({
      token: bearerFrom(req.headers.authorization) ?? cookies[ACCESS_COOKIE] ?? null,
      ip: req.ip ?? 'unknown',
      userAgent: req.headers['user-agent'] ?? null,
      req,
      res,
    });
  };

  // CSV downloads of analytics reports: the same authentication and role scope as GraphQL.
  app.get(
    '/export/analytics/:report',
    analyticsCsvHandler({
      logger,
      contextOf: httpContext,
    }),
  );

  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, {
      context: ({ req, res }) => httpContext(req, res),
    }),
  );

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
      await apollo.stop();
      wsServer.close();
    },
  };
}
