import 'reflect-metadata';
import { type Client, createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { signAccessToken } from '../../src/modules/auth/tokens';
import { NotificationKind } from '../../src/modules/notifications';
import { createFixtures, type Fixtures, insertCompany } from '../helpers/fixtures';
import { expectError, startTestApp, type TestApp } from '../helpers/test-app';

/** Two API processes sharing one database and one Redis: events cross between them. */
let app: TestApp;
let other: TestApp;
let fx: Fixtures;
let tokens: Record<'head' | 'manager' | 'otherManager' | 'director', string>;
let romashka: string;
const clients: Client[] = [];

const SUBSCRIPTION = 'subscription { notificationAdded { id kind title body entityType entityId companyId readAt createdAt } }';
const CREATE_TASK = 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }';
const COUNT = 'query { unreadNotificationCount }';
const LIST = `query($unreadOnly: Boolean, $first: Int, $after: String) {
  notifications(unreadOnly: $unreadOnly, first: $first, after: $after) { totalCount edges { node { id kind title readAt } } pageInfo { hasNextPage endCursor } }
}`;
const MARK = 'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor<T>(check: () => T | undefined | null | false, what: string, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

interface Subscriber {
  events: Array<Record<string, any>>;
  closeCode: number | null;
}

/** A `ws` WebSocket that sends these handshake headers, as a browser sends its cookie and Origin. */
const socketWithHeaders = (headers: Record<string, string>) =>
  class extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  };

/** A graphql-ws client subscribed to notificationAdded; resolves once the server has accepted the connection. */
async function subscribe(target: TestApp, token: string): Promise<Subscriber> {
  return subscribeWith(target, { connectionParams: { authorization: `Bearer ${token}` }, webSocketImpl: WebSocket });
}

async function subscribeWith(target: TestApp, auth: { connectionParams?: Record<string, string>; webSocketImpl: unknown }): Promise<Subscriber> {
  const subscriber: Subscriber = { events: [], closeCode: null };
  let connected = false;
  const client = createClient({
    url: target.wsUrl,
    ...auth,
    retryAttempts: 0,
    lazy: false,
    // A closed socket is what some tests wait for, not a failure to print.
    onNonLazyError: () => undefined,
    on: {
      connected: () => {
        connected = true;
      },
      closed: (event) => {
        subscriber.closeCode = (event as { code: number }).code;
      },
    },
  });
  clients.push(client);
  client.subscribe(
    { query: SUBSCRIPTION },
    { next: (result) => void subscriber.events.push(result.data?.notificationAdded as Record<string, any>), error: () => undefined, complete: () => undefined },
  );
  await waitFor(() => connected, 'the socket to connect');
  // The server subscribes to the topic when the operation arrives: give it (and Redis) a moment.
  await sleep(250);
  return subscriber;
}

async function createTask(target: TestApp, token: string, input: Record<string, unknown>): Promise<string> {
  const result = await target.gql(CREATE_TASK, { input }, { token });
  if (!result.data?.createTask) throw new Error(JSON.stringify(result.errors));
  return result.data.createTask.id;
}

const countOf = async (userId: string, kind: string) =>
  (await app.dataSource.query('SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND kind = $2', [userId, kind]))[0].n as number;

beforeAll(async () => {
  app = await startTestApp('notifications', { redis: true });
  other = await startTestApp('notifications-b', { redis: true, shareWith: app });
  fx = await createFixtures(app.dataSource);
  await app.dataSource.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [fx.users.otherManager.id]);
  tokens = {
    head: await app.login('head@test.pulse'),
    manager: await app.login('manager@test.pulse'),
    otherManager: await app.login('other@test.pulse'),
    director: await app.login('director@test.pulse'),
  };
  romashka = await insertCompany(app.dataSource, { name: 'ООО Ромашка', responsibleId: fx.users.manager.id, branchId: fx.branches.ekb });
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await other?.close();
  await app?.close();
});

