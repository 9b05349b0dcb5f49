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
 * notifications 2, analytics 3), ~25 % writes (notes 9, tasks 5, contacts 4, companies 4), plus click-to-call 3 for
 * users with a phone.
 *
 * Where each goes, as the browser sends it: pages through the Next.js server (server-rendered; it calls the API
 * itself) — as a full HTML load or, mostly, as a client-side navigation (see NAVIGATION below); the typeahead
 * straight to the API's /graphql (`searchCompanies`, the query of web/lib/operations/search.ts: the browser calls
 * it itself, behind nginx in production, instead of through a Next route); writes and the card, list, tasks,
 * dashboard and analytics queries to the API's /graphql too, as the browser's own GraphQL calls do.
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
  { name: 'typeahead (api searchCompanies)', weight: 16, channel: 'api', requires: ['Query.searchCompanies'] },
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
  // The /analytics page's one query (callAnalytics + taskAnalytics, web/lib/operations/analytics.ts), with the
  // filter each role's page asks for by default (see ANALYTICS_BY_ROLE), and the pickers query for leadership.
  { name: 'analytics report (api)', weight: 3, channel: 'api', requires: ['Query.callAnalytics', 'Query.taskAnalytics'], optional: true },
  // Only users with a phone (PHONE_ROLES) click to call; the others re-roll. Its phone takes it from there.
  { name: 'click-to-call', weight: 3, channel: 'api', requires: ['Mutation.requestCall', 'Subscription.callRequested', 'Mutation.createPhoneLoginToken'], optional: true },
];

export const THINK_MEAN_MS = 1400;

/**
 * Page actions ('company page (web)', 'company list (web)'): a user opens the app once, then moves around it by
 * clicking links, which the App Router turns into a fetch of the page's RSC payload (`RSC: 1`,
 * `Next-Router-State-Tree`, `Next-Url`, `_rsc`; captured from Chromium with `npm run bench:load --
 * --capture-navigation`, replayed by navigation.ts). A full HTML load happens on the first screen of the day, a
 * reload (F5), a card opened in a new tab from a list, or a link followed from a notification e-mail. We count one
 * full load per FULL_LOAD_EVERY page actions: a manager working through a list opens some cards in new tabs and
 * reloads now and then, but most moves are clicks inside the tab. (A judgment, not a seed figure: the seed's web
 * was server-rendered Django, where every move was a full load.) Prefetches: the first capture showed Chromium
 * prefetching every link in view (a list's ~10 rows and sort links, a card's six tabs, the sidebar: about 20 RSC
 * requests per list and 12 per card), which tripled the web server's CPU; the web now prefetches links on intent
 * only (web/components/ui/intent-link.tsx) and company rows never, so what the generator sends is what the
 * re-capture shows: the hover over the sidebar's «Companies» link before a list navigation (route tree, then the
 * page) — not waited for, not repeated within 5 minutes. `--no-prefetch` turns it off.
 */
export const FULL_LOAD_EVERY = 5;

/**
 * Who has a phone signed in (SPEC §1: every user has an Android phone; §2: the old phones polled for "calls to
 * make"). A phone matters to the load only if it is used to call from the CRM: in the demo seed
 * (api/src/seed/demo-seed.ts) calls are made by managers and sales heads, so their phones sign in by QR
 * (createPhoneLoginToken on the web session → exchangePhoneLoginToken on the phone) and hold a `callRequested`
 * subscription on their own socket: 23 of every 25 accounts (21 managers + 2 sales heads, dataset.ts).
 */
export const PHONE_ROLES = ['MANAGER', 'SALES_HEAD'];

/**
 * What happens on the phone after a click-to-call: the outcome of an outgoing call as the demo seed draws them
 * (45 % connected, 27 % no answer, 12 % busy, 8 % rejected, 8 % failed), ringing for 3–12 s, and a connected call
 * lasting 15–435 s (the seed's durations). The run lasts minutes, so the phone's wall-clock talk time is the
 * call's duration / TALK_TIME_COMPRESSION (0.75–22 s): what the stack sees — a claim, then a report some seconds
 * later — is the same, only sooner; the reported durationSeconds is the full one.
 */
export const CALL_OUTCOMES: Array<[outcome: string, weight: number]> = [
  ['CONNECTED', 45],
  ['NO_ANSWER', 27],
  ['BUSY', 12],
  ['REJECTED', 8],
  ['FAILED', 8],
];
export const RING_SECONDS = [3, 12] as const;
export const TALK_SECONDS = [15, 435] as const;
export const TALK_TIME_COMPRESSION = 20;
/** A click whose request has not reached the phone this long after requestCall answered counts as lost. */
export const LOST_AFTER_MS = 10_000;

/**
 * The analytics page's default filter per role (web/lib/analytics/params.ts; the pickers show only what the API
 * answers for the role): a manager looks at his own current month by day; a sales head or branch director at the
 * branch's last 30 days by manager by week (the API scopes them to their branch); group managers and admins at
 * the year so far, every branch, by branch by month.
 */
export const ANALYTICS_BY_ROLE: Record<string, { range: 'month' | '30d' | 'year'; granularity: 'DAY' | 'WEEK' | 'MONTH'; groupBy: 'MANAGER' | 'BRANCH'; pickers: boolean }> = {
  MANAGER: { range: 'month', granularity: 'DAY', groupBy: 'MANAGER', pickers: false },
  SALES_HEAD: { range: '30d', granularity: 'WEEK', groupBy: 'MANAGER', pickers: true },
  BRANCH_DIRECTOR: { range: '30d', granularity: 'WEEK', groupBy: 'MANAGER', pickers: true },
  GROUP_MANAGER: { range: 'year', granularity: 'MONTH', groupBy: 'BRANCH', pickers: true },
  ADMIN: { range: 'year', granularity: 'MONTH', groupBy: 'BRANCH', pickers: true },
};

/**
 * What the typeahead is asked (SEARCH_MIN_LENGTH 2, a 150 ms debounce, 8 hits — web/components/search): the box
 * fires once the user pauses, so a typed term costs about two requests, a prefix and the whole term. Terms are
 * taken from companies the user has seen: a word of the name (70 %), the start of an INN (15 %), digits of a phone
 * number (15 %) — the three things managers look companies up by.
 */
export const TYPEAHEAD_KINDS: Array<[kind: 'name' | 'inn' | 'phone', weight: number]> = [
  ['name', 70],
  ['inn', 15],
  ['phone', 15],
];
export const SEARCH_HITS = 8;
