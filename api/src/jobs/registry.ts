import { analyticsJobs } from '../modules/analytics/analytics.rollups';
import { auditJobs } from '../modules/audit/audit.jobs';
import { callJobs } from '../modules/calls';
import { notificationJobs } from '../modules/notifications';
import { taskJobs } from '../modules/tasks/task.jobs';
import type { JobDefinition } from './jobs';

/** Every job of the app, listed explicitly (no discovery); the worker and `RUN_JOBS=true` process these. */
export const jobDefinitions: JobDefinition<any>[] = [...notificationJobs, ...auditJobs, ...taskJobs, ...callJobs, ...analyticsJobs];
