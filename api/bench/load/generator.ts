import { createClient, type Client as WsClient } from 'graphql-ws';
import { Agent, request } from 'undici';
import WebSocket from 'ws';
import { createRandom } from '../../src/seed/random';
import { OPERATIONS, type OperationSpec } from './scenario';

/**
 * The load generator, a process of its own (forked by run.ts, driven over IPC): virtual web users that sign in,
 * hold a `notificationAdded` subscription, and act by the table in scenario.ts with think times.
 */

export type Command =
  | { type: 'setup'; apiUrl: string; webUrl: string | null; password: string; emails: string[] }
  | { type: 'signIn' }
  | { type: 'users'; count: number; thinkMeanMs: number; rampMs: number }
  | { type: 'reset' }
  | { type: 'collect' }
  | { type: 'stop' };

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
  | { type: 'ready'; included: string[]; skipped: Array<{ name: string; missing: string[] }> }
  | { type: 'users'; started: number }
  | { type: 'signedIn'; seconds: number; operations: Record<string, OperationStats> }
  | { type: 'stats'; seconds: number; operations: Record<string, OperationStats>; push: { count: number; p50: number; p95: number; p99: number }; sockets: number; activeUsers: number };

const random = createRandom(7_777);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const send = (reply: Reply) => process.send!(reply);

let apiUrl = '';
let webUrl: string | null = null;
let password = '';
let emails: string[] = [];
let thinkMeanMs = 1400;
let running = true;
let started = 0;
const users: VirtualUser[] = [];
const agent = new Agent({ connections: 256, pipelining: 1, keepAliveTimeout: 30_000 });

// ── statistics ─────────────────────────────────────────────────────────────────────────────────────────────
let windowStarted = performance.now();
let samples = new Map<string, number[]>();
let errors = new Map<string, string[]>();
let pushSamples: number[] = [];

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

