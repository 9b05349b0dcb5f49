/**
 * What a virtual web user does, as a table: one entry per operation type, its share of a user's actions, and the
 * schema fields it needs (an entry whose fields the running API lacks is skipped, and the run says so).
 *
 * Why these shares (SPEC §2 and the old system's HOSTING_RECOMMENDATIONS, "оценка нагрузки"): the old web client's
 * traffic was notification polling (replaced here by one held `notificationAdded` subscription per user, so it is
 * not an operation at all), CRUD on companies, contacts and tasks, company search (the one heavy read it names),
 * the dashboard "several queries per load, polled every 30 s" and analytics "aggregation over calls and tasks".
 * A sales manager's day in the seed (notes and tasks per company, 5–10 req/s for 35 users) is mostly reading:
 * opening company cards and lists and typing in the search box; writing is a note after a call, now and then a
 * task, a contact or a company edit. So: ~75 % reads (cards 24, lists 16, typeahead 16, own tasks 7, dashboard 8,
 * notifications 2, analytics 3), ~25 % writes (notes 9, tasks 5, contacts 4, companies 4), plus click-to-call 3 when
 * the API has it. Page loads go through the Next.js server (server-rendered, it calls the API itself); the
 * typeahead through its /api/search route; writes and the not-yet-built pages straight to the API's /graphql,
 * as the browser does behind nginx.
 *
 * Think time between actions: exponential with a mean of 1.4 s, so each user does ≈ 0.7 actions/s — SPEC §8's
 * "seed's peak rate per user" (20–30 req/s for 35 users).
 */

export type Channel = 'api' | 'web';

export interface OperationSpec {
  name: string;
  weight: number;
  channel: Channel;
  /** Root fields (`Query.x`, `Mutation.x`, `Subscription.x`) or web routes (`web:/path`) this needs. */
  requires: string[];
  /** Part of an issue being built elsewhere: included only when the schema has it. */
  optional?: boolean;
}

export const OPERATIONS: OperationSpec[] = [
  { name: 'company page (web)', weight: 16, channel: 'web', requires: ['Query.company', 'web:/companies/[id]'] },
  { name: 'company card (api)', weight: 8, channel: 'api', requires: ['Query.company'] },
  { name: 'company list (web)', weight: 8, channel: 'web', requires: ['Query.companies', 'web:/companies'] },
  { name: 'company list filtered (api)', weight: 8, channel: 'api', requires: ['Query.companies'] },
  { name: 'typeahead (web /api/search)', weight: 16, channel: 'web', requires: ['Query.searchCompanies', 'web:/api/search'] },
  { name: 'my tasks (api)', weight: 7, channel: 'api', requires: ['Query.tasks'] },
  { name: 'notifications (api)', weight: 2, channel: 'api', requires: ['Query.notifications'] },
  { name: 'create note', weight: 9, channel: 'api', requires: ['Mutation.createNote'] },
  { name: 'create task', weight: 3, channel: 'api', requires: ['Mutation.createTask'] },
  { name: 'complete task', weight: 2, channel: 'api', requires: ['Mutation.completeTask', 'Query.tasks'] },
  { name: 'create contact', weight: 2, channel: 'api', requires: ['Mutation.createContact'] },
  { name: 'update contact', weight: 2, channel: 'api', requires: ['Mutation.updateContact'] },
  { name: 'create company', weight: 1, channel: 'api', requires: ['Mutation.createCompany'] },
  { name: 'update company', weight: 3, channel: 'api', requires: ['Mutation.updateCompany'] },
  { name: 'dashboard', weight: 8, channel: 'api', requires: ['Query.dashboard'], optional: true },
  { name: 'call analytics', weight: 2, channel: 'api', requires: ['Query.callAnalytics'], optional: true },
  { name: 'task analytics', weight: 1, channel: 'api', requires: ['Query.taskAnalytics'], optional: true },
  { name: 'click-to-call', weight: 3, channel: 'api', requires: ['Mutation.requestCall'], optional: true },
];

export const THINK_MEAN_MS = 1400;
