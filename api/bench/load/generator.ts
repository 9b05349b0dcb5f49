import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { Agent, request } from 'undici';
import WebSocket from 'ws';
import { createRandom } from '../../src/seed/random';
import type { PhoneSim, SimCallRequest } from '../../../tools/phone-sim/phone-sim.mjs';
import { NAVIGATION_TREE, PREFETCH_TREE, rscHash } from './navigation';
import {
  ANALYTICS_BY_ROLE,
  CALL_OUTCOMES,
  FULL_LOAD_EVERY,
  LOST_AFTER_MS,
  OPERATIONS,
  type OperationSpec,
  PHONE_ROLES,
  RING_SECONDS,
  SEARCH_HITS,
  TALK_SECONDS,
  TALK_TIME_COMPRESSION,
  TYPEAHEAD_KINDS,
} from './scenario';

/**
 * The load generator, a process of its own (forked by run.ts, driven over IPC): virtual web users that sign in,
 * hold a `notificationAdded` subscription, and act by the table in scenario.ts with think times; and, for the
 * users with a phone (scenario.ts PHONE_ROLES), a virtual phone — the reference phone client, tools/phone-sim —
 * signed in by QR, holding its `callRequested` subscription on its own socket, claiming what the user's
 * click-to-call sends it, "dialling" on a timer (nothing waits on it) and reporting the result.
 */

export type Command =
  | { type: 'setup'; apiUrl: string; webUrl: string | null; password: string; emails: string[]; prefetch: boolean }
  | { type: 'signIn' }
  | { type: 'users'; count: number; thinkMeanMs: number; rampMs: number }
  | { type: 'reset' }
  | { type: 'collect' }
  | { type: 'stop' };

/** The phones' side of click-to-call in a window (latencies in ms, from the click to the phone's socket). */
export interface PhoneStats {
  phones: number;
  socketsOpen: number;
  clicks: number;
  received: number;
  lost: number;
  duplicates: number;
  late: number;
  claimConflicts: number;
  reported: number;
  inProgress: number;
  outcomes: Record<string, number>;
  clickToPhone: { count: number; p50: number; p95: number; p99: number; max: number };
}

export interface OperationStats {
  count: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errorSamples: string[];
}

export type Reply =
  | { type: 'ready'; included: string[]; skipped: Array<{ name: string; missing: string[] }>; navigation: string }
  | { type: 'users'; started: number }
  | { type: 'signedIn'; seconds: number; operations: Record<string, OperationStats> }
  | {
      type: 'stats';
      seconds: number;
      operations: Record<string, OperationStats>;
      push: { count: number; p50: number; p95: number; p99: number };
      phones: PhoneStats;
      sockets: number;
      activeUsers: number;
    };

const random = createRandom(7_777);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const send = (reply: Reply) => process.send!(reply);

let apiUrl = '';
let webUrl: string | null = null;
let password = '';
let emails: string[] = [];
let thinkMeanMs = 1400;
/** Off with `--no-prefetch` (run.ts): to see what the browser's link prefetches cost the web server. */
let prefetch = true;
let running = true;
let started = 0;
const users: VirtualUser[] = [];
const agent = new Agent({ connections: 256, pipelining: 1, keepAliveTimeout: 30_000 });

// ── statistics ─────────────────────────────────────────────────────────────────────────────────────────────
let windowStarted = performance.now();
let samples = new Map<string, number[]>();
let errors = new Map<string, string[]>();
let pushSamples: number[] = [];
// Phones: a click's requestCall answer and the phone's receipt can come in either order (the push may beat the
// mutation's own answer), so whichever comes first waits in a map for the other.
const clickSent = new Map<string, number>(); // request id → when the click was sent (its answer already here)
const arrivedEarly = new Map<string, number>(); // request id → when the phone had it (before the click's answer)
const delivered = new Set<string>();
const lostIds = new Set<string>();
let phoneCounters = { clicks: 0, received: 0, lost: 0, duplicates: 0, late: 0, claimConflicts: 0, reported: 0, outcomes: {} as Record<string, number> };
let clickToPhone: number[] = [];
let callsInProgress = 0;

function record(name: string, ms: number): void {
  let list = samples.get(name);
  if (!list) samples.set(name, (list = []));
  list.push(ms);
}
function recordError(name: string, message: string): void {
  let list = errors.get(name);
  if (!list) errors.set(name, (list = []));
  list.push(message.slice(0, 200));
}
const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0);

/** Latency percentiles of `sorted` (ms, ascending) beside the count of `failed` and a few of their messages. */
function statsOf(sorted: number[], failed: string[]): OperationStats {
  return {
    count: sorted.length + failed.length,
    errors: failed.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? 0,
    errorSamples: [...new Set(failed)].slice(0, 3),
  };
}

