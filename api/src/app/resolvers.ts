import type { NonEmptyArray } from 'type-graphql';
import { AuditEventResolver } from '../modules/audit/audit.resolver';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { BranchResolver, RegionResolver } from '../modules/branches/branch.resolver';
import { callResolvers } from '../modules/calls';
import { companyResolvers } from '../modules/companies';
import { contactResolvers } from '../modules/contacts';
import { dictionaryResolvers } from '../modules/dictionaries';
import { JobRunResolver } from '../jobs/job-runs';
import { noteResolvers } from '../modules/notes';
import { notificationResolvers } from '../modules/notifications';
import { taskResolvers } from '../modules/tasks';
import { UserResolver } from '../modules/users/user.resolver';
import { analyticsResolvers } from '../modules/analytics';
import { dashboardResolvers } from '../modules/dashboard';

/** Every resolver of the API, listed explicitly (no glob discovery). */
export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  UserResolver,
  BranchResolver,
  RegionResolver,
  AuditEventResolver,
  ...companyResolvers,
  ...contactResolvers,
  ...dictionaryResolvers,
  JobRunResolver,
  ...noteResolvers,
  ...notificationResolvers,
  ...taskResolvers,
  ...callResolvers,
  ...analyticsResolvers,
  ...dashboardResolvers,
];
