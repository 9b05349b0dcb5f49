/** One user of the bench: signed in, holding one socket on process B. */
export interface BenchUser {
  id: string;
  email: string;
  token: string;
}

export interface GraphQLResult<T = any> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** HTTP GraphQL against one API process. */
export type GraphQLHttp = <T = any>(query: string, variables?: Record<string, unknown>, token?: string) => Promise<GraphQLResult<T>>;

export function graphqlHttp(baseUrl: string): GraphQLHttp {
  return async (query, variables = {}, token) => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResult;
  };
}

/** What a load-generator client subscribes to, and where in each result the event's key sits. */
export interface SubscriptionSpec {
  query: string;
  variables?: Record<string, unknown>;
  /** Path in `result.data` to the key that `raise` returned for this event. */
  keyPath: string[];
  /** Path in `result.data` to the event's own ISO timestamp (when the API created it), if it carries one. */
  createdAtPath?: string[];
}

export interface ScenarioContext {
  /** Process A: every mutation of the bench goes here. */
  api: GraphQLHttp;
  /** The admin who raises the events. */
  sender: BenchUser;
}

/**
 * One kind of push the bench measures. Adding a kind is one more object here: how a client subscribes on B,
 * how one event for a given user is raised by a mutation on A, and where the API publishes it on Redis.
 */
export interface Scenario {
  name: string;
  /** One sentence for the report: which mutation raises what. */
  description: string;
  /** Sets up what the subscriptions need (e.g. a registered phone per user), through the API on A. */
  prepare?(ctx: ScenarioContext, users: BenchUser[]): Promise<void>;
  subscription(user: BenchUser): SubscriptionSpec;
  /** Raises one event for `target` through a mutation on A and returns its key; throws on a GraphQL error. */
  raise(ctx: ScenarioContext, target: BenchUser, sequence: number): Promise<string>;
  /** The Redis channel pattern (after the key prefix) the API publishes these events on, and the key in a payload. */
  channelPattern: string;
  publishedKey(payload: any): string | undefined;
}

function dataOrThrow<T>(result: GraphQLResult<T>, what: string): T {
  if (result.errors?.length || !result.data) throw new Error(`${what} failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** A task assigned by the admin to the user rings his bell: `createTask` on A → `notificationAdded` on B. */
export const notificationScenario: Scenario = {
  name: 'notification',
  description: '`createTask(input: { title, assigneeId })` by an admin on A → `notificationAdded` (TASK_ASSIGNED) to the assignee on B',
  subscription: () => ({
    query: 'subscription { notificationAdded { id kind entityId createdAt } }',
    keyPath: ['notificationAdded', 'entityId'],
    createdAtPath: ['notificationAdded', 'createdAt'],
  }),
  raise: async ({ api, sender }, target, sequence) => {
    const data = dataOrThrow(
      await api<{ createTask: { id: string } }>('mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }', { input: { title: `Бенчмарк ${sequence}`, assigneeId: target.id } }, sender.token),
      'createTask',
    );
    return data.createTask.id;
  },
  channelPattern: 'NOTIFICATION_ADDED:*',
  publishedKey: (payload) => payload?.entityId ?? undefined,
};

const deviceOf = (user: BenchUser) => `bench-phone-${user.id}`;
const PREPARE_CONCURRENCY = 8;

/**
 * Click-to-call: the user presses "call" in the web app (`requestCall` on A) and his registered phone, holding a
 * socket on B, gets `callRequested(deviceId)`; the first push marks the request DELIVERED.
 */
export const callScenario: Scenario = {
  name: 'call',
  description:
    "`requestCall(phone)` by the user on A → `callRequested(deviceId)` to his phone's socket on B (one registered device per user, same socket as the notifications)",
  prepare: async ({ api }, users) => {
    let next = 0;
    const worker = async () => {
      while (next < users.length) {
        const user = users[next++]!;
        dataOrThrow(
          await api('mutation($deviceId: ID!, $name: String!) { registerDevice(deviceId: $deviceId, name: $name) { id } }', { deviceId: deviceOf(user), name: 'Bench phone' }, user.token),
          'registerDevice',
        );
      }
    };
    await Promise.all(Array.from({ length: PREPARE_CONCURRENCY }, worker));
  },
  subscription: (user) => ({
    query: 'subscription($deviceId: ID!) { callRequested(deviceId: $deviceId) { id status createdAt } }',
    variables: { deviceId: deviceOf(user) },
    keyPath: ['callRequested', 'id'],
    createdAtPath: ['callRequested', 'createdAt'],
  }),
  raise: async ({ api }, target) => {
    const data = dataOrThrow(await api<{ requestCall: { id: string } }>('mutation($phone: String!) { requestCall(phone: $phone) { id } }', { phone: '+7 912 345-67-89' }, target.token), 'requestCall');
    return data.requestCall.id;
  },
  channelPattern: 'CALL_REQUESTED:*',
  publishedKey: (payload) => payload?.id ?? undefined,
};

export const scenarios: Scenario[] = [notificationScenario, callScenario];
