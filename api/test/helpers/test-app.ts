import 'reflect-metadata';
import { createPubSub } from '@graphql-yoga/subscription';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { createApp, type App } from '../../src/app/server';
import { createSchema } from '../../src/app/schema';
import { createServices, type Services } from '../../src/app/services';
import { loadConfig } from '../../src/config';
import { createDataSource } from '../../src/db/data-source';
import { createRedis } from '../../src/infra/redis';
import { createLogger } from '../../src/logger';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string; field?: string; [key: string]: unknown } }>;
}

export interface TestApp {
  url: string;
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

export async function startTestApp(label: string, options: { redis?: boolean; env?: Record<string, string> } = {}): Promise<TestApp> {
  const db = await createTestDatabase(label);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    AUTH_SECRET: 'test-secret-test-secret-test-secret-42',
    COOKIE_SECURE: 'false',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_POOL_SIZE: '5',
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
  const services = createServices({ config, dataSource, redis, logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent') });
  const app: App = await createApp(services, await createSchema(createPubSub()));
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
      await dataSource.destroy();
      if (redis) {
        const keys = await redis.keys(`${config.REDIS_KEY_PREFIX}*`);
        if (keys.length > 0) await redis.del(...keys);
        redis.disconnect();
      }
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
