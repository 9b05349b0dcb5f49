import 'reflect-metadata';
import { createApp } from './app/server';
import { createSchema } from './app/schema';
import { createServices } from './app/services';
import { stopOnSignals } from './app/shutdown';
import { loadConfig } from './config';
import { createDataSource } from './db/data-source';
import { createAppPubSub } from './infra/pubsub';
import { createRedis } from './infra/redis';
import { createLogger } from './logger';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const dataSource = createDataSource({ url: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE });
  await dataSource.initialize();
  const pending = await dataSource.showMigrations();
  if (pending) logger.warn('the database has pending migrations: run `npm run migrate -w api`');
  const redis = config.REDIS_URL ? createRedis(config.REDIS_URL, 'pulse-api') : null;
  const pubSub = createAppPubSub(config, logger);
  const services = createServices({ config, dataSource, redis, logger, pubSub });
  const schema = await createSchema(pubSub);
  const app = await createApp(services, schema);
  const port = await app.listen(config.PORT, config.HOST);
  if (config.RUN_JOBS) await services.jobs.start();
  logger.info({ url: `http://localhost:${port}/graphql`, redis: Boolean(redis), jobs: config.RUN_JOBS }, 'api ready');

  stopOnSignals(logger, 'api', 10_000, async () => {
    await app.close();
    await services.jobs.stop();
    await pubSub.close();
    await dataSource.destroy();
    redis?.disconnect();
  });
}

main().catch((error: unknown) => {
  // Configuration errors already read as sentences; print them plainly.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
