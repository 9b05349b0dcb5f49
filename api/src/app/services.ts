import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { AgendaJobs } from '../jobs/agenda-jobs';
import { JobRunService } from '../jobs/job-runs';
import type { Jobs } from '../jobs/jobs';
import { jobDefinitions } from '../jobs/registry';
import type { AppPubSub } from '../infra/pubsub';
import { createRateLimiter } from '../infra/rate-limit';
import { Metrics } from '../infra/metrics';
import type { Logger } from '../logger';
import { AnalyticsService } from '../modules/analytics';
import { AuditService } from '../modules/audit/audit.service';
import { AuthService } from '../modules/auth/auth.service';
import { BranchService } from '../modules/branches/branch.service';
import { CallRequestService, CallService, PhoneDeviceService } from '../modules/calls';
import { CompanyService, CompanyTransferService, DeletionRequestService } from '../modules/companies';
import { ContactService } from '../modules/contacts';
import { DashboardService } from '../modules/dashboard';
import { DictionaryService } from '../modules/dictionaries';
import { NoteService } from '../modules/notes';
import { NotificationService } from '../modules/notifications';
import { TaskService } from '../modules/tasks';
import { UserService } from '../modules/users/user.service';

export interface Infrastructure {
  config: Config;
  dataSource: DataSource;
  redis: Redis | null;
  logger: Logger;
  pubSub: AppPubSub;
}

/** The application's services, built once per process and shared by GraphQL, jobs and scripts. */
export function createServices(infra: Infrastructure) {
  const { config, dataSource, redis, pubSub } = infra;
  const metrics = new Metrics({ dataSource });
  const audit = new AuditService();
  const notifications = new NotificationService(dataSource, pubSub);
  const auth = new AuthService(dataSource, config, {
    perAccount: createRateLimiter(redis, config.REDIS_KEY_PREFIX, {
      keyPrefix: 'login:account',
      points: config.LOGIN_MAX_ATTEMPTS,
      durationSeconds: config.LOGIN_LOCK_SECONDS,
      blockSeconds: config.LOGIN_LOCK_SECONDS,
    }),
    perAddress: createRateLimiter(redis, config.REDIS_KEY_PREFIX, {
      keyPrefix: 'login:address',
      points: config.LOGIN_MAX_ATTEMPTS * 20,
      durationSeconds: 3600,
      blockSeconds: config.LOGIN_LOCK_SECONDS,
    }),
  }, pubSub);
  const companies = new CompanyService(dataSource, audit);
  const jobs: Jobs = new AgendaJobs(metrics.instrumentJobs(jobDefinitions), () => services, {
    databaseUrl: config.DATABASE_URL,
    processEveryMs: config.JOBS_PROCESS_EVERY_MS,
    lockLifetimeMs: config.JOBS_LOCK_LIFETIME_MS,
    logger: infra.logger,
  });
  const phoneDevices = new PhoneDeviceService(dataSource, config, auth, pubSub, infra.logger);
  const callRequests = new CallRequestService(
    dataSource,
    config,
    pubSub,
    phoneDevices,
    {
      phone: createRateLimiter(redis, config.REDIS_KEY_PREFIX, { keyPrefix: 'phone:device', points: config.PHONE_RATE_LIMIT_PER_MINUTE, durationSeconds: 60 }),
      requests: createRateLimiter(redis, config.REDIS_KEY_PREFIX, { keyPrefix: 'call:request', points: config.CALL_REQUEST_RATE_LIMIT_PER_MINUTE, durationSeconds: 60 }),
    },
    infra.logger,
  );
  const services = {
    ...infra,
    metrics,
    notifications,
    jobs,
    jobRuns: new JobRunService(dataSource),
    audit,
    auth,
    users: new UserService(dataSource, audit, (userId) => auth.revokeAllSessions(userId), (userId) => auth.userChanged(userId)),
    branches: new BranchService(dataSource, audit),
    companies,
    companyTransfers: new CompanyTransferService(dataSource, audit, notifications),
    deletionRequests: new DeletionRequestService(dataSource, audit, companies, notifications),
    contacts: new ContactService(dataSource, audit, companies),
    dictionaries: new DictionaryService(dataSource, audit),
    notes: new NoteService(dataSource, audit, notifications),
    tasks: new TaskService(dataSource, audit, notifications),
    phoneDevices,
    callRequests,
    calls: new CallService(dataSource, pubSub, callRequests),
    analytics: new AnalyticsService(dataSource),
    dashboard: new DashboardService(dataSource),
  };
  return services;
}

export type Services = ReturnType<typeof createServices>;