function collect(): Reply {
  const operations: Record<string, OperationStats> = {};
  for (const name of new Set([...samples.keys(), ...errors.keys()])) {
    operations[name] = statsOf((samples.get(name) ?? []).sort((a, b) => a - b), errors.get(name) ?? []);
  }
  // Every user action together (sign-ins excluded: once per user, not part of the steady mix; and the phones'
  // own calls, which are not a user's action and are reported on their own).
  const isAction = (name: string) => name !== 'login' && !name.startsWith('phone') && !name.startsWith('web prefetch') && !name.startsWith('web bell');
  const all = [...samples.entries()].filter(([name]) => isAction(name)).flatMap(([, list]) => list).sort((a, b) => a - b);
  const allErrors = [...errors.entries()].filter(([name]) => isAction(name)).flatMap(([, list]) => list);
  operations.all = statsOf(all, allErrors);
  const push = pushSamples.sort((a, b) => a - b);
  // A click whose request has not reached the phone LOST_AFTER_MS after its answer is lost (if it turns up later,
  // it also counts as late).
  const now = performance.now();
  for (const [id, sentAt] of clickSent) {
    if (now - sentAt > LOST_AFTER_MS) {
      clickSent.delete(id);
      lostIds.add(id);
      phoneCounters.lost += 1;
    }
  }
  for (const [id, at] of arrivedEarly) if (now - at > 60_000) arrivedEarly.delete(id); // an answer that never came: counted as an error
  const latencies = clickToPhone.sort((a, b) => a - b);
  const phones = users.filter((u) => u.phone);
  return {
    type: 'stats',
    seconds: (performance.now() - windowStarted) / 1000,
    operations,
    push: { count: push.length, p50: percentile(push, 50), p95: percentile(push, 95), p99: percentile(push, 99) },
    phones: {
      phones: phones.filter((u) => u.active).length,
      socketsOpen: phones.filter((u) => u.phone!.connected).length,
      ...phoneCounters,
      inProgress: callsInProgress,
      clickToPhone: { count: latencies.length, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), max: latencies.at(-1) ?? 0 },
    },
    sockets: users.filter((u) => u.socketOpen).length,
    activeUsers: users.filter((u) => u.active).length,
  };
}

// ── transport ──────────────────────────────────────────────────────────────────────────────────────────────
class OperationError extends Error {}

