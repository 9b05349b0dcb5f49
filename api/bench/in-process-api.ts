import 'reflect-metadata';
import { createSchema } from '../src/app/schema';
import { createApp } from '../src/app/server';
import { createServices } from '../src/app/services';
import { loadConfig } from '../src/config';
import { createDataSource } from '../src/db/data-source';
import { createAppPubSub } from '../src/infra/pubsub';
import { createLogger } from '../src/logger';
import { BENCH_SECRET, login } from './lib';

export interface InProcessApi {
  endpoint: string;
  post(query: string, variables: Record<string, unknown>, token?: string): Promise<{ data?: any; errors?: unknown[] }>;
  /** Signs in as a bench user (password BENCH_PASSWORD) and returns the access token. */
  login(email: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The production API in this process on a free port, wired as api/test/helpers/test-app.ts does (in-process
 * pub/sub, no Redis, no jobs): benchmarks that time single GraphQL requests (bench:search, bench:analytics).
 * Kept apart from lib.ts, which the multi-process benches import without loading the API.
 */
export async function startInProcessApi(url: string): Promise<InProcessApi> {
  const config = loadConfig({
    NODE_ENV: 'production',
    DATABASE_URL: url,
    AUTH_SECRET: BENCH_SECRET,
    COOKIE_SECURE: 'false',
    LOG_LEVEL: 'silent',
    DATABASE_POOL_SIZE: '4',
  });
  const dataSource = createDataSource({ url, poolSize: config.DATABASE_POOL_SIZE });
  await dataSource.initialize();
  const pubSub = createAppPubSub(config);
  const services = createServices({ config, dataSource, redis: null, pubSub, logger: createLogger('silent') });
  const app = await createApp(services, await createSchema(pubSub));
  const port = await app.listen(0, '127.0.0.1');
  const endpoint = `http://127.0.0.1:${port}/graphql`;
  return {
    endpoint,
    async post(query, variables, token) {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: any; errors?: unknown[] };
    },
    login: (email) => login(endpoint, email),
    async close() {
      await app.close();
      await services.jobs.stop();
      await pubSub.close();
      await dataSource.destroy();
    },
  };
}
