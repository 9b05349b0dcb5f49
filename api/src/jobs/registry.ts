import { auditJobs } from '../modules/audit/audit.jobs';
import { notificationJobs } from '../modules/notifications';
import { callJobs } from '../modules/calls';
import type { JobDefinition } from './jobs';

/** Every job of the app, listed explicitly (no discovery); the worker and `RUN_JOBS=true` process these. */
export const jobDefinitions: JobDefinition<any>[] = [...notificationJobs, ...auditJobs, ...callJobs];