async function graphql<T = any>(query: string, variables: Record<string, unknown>, token: string | null): Promise<T> {
  const response = await request(`${apiUrl}/graphql`, {
    method: 'POST',
    dispatcher: agent,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.body.json()) as { data?: T; errors?: Array<{ message: string; extensions?: { code?: string; field?: string } }> };
  if (body.errors?.length) {
    const error = body.errors[0]!;
    throw new OperationError(`${error.extensions?.code ?? 'ERROR'}${error.extensions?.field ? ` (${error.extensions.field})` : ''}: ${error.message}`);
  }
  if (response.statusCode !== 200) throw new OperationError(`HTTP ${response.statusCode}`);
  return body.data as T;
}

async function page(path: string, token: string): Promise<string> {
  const response = await request(`${webUrl}${path}`, { method: 'GET', dispatcher: agent, headers: { cookie: `pulse_at=${token}`, accept: 'text/html' } });
  const text = await response.body.text();
  if (response.statusCode !== 200) throw new OperationError(`HTTP ${response.statusCode} for ${path.replace(/[0-9a-f-]{36}/, ':id')}`);
  return text;
}

// ── web pages: full loads, client navigations, and the prefetches Chromium sends around them (navigation.ts) ──
const PREFETCH_KEEP_MS = 5 * 60_000;
const PREFETCH_LANES = 4;
const UNREAD_COUNT = 'query UnreadNotificationCount { unreadNotificationCount newestUnread: notifications(unreadOnly: true, first: 1) { edges { node { createdAt } } } }';

interface RscHeaders {
  prefetch?: '1';
  segment?: string;
  tree?: string;
  nextUrl: string;
}

async function rsc(path: string, token: string, headers: RscHeaders): Promise<void> {
  const hash = rscHash(headers.prefetch ?? '0', headers.segment ?? '0', headers.tree ?? '0', headers.nextUrl);
  const response = await request(`${webUrl}${path}${path.includes('?') ? '&' : '?'}_rsc=${hash}`, {
    method: 'GET',
    dispatcher: agent,
    headers: {
      cookie: `pulse_at=${token}`,
      rsc: '1',
      'next-url': headers.nextUrl,
      ...(headers.prefetch ? { 'next-router-prefetch': headers.prefetch } : {}),
      ...(headers.segment ? { 'next-router-segment-prefetch': headers.segment } : {}),
      ...(headers.tree ? { 'next-router-state-tree': headers.tree } : {}),
    },
  });
  await response.body.dump({ limit: Number.POSITIVE_INFINITY }).catch(() => response.body.text());
  if (response.statusCode !== 200) throw new OperationError(`HTTP ${response.statusCode} for RSC ${path.replace(/[0-9a-f-]{36}/, ':id').split('?')[0]}`);
}

// ── schema introspection: which operations exist, and selections for the ones built elsewhere ─────────────
interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface FieldInfo {
  name: string;
  type: TypeRef;
  args: Array<{ name: string; type: TypeRef }>;
}
const types = new Map<string, { kind: string; fields: FieldInfo[] | null }>();
const roots = { Query: new Map<string, FieldInfo>(), Mutation: new Map<string, FieldInfo>(), Subscription: new Map<string, FieldInfo>() };

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
async function introspect(token: string): Promise<void> {
  const data = await graphql<any>(`{ __schema { queryType { name } mutationType { name } subscriptionType { name } types { kind name fields { name args { name type { ${TYPE_REF} } } type { ${TYPE_REF} } } } } }`, {}, token);
  for (const type of data.__schema.types) types.set(type.name, { kind: type.kind, fields: type.fields });
  for (const [root, name] of [['Query', data.__schema.queryType?.name], ['Mutation', data.__schema.mutationType?.name], ['Subscription', data.__schema.subscriptionType?.name]] as const) {
    for (const field of (name && types.get(name)?.fields) || []) roots[root].set(field.name, field);
  }
}
const named = (ref: TypeRef): string => (ref.name ?? named(ref.ofType!));
const required = (ref: TypeRef) => ref.kind === 'NON_NULL';

/** Every scalar field of the type, and of its object fields one level down (no arguments needed): a page's worth. */
function selectionOf(typeName: string, depth = 2): string {
  const type = types.get(typeName);
  if (!type?.fields) return '';
  const parts: string[] = [];
  for (const field of type.fields) {
    if (field.args.some((arg) => required(arg.type))) continue;
    const inner = types.get(named(field.type));
    if (!inner || inner.kind === 'SCALAR' || inner.kind === 'ENUM') parts.push(field.name);
    else if (depth > 1 && inner.kind === 'OBJECT') {
      const nested = selectionOf(named(field.type), depth - 1);
      if (nested) parts.push(`${field.name} { ${nested} }`);
    }
  }
  return parts.join(' ');
}

/** A query for a root field built elsewhere (dashboard, analytics): only if none of its arguments is required. */
function genericQuery(field: string): string | null {
  const info = roots.Query.get(field);
  if (!info || info.args.some((arg) => required(arg.type))) return null;
  const inner = types.get(named(info.type));
  const selection = inner?.kind === 'OBJECT' ? selectionOf(named(info.type)) : '';
  return `query Bench_${field} { ${field}${selection ? ` { ${selection} }` : ''} }`;
}

async function webRouteExists(route: string, token: string): Promise<boolean> {
  if (!webUrl) return false;
  try {
    const path = route === '/companies/[id]' ? null : route;
    if (!path) return true; // checked with a real id on first use
    const response = await request(`${webUrl}${path}`, { method: 'GET', dispatcher: agent, headers: { cookie: `pulse_at=${token}` } });
    await response.body.text();
    return response.statusCode === 200;
  } catch {
    return false;
  }
}

// ── operations ─────────────────────────────────────────────────────────────────────────────────────────────
const Q = {
  login: 'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken user { id role timeZone branch { id } } } }',
  list: `query CompaniesList($filter: CompanyFilter, $orderBy: CompanyOrder, $first: Int) { companies(filter: $filter, orderBy: $orderBy, first: $first) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id name legalName inns isColdCall lastActivityAt viewerCanEdit status { id name color } responsible { id fullName } branch { id code name } phones { id e164 raw } } } } }`,
  // web/lib/operations/search.ts SearchCompaniesQuery, as the browser's typeahead sends it.
  search: `query SearchCompanies($query: String!, $first: Int) {
    searchCompanies(query: $query, first: $first) { matchedOn highlight company { id name inn } } }`,
  // web/lib/operations/analytics.ts AnalyticsQuery (fragments inlined) and AnalyticsPickersQuery.
  analytics: `query Analytics($filter: AnalyticsFilter!) {
    callAnalytics(filter: $filter) { from to timeZone periods { ...CallStatsItem } groups { ...CallStatsItem } total { ...CallStatsItem } }
    taskAnalytics(filter: $filter) { groups { ...TaskStatsItem } total { ...TaskStatsItem } } }
  fragment CallStatsItem on CallStats { groupId groupName period total connected connectRate talkSeconds averageTalkSeconds outgoing incoming missed clickToCall fromPhone coldTotal coldConnected }
  fragment TaskStatsItem on TaskStats { groupId groupName created completed completedOnTime onTimeRate overdueNow averageCompletionSeconds }`,
  analyticsPickers: `query AnalyticsPickers($users: UserFilter) { branches { id name } users(filter: $users, first: 100) { pageInfo { hasNextPage endCursor } edges { node { id fullName } } } }`,
  createPhoneLoginToken: 'mutation CreatePhoneLoginToken { createPhoneLoginToken { token qrPayload expiresAt } }',
  card: `query Company($id: ID!) { company(id: $id) { id name legalName inns kpp ogrn address website activityKind isColdCall updatedAt viewerCanEdit
    status { id name } responsible { id fullName } branch { id name } phones { id e164 raw } emails { id email }
    contacts { id firstName lastName middleName position phones { id e164 raw } emails { id email } }
    notes(first: 20) { totalCount edges { node { id text isPinned createdAt author { id fullName } } } }
    tasks(first: 20) { totalCount edges { node { id title status dueAt assignee { id fullName } } } } } }`,
  myTasks: `query MyTasks { tasks(filter: { mine: true, status: [NEW, IN_PROGRESS] }, first: 25) { totalCount edges { node { id title status dueAt isUrgent company { id name } } } } }`,
  notifications: 'query Notifications { notifications(first: 20) { totalCount edges { node { id kind title readAt createdAt } } } }',
  createNote: 'mutation CreateNote($input: CreateNoteInput!) { createNote(input: $input) { id } }',
  createTask: 'mutation CreateTask($input: CreateTaskInput!) { createTask(input: $input) { id } }',
  completeTask: 'mutation CompleteTask($id: ID!, $result: String) { completeTask(id: $id, result: $result) { id status } }',
  createContact: 'mutation CreateContact($input: CreateContactInput!) { createContact(input: $input) { id } }',
  updateContact: 'mutation UpdateContact($id: ID!, $input: UpdateContactInput!) { updateContact(id: $id, input: $input) { id } }',
  createCompany: 'mutation CreateCompany($input: CreateCompanyInput!) { createCompany(input: $input) { id } }',
  updateCompany: 'mutation UpdateCompany($id: ID!, $input: UpdateCompanyInput!) { updateCompany(id: $id, input: $input) { id } }',
  // web/lib/operations/calls.ts RequestCallMutation with its CallRequestItem fields.
  requestCall: 'mutation RequestCall($phone: String!, $companyId: ID, $contactId: ID) { requestCall(phone: $phone, companyId: $companyId, contactId: $contactId) { id status phone companyId contactId expiresAt updatedAt } }',
};
const NOTE_TEXTS = [
  'Созвонились, ждут КП до конца недели.',
  'Не дозвонился, секретарь просила перезвонить после обеда.',
  'Отправил счёт, оплата на следующей неделе.',
  'Встреча в офисе клиента, обсудили отсрочку платежа.',
];
const FIRST_NAMES = ['Иван', 'Мария', 'Алексей', 'Ольга', 'Сергей', 'Наталья'];
const generic = new Map<string, string>();
let statusIds: string[] = [];
const managersByBranch = new Map<string, string[]>();

/** An action; a page action returns how it went (' · full load' or ' · navigation'), recorded under that name. */
type Runner = (user: VirtualUser) => Promise<void | string>;
const RUNNERS: Record<string, Runner> = {
  'company page (web)': async (u) => u.visit(`/companies/${u.someCompany()}`),
  'company card (api)': async (u) => {
    const data = await graphql(Q.card, { id: u.someCompany() }, u.token);
    if (data.company?.viewerCanEdit) for (const contact of data.company.contacts) u.contacts.push(contact.id);
    if (u.contacts.length > 50) u.contacts.splice(0, u.contacts.length - 50);
  },
  'company list (web)': async (u) => u.visit('/companies'),
  'company list filtered (api)': async (u) => {
    const roll = random.next();
    const filter = roll < 0.4 && statusIds.length ? { statusId: random.pick(statusIds) } : roll < 0.7 ? { responsibleId: u.id } : {};
    const orderBy = random.chance(0.5) ? { field: 'LAST_ACTIVITY_AT', direction: 'DESC' } : { field: 'NAME', direction: 'ASC' };
    u.remember(await graphql(Q.list, { filter, orderBy, first: 25 }, u.token));
  },
  'typeahead (api searchCompanies)': async (u) => {
    // The box fires when the user pauses: a prefix, then the whole term (scenario.ts TYPEAHEAD_KINDS).
    for (const text of u.someSearch()) await graphql(Q.search, { query: text, first: SEARCH_HITS }, u.token);
  },
  'my tasks (api)': async (u) => {
    const data = await graphql(Q.myTasks, {}, u.token);
    u.openTasks = data.tasks.edges.map((edge: any) => edge.node.id);
  },
  'notifications (api)': async (u) => void (await graphql(Q.notifications, {}, u.token)),
  'create note': async (u) => void (await graphql(Q.createNote, { input: { companyId: u.someCompany(), text: random.pick(NOTE_TEXTS) } }, u.token)),
  'create task': async (u) => {
    // Leadership assigns to a manager of its branch (a push to that user, timed); managers to themselves.
    const team = u.branchId ? (managersByBranch.get(u.branchId) ?? []) : [];
    const assigneeId = u.role !== 'MANAGER' && team.length ? random.pick(team) : u.id;
    const title = `Перезвонить клиенту ·t${Date.now()}`;
    await graphql(Q.createTask, { input: { title, assigneeId, dueAt: new Date(Date.now() + 86_400_000).toISOString(), ...(assigneeId === u.id ? { companyId: u.editableCompany() } : {}) } }, u.token);
  },
  'complete task': async (u) => {
    if (u.openTasks.length === 0) u.openTasks = (await graphql(Q.myTasks, {}, u.token)).tasks.edges.map((edge: any) => edge.node.id);
    const id = u.openTasks.pop();
    if (id) await graphql(Q.completeTask, { id, result: 'Договорились о встрече' }, u.token);
  },
  'create contact': async (u) => {
    const data = await graphql(Q.createContact, { input: { companyId: u.editableCompany(), firstName: random.pick(FIRST_NAMES), lastName: 'Нагрузочный', position: 'Менеджер по закупкам' } }, u.token);
    u.contacts.push(data.createContact.id);
  },
  'update contact': async (u) => {
    const id = u.contacts.length ? random.pick(u.contacts) : null;
    if (!id) return RUNNERS['create contact']!(u);
    await graphql(Q.updateContact, { id, input: { position: random.pick(['Директор', 'Главный инженер', 'Снабженец']) } }, u.token);
  },
  'create company': async (u) => {
    const data = await graphql(Q.createCompany, { input: { name: `Нагрузка ${u.index}-${Date.now()}`, address: 'г. Екатеринбург, ул. Ленина, 1' } }, u.token);
    u.companies.push(data.createCompany.id);
    u.editable.push(data.createCompany.id);
  },
  'update company': async (u) => void (await graphql(Q.updateCompany, { id: u.editableCompany(), input: { workingHours: random.pick(['Пн–Пт 9:00–18:00', 'Пн–Пт 8:00–17:00']) } }, u.token)),
  dashboard: async (u) => void (await graphql(generic.get('dashboard')!, {}, u.token)),
  'analytics report (api)': async (u) => {
    const view = ANALYTICS_BY_ROLE[u.role] ?? ANALYTICS_BY_ROLE.MANAGER!;
    const today = localToday(u.timeZone);
    const from = view.range === 'month' ? `${today.slice(0, 8)}01` : view.range === 'year' ? `${today.slice(0, 5)}01-01` : addDays(today, -29);
    const filter = { from, to: today, granularity: view.granularity, groupBy: view.groupBy, timeZone: u.timeZone };
    // The page asks for its pickers (leadership only) and the report together.
    await Promise.all([
      graphql(Q.analytics, { filter }, u.token),
      view.pickers ? graphql(Q.analyticsPickers, { users: u.role === 'GROUP_MANAGER' || u.role === 'ADMIN' || !u.branchId ? {} : { branchId: u.branchId } }, u.token) : null,
    ]);
  },
  'click-to-call': async (u) => {
    const target = u.someCallTarget();
    const sentAt = performance.now();
    const data = await graphql(Q.requestCall, { phone: target.phone, companyId: target.companyId }, u.token);
    phoneCounters.clicks += 1;
    const id = data.requestCall.id as string;
    const arrived = arrivedEarly.get(id);
    if (arrived !== undefined) {
      arrivedEarly.delete(id);
      clickToPhone.push(arrived - sentAt);
    } else clickSent.set(id, sentAt);
  },
};

const localToday = (timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const uniform = ([low, high]: readonly [number, number]) => low + random.next() * (high - low);

/** The phone's side of a request its user clicked: received (timed against the click), claimed, dialled, reported. */
async function onPhoneRequest(user: VirtualUser, phone: PhoneSim, callRequest: SimCallRequest): Promise<void> {
  const receivedAt = performance.now();
  const sentAt = clickSent.get(callRequest.id);
  if (sentAt !== undefined) {
    clickSent.delete(callRequest.id);
    clickToPhone.push(receivedAt - sentAt);
  } else if (lostIds.delete(callRequest.id)) phoneCounters.late += 1;
  else arrivedEarly.set(callRequest.id, receivedAt);
  phoneCounters.received += 1;
  callsInProgress += 1;
  try {
    let started = performance.now();
    let claimed: SimCallRequest;
    try {
      claimed = await phone.claim(callRequest.id);
      record('phone: claimCallRequest', performance.now() - started);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'CONFLICT') phoneCounters.claimConflicts += 1;
      recordError('phone: claimCallRequest', error instanceof Error ? `${code ?? ''} ${error.message}` : String(error));
      return;
    }
    const outcome = random.weighted(CALL_OUTCOMES as Array<[string, number]>);
    const durationSeconds = outcome === 'CONNECTED' ? Math.round(uniform(TALK_SECONDS)) : 0;
    await sleep(uniform(RING_SECONDS) * 1000 + (durationSeconds * 1000) / TALK_TIME_COMPRESSION);
    if (!running) return;
    started = performance.now();
    user.phoneFailure = null;
    const result = await phone.record({ callRequestId: claimed.id, phone: claimed.phoneE164, companyId: claimed.companyId, contactId: claimed.contactId, outcome, durationSeconds, isColdCall: false });
    // The reference client keeps a failed report for its next batch and emits 'failure' instead of throwing.
    if ('source' in result) {
      record('phone: reportCallResult', performance.now() - started);
      phoneCounters.reported += 1;
      phoneCounters.outcomes[outcome] = (phoneCounters.outcomes[outcome] ?? 0) + 1;
    } else recordError('phone: reportCallResult', user.phoneFailure ?? 'not reported');
  } finally {
    callsInProgress -= 1;
  }
}

let included: OperationSpec[] = [];
let phoneSupported = false;
let PhoneSimClass: (new (options: ConstructorParameters<typeof PhoneSim>[0]) => PhoneSim) | null = null;
let totalWeight = 0;
function pickOperation(): OperationSpec {
  let roll = random.next() * totalWeight;
  for (const operation of included) {
    roll -= operation.weight;
    if (roll <= 0) return operation;
  }
  return included.at(-1)!;
}

// ── virtual users ──────────────────────────────────────────────────────────────────────────────────────────
class VirtualUser {
  token = '';
  id = '';
  role = '';
  timeZone = 'Europe/Moscow';
  branchId: string | null = null;
  /** The virtual phone (PHONE_ROLES), signed in by QR before the steps; its socket opens with the user's. */
  phone: PhoneSim | null = null;
  phoneFailure: string | null = null;
  /** Companies seen with a phone number: what click-to-call dials. */
  callTargets: Array<{ companyId: string; phone: string }> = [];
  inns: string[] = [];
  phoneNumbers: string[] = [];
  companies: string[] = [];
  editable: string[] = [];
  contacts: string[] = [];
  openTasks: string[] = [];
  words: string[] = [];
  socketOpen = false;
  active = false;
  /** The page the user's browser shows (null before the first page: that one is a full load). */
  location: string | null = null;
  lastVisit: string | null = null;
  private prefetched = new Map<string, number>();
  private prefetchQueue: Array<{ path: string; headers: RscHeaders }> = [];
  private prefetching = 0;
  private pageActions = 0;
  private ws: WsClient | null = null;

  constructor(readonly index: number) {}

  /**
   * Opens a page: a full HTML load for the user's first page and then one page action in FULL_LOAD_EVERY (a new
   * tab, a reload), a client navigation (the RSC payload) otherwise. Prefetches (re-checked with
   * `--capture-navigation`): the web prefetches links and link buttons on intent only (hover, focus, touch —
   * web/components/ui/intent-link.tsx) and company rows never; what remains is the hover over the sidebar's
   * «Companies» link just before the click that opens the list.
   */
  async visit(path: string): Promise<string> {
    const full = this.location === null || this.pageActions % FULL_LOAD_EVERY === FULL_LOAD_EVERY - 1;
    this.pageActions += 1;
    const from = this.location;
    this.lastVisit = full ? ' · full load' : ' · navigation';
    const id = /^\/companies\/([0-9a-f-]{36})$/.exec(path)?.[1] ?? null;
    if (full) {
      await page(path, this.token);
      this.prefetched.clear(); // a new document starts with an empty router cache
      void graphql(UNREAD_COUNT, {}, this.token).catch((error: unknown) => recordError('web bell (api)', (error as Error).message)); // the header's bell, once per document
    } else {
      if (prefetch && !id) this.hoverPrefetch(path, from!);
      await rsc(path, this.token, { tree: id ? NAVIGATION_TREE.card(id) : NAVIGATION_TREE.list, nextUrl: from! });
    }
    this.location = path;
    return this.lastVisit;
  }

  /** The hover over a link the user is about to click: its prefetch (route tree, then the page), not waited for. */
  private hoverPrefetch(target: string, from: string): void {
    this.queuePrefetch(target, { prefetch: '1', segment: '/_tree', nextUrl: from });
    this.queuePrefetch(target, { prefetch: '1', tree: PREFETCH_TREE.section(target.slice(1)), nextUrl: from });
  }

  /** Sends a prefetch unless the router still holds it (PREFETCH_KEEP_MS), on one of PREFETCH_LANES lanes. */
  private queuePrefetch(target: string, headers: RscHeaders): void {
    const key = `${target}|${headers.segment ?? headers.tree}`;
    const now = performance.now();
    if (now - (this.prefetched.get(key) ?? -Infinity) < PREFETCH_KEEP_MS) return;
    this.prefetched.set(key, now);
    this.prefetchQueue.push({ path: target, headers });
    while (this.prefetching < PREFETCH_LANES && this.prefetchQueue.length) void this.prefetchLane();
  }

  private async prefetchLane(): Promise<void> {
    this.prefetching += 1;
    try {
      for (let next = this.prefetchQueue.shift(); next && running; next = this.prefetchQueue.shift()) {
        const name = `web prefetch · ${next.headers.segment ? 'route tree' : next.headers.tree === PREFETCH_TREE.metadataOnly ? 'metadata-only' : 'dynamic'}`;
        const started = performance.now();
        try {
          await rsc(next.path, this.token, next.headers);
          record(name, performance.now() - started);
        } catch (error) {
          recordError(name, error instanceof Error ? error.message : String(error));
        }
      }
    } finally {
      this.prefetching -= 1;
    }
  }

  someCompany(): string {
    return random.pick(this.companies);
  }
  /** Writes go to companies the user may edit (the list's viewerCanEdit), as the web only offers those. */
  editableCompany(): string {
    return this.editable.length ? random.pick(this.editable) : this.someCompany();
  }
  someWord(): string {
    return this.words.length ? random.pick(this.words) : 'строй';
  }
  /** What the user types into the typeahead, as the requests it fires: a prefix, then the whole term. */
  someSearch(): string[] {
    const kind = random.weighted(TYPEAHEAD_KINDS);
    if (kind === 'inn' && this.inns.length) {
      const inn = random.pick(this.inns);
      return [inn.slice(0, 4), inn.slice(0, random.int(7, inn.length))];
    }
    if (kind === 'phone' && this.phoneNumbers.length) {
      // The local part as people type it: the last 7 digits, then with the code.
      const digits = random.pick(this.phoneNumbers).replace(/\D/g, '').slice(-10);
      return [digits.slice(3, 7), digits.slice(random.chance(0.5) ? 0 : 3)];
    }
    const word = this.someWord();
    return [word.slice(0, 3), word];
  }
  someCallTarget(): { companyId: string; phone: string } {
    return this.callTargets.length ? random.pick(this.callTargets) : { companyId: this.someCompany(), phone: '+7 912 345-67-89' };
  }
  remember(data: any): void {
    for (const edge of data.companies.edges) {
      if (!this.companies.includes(edge.node.id)) this.companies.push(edge.node.id);
      if (edge.node.viewerCanEdit && !this.editable.includes(edge.node.id)) this.editable.push(edge.node.id);
      const word = String(edge.node.name).split(/[^А-Яа-яЁё]+/).find((w) => w.length >= 5);
      if (word && !this.words.includes(word)) this.words.push(word.toLowerCase());
      const inn = (edge.node.inns as string[] | null)?.[0];
      if (inn && !this.inns.includes(inn)) this.inns.push(inn);
      const phone = (edge.node.phones as Array<{ e164: string | null; raw: string }>)[0];
      if (phone) {
        if (!this.callTargets.some((t) => t.companyId === edge.node.id)) this.callTargets.push({ companyId: edge.node.id, phone: phone.raw });
        if (phone.e164 && !this.phoneNumbers.includes(phone.e164)) this.phoneNumbers.push(phone.e164);
      }
    }
    if (this.callTargets.length > 50) this.callTargets.splice(0, this.callTargets.length - 50);
    if (this.inns.length > 30) this.inns.splice(0, this.inns.length - 30);
    if (this.phoneNumbers.length > 30) this.phoneNumbers.splice(0, this.phoneNumbers.length - 30);
    if (this.companies.length > 200) this.companies.splice(0, this.companies.length - 200);
    if (this.editable.length > 100) this.editable.splice(0, this.editable.length - 100);
    if (this.words.length > 30) this.words.splice(0, this.words.length - 30);
  }

  /** Signs in (before the steps: a user signs in once a day, not in the middle of a busy hour). */
  async signIn(): Promise<boolean> {
    const started = performance.now();
    try {
      const data = await graphql(Q.login, { email: emails[this.index], password }, null);
      this.token = data.login.accessToken;
      this.id = data.login.user.id;
      this.role = data.login.user.role;
      this.timeZone = data.login.user.timeZone;
      this.branchId = data.login.user.branch?.id ?? null;
      record('login', performance.now() - started);
    } catch (error) {
      recordError('login', (error as Error).message);
      return false;
    }
    if (this.role === 'MANAGER' && this.branchId) managersByBranch.set(this.branchId, [...(managersByBranch.get(this.branchId) ?? []), this.id]);
    if (phoneSupported && PHONE_ROLES.includes(this.role)) await this.signInPhone();
    return true;
  }

  /** The QR flow: the web session asks for a one-time code, the phone scans it and trades it for its own session. */
  private async signInPhone(): Promise<void> {
    const started = performance.now();
    try {
      const code = (await graphql(Q.createPhoneLoginToken, {}, this.token)).createPhoneLoginToken as { qrPayload: string };
      const phone = new PhoneSimClass!({ url: apiUrl, deviceId: `load-phone-${String(this.index).padStart(4, '0')}`, deviceName: 'Нагрузочный телефон', autoClaim: false });
      await phone.loginWithQrToken(code.qrPayload);
      // The reference client filters a request it has already seen before emitting 'request': count every
      // delivery first, so that a duplicate push shows up here.
      const handle = (phone as unknown as { handle: (r: SimCallRequest) => Promise<void> }).handle.bind(phone);
      (phone as unknown as { handle: (r: SimCallRequest) => Promise<void> }).handle = (callRequest) => {
        if (delivered.has(callRequest.id)) phoneCounters.duplicates += 1;
        else delivered.add(callRequest.id);
        return handle(callRequest);
      };
      phone.on('request', (callRequest: SimCallRequest) => void onPhoneRequest(this, phone, callRequest));
      phone.on('failure', (error: Error) => {
        this.phoneFailure = error.message.slice(0, 200);
      });
      phone.on('signedOut', () => recordError('phone: socket', 'signed out'));
      this.phone = phone;
      record('phone: QR sign-in', performance.now() - started);
    } catch (error) {
      recordError('phone: QR sign-in', error instanceof Error ? error.message : String(error));
    }
  }

  async start(): Promise<void> {
    if (!this.token) return;
    this.subscribe();
    void this.phone?.start().catch((error: unknown) => recordError('phone: socket', error instanceof Error ? error.message : String(error)));
    // The first screen: the user's company list (also what later actions pick companies and search words from).
    try {
      this.remember(await graphql(Q.list, { filter: this.role === 'MANAGER' ? { responsibleId: this.id } : {}, first: 50 }, this.token));
    } catch (error) {
      recordError('company list filtered (api)', (error as Error).message);
    }
    if (this.companies.length === 0) return;
    this.active = true;
    void this.loop();
  }

  private subscribe(): void {
    this.ws = createClient({
      url: `${apiUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${this.token}` },
      lazy: false,
      retryAttempts: 3,
      keepAlive: 30_000,
      onNonLazyError: () => undefined,
      on: {
        connected: () => void (this.socketOpen = true),
        closed: () => void (this.socketOpen = false),
      },
    });
    this.ws.subscribe(
      { query: 'subscription Bench { notificationAdded { id kind title createdAt } }' },
      {
        next: (result) => {
          const title = (result.data as any)?.notificationAdded?.title as string | undefined;
          const sent = title ? /·t(\d{13})/.exec(title) : null;
          if (sent) pushSamples.push(Date.now() - Number(sent[1]));
        },
        error: (error) => recordError('subscription', error instanceof Error ? error.message : JSON.stringify(error).slice(0, 200)),
        complete: () => undefined,
      },
    );
  }

  private async loop(): Promise<void> {
    while (running) {
      const think = thinkMeanMs > 0 ? Math.min(-Math.log(1 - random.next()) * thinkMeanMs, thinkMeanMs * 5) : 0;
      if (think > 0) await sleep(think);
      if (!running) break;
      let operation = pickOperation();
      while (operation.name === 'click-to-call' && !this.phone) operation = pickOperation(); // no phone, no click-to-call
      const started = performance.now();
      try {
        const how = await RUNNERS[operation.name]!(this);
        record(`${operation.name}${how ?? ''}`, performance.now() - started);
      } catch (error) {
        recordError(`${operation.name}${this.lastVisit ?? ''}`, error instanceof Error ? error.message : String(error));
      }
      this.lastVisit = null;
    }
  }

  async stop(): Promise<void> {
    await Promise.all([this.ws?.dispose(), this.phone?.stop()]);
  }
}