describe('notificationAdded', () => {
  it('reaches the assignee of a task given by someone else, and nobody else', async () => {
    const manager = await subscribe(app, tokens.manager);
    const bystander = await subscribe(app, tokens.otherManager);
    const taskId = await createTask(app, tokens.head, { title: 'Позвонить в Ромашку', assigneeId: fx.users.manager.id, companyId: romashka });

    const [event] = await waitFor(() => manager.events.length > 0 && manager.events, 'the notification');
    expect(event).toMatchObject({
      kind: 'TASK_ASSIGNED',
      title: 'Новая задача: Позвонить в Ромашку',
      body: 'Начальников Никита назначил(а) вам задачу',
      entityType: 'Task',
      entityId: taskId,
      companyId: romashka,
      readAt: null,
    });
    expect(new Date(event.createdAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    await sleep(300);
    expect(manager.events).toHaveLength(1);
    expect(bystander.events).toEqual([]);
  });

  it('is not raised for a task one gives oneself', async () => {
    const before = await countOf(fx.users.head.id, 'TASK_ASSIGNED');
    await createTask(app, tokens.head, { title: 'Себе' });
    expect(await countOf(fx.users.head.id, 'TASK_ASSIGNED')).toBe(before);
  });

  it('crosses API processes through Redis: raised on one, delivered by the other', async () => {
    const onOther = await subscribe(other, tokens.otherManager);
    await createTask(app, tokens.head, { title: 'Cross-process', assigneeId: fx.users.otherManager.id });
    const [event] = await waitFor(() => onOther.events.length > 0 && onOther.events, 'the cross-process notification');
    expect(event).toMatchObject({ kind: 'TASK_ASSIGNED', title: 'New task: Cross-process', body: 'Начальников Никита assigned you a task' });
  });

  it('refuses a socket without a valid token', async () => {
    const client = createClient({ url: app.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false, onNonLazyError: () => undefined, connectionParams: { authorization: 'Bearer nope' } });
    clients.push(client);
    const code = await new Promise<number>((resolve) => client.on('closed', (event) => resolve((event as { code: number }).code)));
    expect(code).toBe(4403);
  });
});

describe('notificationAdded authenticated by the session cookie', () => {
  const cookieOf = (token: string) => `pulse_at=${token}`;

  it('accepts the cookie from a page of the web app, as a browser tab connects', async () => {
    const tab = await subscribeWith(app, { webSocketImpl: socketWithHeaders({ cookie: cookieOf(tokens.manager), origin: app.config.WEB_ORIGIN }) });
    await createTask(app, tokens.head, { title: 'Через cookie', assigneeId: fx.users.manager.id });
    const [event] = await waitFor(() => tab.events.length > 0 && tab.events, 'the notification on the cookie socket');
    expect(event).toMatchObject({ kind: 'TASK_ASSIGNED', title: 'Новая задача: Через cookie' });
  });

  it('ignores the cookie of a socket opened by a foreign page (cross-site WebSocket hijacking)', async () => {
    let closeCode: number | null = null;
    const client = createClient({
      url: app.wsUrl,
      webSocketImpl: socketWithHeaders({ cookie: cookieOf(tokens.manager), origin: 'https://evil.example' }),
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: () => undefined,
      on: { closed: (event) => void (closeCode = (event as { code: number }).code) },
    });
    clients.push(client);
    await waitFor(() => closeCode, 'the socket to be refused');
    expect(closeCode).toBe(4403);
  });

  it('still accepts a token in connectionParams from any page', async () => {
    const tab = await subscribeWith(app, {
      connectionParams: { authorization: `Bearer ${tokens.manager}` },
      webSocketImpl: socketWithHeaders({ origin: 'https://other-client.example' }),
    });
    await createTask(app, tokens.head, { title: 'Через токен', assigneeId: fx.users.manager.id });
    await waitFor(() => tab.events.some((event) => event.title === 'Новая задача: Через токен'), 'the notification on the token socket');
  });
});

describe('notifications from services', () => {
  it('tells the responsible user of a note someone else added, a transfer, and a deletion request and decision', async () => {
    const note = await app.gql('mutation($input: CreateNoteInput!) { createNote(input: $input) { id } }', { input: { companyId: romashka, text: 'Был у них' } }, { token: tokens.head });
    expect(note.errors).toBeUndefined();
    expect(await countOf(fx.users.manager.id, 'NOTE_ADDED')).toBe(1);
    await app.gql('mutation($input: CreateNoteInput!) { createNote(input: $input) { id } }', { input: { companyId: romashka, text: 'Сам' } }, { token: tokens.manager });
    expect(await countOf(fx.users.manager.id, 'NOTE_ADDED')).toBe(1);

    const request = await app.gql('mutation($id: ID!) { requestCompanyDeletion(id: $id, reason: "Дубль") { id } }', { id: romashka }, { token: tokens.manager });
    expect(request.errors).toBeUndefined();
    expect(await countOf(fx.users.head.id, 'DELETION_REQUESTED')).toBe(1);
    expect(await countOf(fx.users.director.id, 'DELETION_REQUESTED')).toBe(1);
    expect(await countOf(fx.users.manager.id, 'DELETION_REQUESTED')).toBe(0);
    const decided = await app.gql('mutation($id: ID!) { decideCompanyDeletion(id: $id, approve: false) { status } }', { id: request.data!.requestCompanyDeletion.id }, { token: tokens.director });
    expect(decided.data?.decideCompanyDeletion.status).toBe('REJECTED');
    const [decision] = await app.dataSource.query(`SELECT title FROM notifications WHERE user_id = $1 AND kind = 'DELETION_DECIDED'`, [fx.users.manager.id]);
    expect(decision.title).toBe('Удаление отклонено: ООО Ромашка');

    const transfer = await app.gql('mutation($ids: [ID!]!, $to: ID!) { transferCompanies(ids: $ids, toUserId: $to) { ok } }', { ids: [romashka], to: fx.users.otherManager.id }, { token: tokens.head });
    expect(transfer.data?.transferCompanies).toEqual([{ ok: true }]);
    const [moved] = await app.dataSource.query(`SELECT title, entity_id FROM notifications WHERE user_id = $1 AND kind = 'COMPANY_TRANSFERRED'`, [fx.users.otherManager.id]);
    expect(moved).toEqual({ title: 'ООО Ромашка was transferred to you', entity_id: romashka });
  });

  it('deduplicates by key: a second notice with the same key creates nothing', async () => {
    const input = { userId: fx.users.director.id, kind: NotificationKind.SYSTEM, params: { text: 'Once' }, dedupeKey: 'system:once' };
    expect(await app.services.notifications.notify(input)).toHaveLength(1);
    expect(await app.services.notifications.notify(input)).toEqual([]);
    expect(await countOf(fx.users.director.id, 'SYSTEM')).toBe(1);
  });
});

describe('unread count and mark read', () => {
  it('counts, lists and marks the signed-in user’s notices only', async () => {
    for (const n of [1, 2, 3]) {
      await app.services.notifications.notify({ userId: fx.users.otherManager.id, kind: NotificationKind.SYSTEM, params: { text: `n${n}` }, dedupeKey: `read-test:${n}` });
    }
    const count = async (token: string) => (await app.gql(COUNT, {}, { token })).data?.unreadNotificationCount as number;
    const before = await count(tokens.otherManager);
    expect(before).toBeGreaterThanOrEqual(3);
    const directorBefore = await count(tokens.director);

    const page = await app.gql(LIST, { unreadOnly: true, first: 2 }, { token: tokens.otherManager });
    expect(page.data?.notifications.totalCount).toBe(before);
    expect(page.data?.notifications.edges.map((edge: any) => edge.node.title)).toEqual(['n3', 'n2']);
    expect(page.data?.notifications.pageInfo.hasNextPage).toBe(true);

    const ids = page.data!.notifications.edges.map((edge: any) => edge.node.id);
    expect((await app.gql(MARK, { ids }, { token: tokens.otherManager })).data?.markNotificationsRead).toBe(2);
    expect((await app.gql(MARK, { ids }, { token: tokens.otherManager })).data?.markNotificationsRead).toBe(0);
    // Someone else's ids change nothing.
    expect((await app.gql(MARK, { ids: [ids[0]] }, { token: tokens.director })).data?.markNotificationsRead).toBe(0);
    expect(await count(tokens.otherManager)).toBe(before - 2);
    expect((await app.gql(MARK, {}, { token: tokens.otherManager })).data?.markNotificationsRead).toBe(before - 2);
    expect(await count(tokens.otherManager)).toBe(0);
    expect(await count(tokens.director)).toBe(directorBefore);
  });

  it('needs a session', async () => {
    expectError(await app.gql(COUNT), 'UNAUTHENTICATED');
  });
});

describe('revoked sessions', () => {
  it('logoutEverywhere on one process closes the user’s open sockets on the other with 4401', async () => {
    const token = await app.login('director@test.pulse');
    const socket = await subscribe(other, token);
    const result = await app.gql('mutation { logoutEverywhere }', {}, { token });
    expect(result.data?.logoutEverywhere).toBe(true);
    const code = await waitFor(() => socket.closeCode, 'the socket to close');
    expect(code).toBe(4401);
  });

  it('closes a socket with 4401 when its access token expires', async () => {
    const token = await app.login('manager@test.pulse');
    const claims = JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString('utf8'));
    const shortLived = signAccessToken({ ...claims, exp: Math.floor(Date.now() / 1000) + 2 }, app.config.AUTH_SECRET);
    const socket = await subscribe(app, shortLived);
    expect(socket.closeCode).toBeNull();
    expect(await waitFor(() => socket.closeCode, 'the socket to close at expiry', 5000)).toBe(4401);
  });

  it('logout closes only that session’s socket', async () => {
    const first = await app.login('head@test.pulse');
    const second = await app.login('head@test.pulse');
    const ended = await subscribe(app, first);
    const kept = await subscribe(app, second);
    await app.gql('mutation { logout }', {}, { token: first });
    expect(await waitFor(() => ended.closeCode, 'the socket to close')).toBe(4401);
    await sleep(200);
    expect(kept.closeCode).toBeNull();
  });
});
