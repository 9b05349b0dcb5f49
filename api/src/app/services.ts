import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { createRateLimiter } from '../infra/rate-limit';
import type { Logger } from '../logger';
import { AuditService } from '../modules/audit/audit.service';
import { AuthService } from '../modules/auth/auth.service';
import { BranchService } from '../modules/branches/branch.service';
import { UserService } from '../modules/users/user.service';

export interface Infrastructure {
  config: Config;
  dataSource: DataSource;
  redis: Redis | null;
  logger: Logger;
}

/** The application's services, built once per process and shared by GraphQL, jobs and scripts. */
export function createServices(infra: Infrastructure) {
  const { config, dataSource, redis } = infra;
  const audit = new AuditService();
  const auth = new AuthService(dataSource, config, {
    perAccount: createRateLimiter(redis, {
      keyPrefix: 'login:account',
      points: config.LOGIN_MAX_ATTEMPTS,
      durationSeconds: config.LOGIN_LOCK_SECONDS,
      blockSeconds: config.LOGIN_LOCK_SECONDS,
    }),
    perAddress: createRateLimiter(redis, {
      keyPrefix: 'login:address',
      points: config.LOGIN_MAX_ATTEMPTS * 20,
      durationSeconds: 3600,
      blockSeconds: config.LOGIN_LOCK_SECONDS,
    }),
  });
  return {
    ...infra,
    audit,
    auth,
    users: new UserService(dataSource, audit, (userId) => auth.revokeAllSessions(userId)),
    branches: new BranchService(dataSource, audit),
  };
}

export type Services = ReturnType<typeof createServices>;