async function setup(command: Extract<Command, { type: 'setup' }>): Promise<void> {
  ({ apiUrl, webUrl, password, emails, prefetch } = command);
  // An admin account (index 24 in the org chart) reads the schema and the dictionaries once.
  const adminEmail = emails[24]!;
  const token = (await graphql(Q.login, { email: adminEmail, password }, null)).login.accessToken as string;
  await introspect(token);
  statusIds = (await graphql('{ companyStatuses { id } }', {}, token)).companyStatuses.map((s: { id: string }) => s.id);
  for (const field of ['dashboard']) {
    const query = roots.Query.has(field) ? genericQuery(field) : null;
    if (query) generic.set(field, query);
  }
  const skipped: Array<{ name: string; missing: string[] }> = [];
  included = [];
  for (const operation of OPERATIONS) {
    const missing: string[] = [];
    for (const need of operation.requires) {
      if (need.startsWith('web:')) {
        if (!(await webRouteExists(need.slice(4), token))) missing.push(need);
        continue;
      }
      const [root, field] = need.split('.') as ['Query' | 'Mutation' | 'Subscription', string];
      if (!roots[root].has(field)) missing.push(need);
      else if (root === 'Query' && field === 'dashboard' && !generic.has(field)) missing.push(`${need} (required arguments)`);
    }
    if (missing.length) skipped.push({ name: operation.name, missing });
    else included.push(operation);
  }
  totalWeight = included.reduce((sum, operation) => sum + operation.weight, 0);
  phoneSupported = included.some((operation) => operation.name === 'click-to-call');
  if (phoneSupported) {
    // The reference phone client is plain ESM (tools/phone-sim); this file is compiled to CommonJS.
    const module = (await import(pathToFileURL(join(__dirname, '../../../../../tools/phone-sim/phone-sim.mjs')).href)) as typeof import('../../../tools/phone-sim/phone-sim.mjs');
    PhoneSimClass = module.PhoneSim;
  }
  send({
    type: 'ready',
    included: included.map((o) => o.name),
    skipped,
    navigation:
      'GET <page>?_rsc=<hash> with RSC: 1, Next-Router-State-Tree (the target route) and Next-Url (the current page); then, not waited for, the prefetches of the links in view — a route-tree and a dynamic or metadata-only prefetch per link, each kept 5 minutes',
  });
}