function collect(): Reply {
  const operations: Record<string, OperationStats> = {};
  for (const name of new Set([...samples.keys(), ...errors.keys()])) {
    const sorted = (samples.get(name) ?? []).sort((a, b) => a - b);
    const failed = errors.get(name) ?? [];
    operations[name] = {
      count: sorted.length + failed.length,
      errors: failed.length,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      max: sorted.at(-1) ?? 0,
      errorSamples: [...new Set(failed)].slice(0, 3),
    };
  }
  // Every action together (logins excluded: once per user, not part of the steady mix).
  const all = [...samples.entries()].filter(([name]) => name !== 'login').flatMap(([, list]) => list).sort((a, b) => a - b);
  const allErrors = [...errors.entries()].filter(([name]) => name !== 'login').flatMap(([, list]) => list);
  operations.all = {
    count: all.length + allErrors.length,
    errors: allErrors.length,
    p50: percentile(all, 50),
    p95: percentile(all, 95),
    p99: percentile(all, 99),
    max: all.at(-1) ?? 0,
    errorSamples: [...new Set(allErrors)].slice(0, 3),
  };
  const push = pushSamples.sort((a, b) => a - b);
  return {
    type: 'stats',
    seconds: (performance.now() - windowStarted) / 1000,
    operations,
    push: { count: push.length, p50: percentile(push, 50), p95: percentile(push, 95), p99: percentile(push, 99) },
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
    const path = route === '/companies/[id]' ? null : route === '/api/search' ? '/api/search?q=%D0%BE%D0%BE%D0%BE' : route;
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
  login: 'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken user { id role branch { id } } } }',
  list: `query CompaniesList($filter: CompanyFilter, $orderBy: CompanyOrder, $first: Int) { companies(filter: $filter, orderBy: $orderBy, first: $first) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id name legalName inns isColdCall lastActivityAt viewerCanEdit status { id name color } responsible { id fullName } branch { id code name } phones { id e164 raw } } } } }`,
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
  requestCall: 'mutation RequestCall($phone: String!, $companyId: ID) { requestCall(phone: $phone, companyId: $companyId) { id } }',
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

type Runner = (user: VirtualUser) => Promise<void>;
const RUNNERS: Record<string, Runner> = {
  'company page (web)': async (u) => void (await page(`/companies/${u.someCompany()}`, u.token)),
  'company card (api)': async (u) => {
    const data = await graphql(Q.card, { id: u.someCompany() }, u.token);
    if (data.company?.viewerCanEdit) for (const contact of data.company.contacts) u.contacts.push(contact.id);
    if (u.contacts.length > 50) u.contacts.splice(0, u.contacts.length - 50);
  },
  'company list (web)': async (u) => void (await page('/companies', u.token)),
  'company list filtered (api)': async (u) => {
    const roll = random.next();
    const filter = roll < 0.4 && statusIds.length ? { statusId: random.pick(statusIds) } : roll < 0.7 ? { responsibleId: u.id } : {};
    const orderBy = random.chance(0.5) ? { field: 'LAST_ACTIVITY_AT', direction: 'DESC' } : { field: 'NAME', direction: 'ASC' };
    u.remember(await graphql(Q.list, { filter, orderBy, first: 25 }, u.token));
  },
  'typeahead (web /api/search)': async (u) => {
    // The box fires as the user types: the prefix after the third letter, then the word.
    const word = u.someWord();
    for (const prefix of [word.slice(0, 3), word]) {
      const response = await request(`${webUrl}/api/search?q=${encodeURIComponent(prefix)}`, { dispatcher: agent, headers: { cookie: `pulse_at=${u.token}` } });
      const body = (await response.body.json()) as { hits?: unknown[]; error?: string };
      if (response.statusCode !== 200 || !body.hits) throw new OperationError(`HTTP ${response.statusCode} ${body.error ?? ''}`);
    }
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
  'call analytics': async (u) => void (await graphql(generic.get('callAnalytics')!, {}, u.token)),
  'task analytics': async (u) => void (await graphql(generic.get('taskAnalytics')!, {}, u.token)),
  'click-to-call': async (u) => void (await graphql(Q.requestCall, { phone: '+7 912 345-67-89', companyId: u.someCompany() }, u.token)),
};

let included: OperationSpec[] = [];
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
  branchId: string | null = null;
  companies: string[] = [];
  editable: string[] = [];
  contacts: string[] = [];
  openTasks: string[] = [];
  words: string[] = [];
  socketOpen = false;
  active = false;
  private ws: WsClient | null = null;

  constructor(readonly index: number) {}

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
  remember(data: any): void {
    for (const edge of data.companies.edges) {
      if (!this.companies.includes(edge.node.id)) this.companies.push(edge.node.id);
      if (edge.node.viewerCanEdit && !this.editable.includes(edge.node.id)) this.editable.push(edge.node.id);
      const word = String(edge.node.name).split(/[^А-Яа-яЁё]+/).find((w) => w.length >= 5);
      if (word && !this.words.includes(word)) this.words.push(word.toLowerCase());
    }
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
      this.branchId = data.login.user.branch?.id ?? null;
      record('login', performance.now() - started);
    } catch (error) {
      recordError('login', (error as Error).message);
      return false;
    }
    if (this.role === 'MANAGER' && this.branchId) managersByBranch.set(this.branchId, [...(managersByBranch.get(this.branchId) ?? []), this.id]);
    return true;
  }

  async start(): Promise<void> {
    if (!this.token) return;
    this.subscribe();
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
      const operation = pickOperation();
      const started = performance.now();
      try {
        await RUNNERS[operation.name]!(this);
        record(operation.name, performance.now() - started);
      } catch (error) {
        recordError(operation.name, error instanceof Error ? error.message : String(error));
      }
    }
  }

  async stop(): Promise<void> {
    await this.ws?.dispose();
  }
}

async function setup(command: Extract<Command, { type: 'setup' }>): Promise<void> {
  ({ apiUrl, webUrl, password, emails } = command);
  // An admin account (index 24 in the org chart) reads the schema and the dictionaries once.
  const adminEmail = emails[24]!;
  const token = (await graphql(Q.login, { email: adminEmail, password }, null)).login.accessToken as string;
  await introspect(token);
  statusIds = (await graphql('{ companyStatuses { id } }', {}, token)).companyStatuses.map((s: { id: string }) => s.id);
  for (const field of ['dashboard', 'callAnalytics', 'taskAnalytics']) {
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
      else if (root === 'Query' && ['dashboard', 'callAnalytics', 'taskAnalytics'].includes(field) && !generic.has(field)) missing.push(`${need} (required arguments)`);
    }
    if (missing.length) skipped.push({ name: operation.name, missing });
    else included.push(operation);
  }
  totalWeight = included.reduce((sum, operation) => sum + operation.weight, 0);
  send({ type: 'ready', included: included.map((o) => o.name), skipped });
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
