import 'reflect-metadata';
import { createServices } from './app/services';
import { stopOnSignals } from './app/shutdown';
import { loadConfig } from './config';
import { createDataSource } from './db/data-source';
import { metricsServer } from './infra/metrics';
import { createAppPubSub } from './infra/pubsub';
import { createRedis } from './infra/redis';
import { createLogger } from './logger';

/** The background-job worker (`npm run worker`): the API's services without HTTP; any number may run at once. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const dataSource = createDataSource({ url: config.DATABASE_URL, poolSize: Math.min(config.DATABASE_POOL_SIZE, 5) });
  await dataSource.initialize();
  const redis = config.REDIS_URL ? createRedis(config.REDIS_URL, 'pulse-worker') : null;
  // Notices raised by jobs reach the API processes' subscribers through Redis.
  if (!redis) logger.warn('REDIS_URL is not set: notifications from this worker are stored but not pushed to open sockets');
  const pubSub = createAppPubSub(config, logger);
  const services = createServices({ config, dataSource, redis, logger, pubSub });
  await services.jobs.start();
  const metrics = config.WORKER_METRICS_PORT ? metricsServer(services.metrics, config.METRICS_TOKEN) : null;
  // Without METRICS_TOKEN only localhost may read it anyway, so bind there and keep the port off the network.
  metrics?.listen(config.WORKER_METRICS_PORT, config.METRICS_TOKEN ? config.HOST : '127.0.0.1');
  logger.info({ metricsPort: config.WORKER_METRICS_PORT ?? null }, 'worker ready');

  stopOnSignals(logger, 'worker', 15_000, async () => {
    metrics?.close();
    await services.jobs.stop();
    await pubSub.close();
    await dataSource.destroy();
    redis?.disconnect();
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