async function grow(command: Extract<Command, { type: 'users'; count: number }>): Promise<void> {
  thinkMeanMs = command.thinkMeanMs;
  const from = started;
  const to = Math.min(command.count, users.length);
  const gap = to > from ? command.rampMs / (to - from) : 0;
  for (let index = from; index < to; index += 1) {
    void users[index]!.start();
    started += 1;
    await sleep(gap);
  }
  send({ type: 'users', started });
}

/** Every account signs in once, two at a time (argon2 is deliberately slow), before the first step. */
async function signInAll(): Promise<void> {
  for (let index = 0; index < emails.length; index += 1) users.push(new VirtualUser(index));
  let next = 0;
  const lane = async () => {
    while (next < users.length) await users[next++]!.signIn();
  };
  await Promise.all([lane(), lane()]);
  const { seconds, operations } = collect() as Extract<Reply, { type: 'stats' }>;
  send({ type: 'signedIn', seconds, operations });
}

process.on('message', (command: Command) => {
  switch (command.type) {
    case 'setup':
      setup(command).catch((error: unknown) => {
        process.stderr.write(`generator setup failed: ${error instanceof Error ? error.stack : String(error)}\n`);
        process.exit(1);
      });
      break;
    case 'signIn':
      void signInAll();
      break;
    case 'users':
      void grow(command);
      break;
    case 'reset':
      samples = new Map();
      errors = new Map();
      pushSamples = [];
      clickToPhone = [];
      phoneCounters = { clicks: 0, received: 0, lost: 0, duplicates: 0, late: 0, claimConflicts: 0, reported: 0, outcomes: {} };
      windowStarted = performance.now();
      break;
    case 'collect':
      send(collect());
      break;
    case 'stop':
      running = false;
      void Promise.all(users.map((user) => user.stop())).finally(() => process.exit(0));
      break;
  }
});
