import type { Redis } from 'ioredis';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';

export interface LimiterOptions {
  keyPrefix: string;
  points: number;
  durationSeconds: number;
  blockSeconds?: number;
}

/** Limits live in Redis when there is one (shared by every API process), in memory in the embedded default. */
export function createRateLimiter(redis: Redis | null, namespace: string, options: LimiterOptions): RateLimiterAbstract {
  const common = {
    keyPrefix: `${namespace}rl:${options.keyPrefix}`,
    points: options.points,
    duration: options.durationSeconds,
    blockDuration: options.blockSeconds ?? 0,
  };
  return redis ? new RateLimiterRedis({ ...common, storeClient: redis, useRedisPackage: false }) : new RateLimiterMemory(common);
}
