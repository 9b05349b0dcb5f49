import { createPubSub } from '@graphql-yoga/subscription';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import type { PubSub } from 'type-graphql';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { createRedis } from './redis';

/** A notification as it travels between processes: JSON-safe, dates as ISO strings. */
export interface NotificationEvent {
  id: string;
  userId: string;
  kind: string;
  title: string;
  body: string | null;
  entityType: string | null;
  entityId: string | null;
  companyId: string | null;
  readAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A click-to-call request as it travels between processes (see calls/call.events.ts). */
export interface CallRequestEvent {
  id: string;
  requesterId: string;
  targetUserId: string;
  companyId: string | null;
  contactId: string | null;
  phone: string;
  phoneE164: string;
  note: string | null;
  status: string;
  deviceId: string | null;
  deliveredAt: string | null;
  claimedAt: string | null;
  completedAt: string | null;
  expiresAt: string;
  createdAt: string;
  updatedAt: string;
}

/** A call log entry as it travels between processes. */
export interface CallEvent {
  id: string;
  clientId: string;
  userId: string;
  branchId: string | null;
  deviceId: string | null;
  callRequestId: string | null;
  companyId: string | null;
  contactId: string | null;
  phone: string;
  phoneE164: string | null;
  direction: string;
  outcome: string;
  source: string;
  startedAt: string;
  durationSeconds: number;
  isColdCall: boolean;
  note: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Every event the API publishes, with its payload. Per-user topics are published with the user id as topic id. */
export interface TopicPayloads {
  /** Topic id: the recipient's user id. */
  NOTIFICATION_ADDED: NotificationEvent;
  /** No topic id: every API process closes the sockets of these sessions (or of every session of the user). */
  SESSION_REVOKED: { userId: string; sessionIds: string[] | null };
  /** Topic id: the target user's id; every phone of that user (subscribed or long-polling) hears it. */
  CALL_REQUESTED: CallRequestEvent;
  /** Topic id: a user id (the requester's, and the target's when different): status changes for the web. */
  CALL_REQUEST_UPDATED: CallRequestEvent;
  /** Topic id: a user id (the caller's, and the requester's when different): a reported call. */
  CALL_UPDATED: CallEvent;
  /** No topic id: a user's role, branch, activity or profile changed; every API process drops its cached sessions. */
  USER_CHANGED: { userId: string };
  /** Topic id: the phone's user id: a phone signed in by QR code or registered itself (the web's QR page moves on). */
  PHONE_DEVICE_REGISTERED: { deviceId: string };
}

export type Topic = keyof TopicPayloads;
export const Topic = {
  NOTIFICATION_ADDED: 'NOTIFICATION_ADDED',
  SESSION_REVOKED: 'SESSION_REVOKED',
  CALL_REQUESTED: 'CALL_REQUESTED',
  CALL_REQUEST_UPDATED: 'CALL_REQUEST_UPDATED',
  CALL_UPDATED: 'CALL_UPDATED',
  USER_CHANGED: 'USER_CHANGED',
  PHONE_DEVICE_REGISTERED: 'PHONE_DEVICE_REGISTERED',
} as const satisfies Record<Topic, Topic>;

/** The pub/sub of the API: typed for our code, and the shape type-graphql's `buildSchema({ pubSub })` expects. */
export interface AppPubSub extends PubSub {
  publish<T extends Topic>(topic: T, id: string | undefined, payload: TopicPayloads[T]): void;
  subscribe<T extends Topic>(topic: T, id?: unknown): AsyncIterable<TopicPayloads[T]> & AsyncIterator<TopicPayloads[T]>;
  /**
   * Called each time the subscriber connection comes back after a loss (not at the first connect): messages
   * published meanwhile were missed, so whatever they would have invalidated must be dropped.
   */
  onReconnect?(listener: () => void): void;
  close(): Promise<void>;
}

export const channelOf = (topic: string, id?: unknown) => (id === undefined || id === null ? topic : `${topic}:${String(id)}`);

/** Redis carries events between API processes when REDIS_URL is set; otherwise they stay in this process. */
export function createAppPubSub(config: Config, logger?: Logger): AppPubSub {
  return config.REDIS_URL ? redisPubSub(config.REDIS_URL, config.REDIS_KEY_PREFIX, logger) : inProcessPubSub();
}

/** Events stay in this process: the embedded default, and schema builds that never publish. */
export function inProcessPubSub(): AppPubSub {
  const pubSub = createPubSub<Record<string, [unknown]>>();
  return {
    publish: (topic, id, payload) => pubSub.publish(channelOf(topic, id), payload),
    subscribe: (topic, id) => pubSub.subscribe(channelOf(topic, id)) as never,
    close: async () => undefined,
  };
}

function redisPubSub(url: string, prefix: string, logger?: Logger): AppPubSub {
  // Connection names carry the key prefix, so an operator (or a test) can tell installations apart in CLIENT LIST.
  const name = prefix.replace(/[^\w:.-]/g, '_');
  const publisher = createRedis(url, `${name}pub`);
  const subscriber = createRedis(url, `${name}sub`);
  const pubSub = new RedisPubSub({ publisher, subscriber });
  const reconnectListeners: Array<() => void> = [];
  let connectedBefore = false;
  subscriber.on('ready', () => {
    if (connectedBefore) for (const listener of reconnectListeners) listener();
    connectedBefore = true;
  });
  return {
    onReconnect: (listener) => void reconnectListeners.push(listener),
    // A lost push is not a lost notice (the row is stored and the list shows it): log it, never fail the write.
    publish: (topic, id, payload) =>
      void pubSub.publish(`${prefix}${channelOf(topic, id)}`, payload).catch((error: unknown) => logger?.error({ err: error, topic }, 'publish failed')),
    subscribe: (topic, id) => pubSub.asyncIterableIterator(`${prefix}${channelOf(topic, id)}`) as never,
    close: async () => {
      await pubSub.close();
    },
  };
}
