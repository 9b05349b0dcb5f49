import 'reflect-metadata';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { createApp, type App } from '../../src/app/server';
import { createSchema } from '../../src/app/schema';
import { createServices, type Services } from '../../src/app/services';
import { type Config, loadConfig } from '../../src/config';
import { createDataSource } from '../../src/db/data-source';
import { type AppPubSub, createAppPubSub } from '../../src/infra/pubsub';
import { createRedis } from '../../src/infra/redis';
import { createLogger } from '../../src/logger';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string; field?: string; [key: string]: unknown } }>;
}

export interface TestApp {
  url: string;
  /** ws://…/graphql */
  wsUrl: string;
  config: Config;
  pubSub: AppPubSub;
  db: TestDatabase;
  dataSource: DataSource;
  services: Services;
  /** SQL statements run since the last `resetQueries()` (the N+1 test counts them). */
  queries: string[];
  resetQueries(): void;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, options?: { token?: string | null; headers?: Record<string, string> }): Promise<GraphQLResponse<T>>;
  raw(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<Response>;
  login(email: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  redis?: boolean;
  env?: Record<string, string>;
  /** A second API process: same database and Redis key prefix as this one (which keeps owning the database). */
  shareWith?: TestApp;
}

export async function startTestApp(label: string, options: TestAppOptions = {}): Promise<TestApp> {
  const shared = options.shareWith;
  const db = shared ? { ...shared.db, drop: async () => undefined } : await createTestDatabase(label);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    AUTH_SECRET: 'test-secret-test-secret-test-secret-42',
    COOKIE_SECURE: 'false',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_POOL_SIZE: '5',
    // Jobs tests start Agenda: a short lock keeps its renewal timer from outliving the test by minutes.
    JOBS_LOCK_LIFETIME_MS: '2000',
    JOBS_PROCESS_EVERY_MS: '500',
    ...(options.redis ? { REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', REDIS_KEY_PREFIX: `${db.name}:` } : {}),
    ...options.env,
  });
  const queries: string[] = [];
  let recording = false;
  const dataSource = createDataSource({
    url: db.url,
    poolSize: config.DATABASE_POOL_SIZE,
    onQuery: (sql) => {
      if (recording) queries.push(sql);
    },
  });
  await dataSource.initialize();
  const redis: Redis | null = config.REDIS_URL ? createRedis(config.REDIS_URL, `pulse-test-${label}`) : null;
  const pubSub = createAppPubSub(config);
  const services = createServices({ config, dataSource, redis, pubSub, logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent') });
  const app: App = await createApp(services, await createSchema(pubSub));
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;

  const raw = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });

  const gql: TestApp['gql'] = async (query, variables = {}, requestOptions = {}) => {
    const headers: Record<string, string> = { ...requestOptions.headers };
    if (requestOptions.token) headers.authorization = `Bearer ${requestOptions.token}`;
    const response = await raw(query, variables, headers);
    return (await response.json()) as GraphQLResponse<any>;
  };

  return {
    url,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    config,
    pubSub,
    db,
    dataSource,
    services,
    queries,
    resetQueries: () => {
      queries.length = 0;
      recording = true;
    },
    gql,
    raw,
    login: async (email, password = FIXTURE_PASSWORD) => {
      const result = await gql<{ login: { accessToken: string } }>(
        'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
        { email, password },
      );
      if (!result.data?.login) throw new Error(`login failed for ${email}: ${JSON.stringify(result.errors)}`);
      return result.data.login.accessToken;
    },
    close: async () => {
      await app.close();
      await services.jobs.stop();
      await pubSub.close();
      await dataSource.destroy();
      if (redis && !shared) {
        const keys = await redis.keys(`${config.REDIS_KEY_PREFIX}*`);
        if (keys.length > 0) await redis.del(...keys);
      }
      redis?.disconnect();
      await db.drop();
    },
  };
}

export const FIXTURE_PASSWORD = 'correct-horse-42';

/** Asserts a GraphQL error with the given code (and field), and returns it for further checks. */
export function expectError(result: GraphQLResponse, code: string, field?: string) {
  const error = result.errors?.[0];
  if (!error) throw new Error(`expected a ${code} error, got data ${JSON.stringify(result.data)}`);
  if (error.extensions?.code !== code || (field !== undefined && error.extensions?.field !== field)) {
    throw new Error(`expected ${code}${field ? ` on ${field}` : ''}, got ${JSON.stringify(error)}`);
  }
  return error;
}
