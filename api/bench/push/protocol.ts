import type { SubscriptionSpec } from './scenarios';

/** Messages between run.ts and its load generator (a child process, over IPC), and the clock both stamp with. */

export interface ClientSpec {
  token: string;
  /** One subscription per scenario, all on this client's one socket. */
  subscriptions: Array<SubscriptionSpec & { scenario: string }>;
}

export interface Receipt {
  scenario: string;
  client: number;
  key: string;
  /** Wall-clock milliseconds (`performance.timeOrigin + performance.now()`), comparable across processes. */
  at: number;
  /** The event's own creation time, wall-clock milliseconds, when the subscription carries one. */
  createdAt?: number;
}

export type ToLoadGenerator =
  | { type: 'open'; url: string; clients: ClientSpec[]; concurrency: number }
  | { type: 'collect' }
  /** Answers the event-loop delay since the previous `delay` and starts a new window. */
  | { type: 'delay' }
  | { type: 'close' };

export type FromLoadGenerator =
  | { type: 'opened'; connected: number; failed: number; firstError: string | null; seconds: number }
  | { type: 'receipts'; receipts: Receipt[]; subscriptionErrors: number; closedSockets: number; cpuSeconds: number }
  | { type: 'delay'; p99Ms: number; maxMs: number };

export const wallClock = () => performance.timeOrigin + performance.now();
