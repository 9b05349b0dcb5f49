import { monitorEventLoopDelay } from 'node:perf_hooks';
import { type Client, createClient } from 'graphql-ws';
import { WebSocket } from 'ws';
import { type ClientSpec, type FromLoadGenerator, type Receipt, type ToLoadGenerator, wallClock } from './protocol';

/**
 * The bench's load generator, a child process of run.ts: holds one graphql-ws socket per user against process B
 * and stamps every event it receives with this machine's wall clock, so the measuring process and the API
 * processes never share an event loop with 1,000 sockets. Talks to run.ts over IPC (see the message types).
 */

const clients: Client[] = [];
let receipts: Receipt[] = [];
let subscriptionErrors = 0;
let closedSockets = 0;
let closing = false;

// A late event loop here stamps receipts late: the bench reports it beside the latencies it may have inflated.
const LOOP_SAMPLE_MS = 10;
const loopDelay = monitorEventLoopDelay({ resolution: LOOP_SAMPLE_MS });
loopDelay.enable();
/** The histogram holds whole sampling intervals; the delay is what exceeds the interval. */
const lateness = (nanoseconds: number) => Math.max(0, nanoseconds / 1e6 - LOOP_SAMPLE_MS);

const send = (message: FromLoadGenerator) => process.send!(message);

function pick(data: unknown, path: string[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data);
}

/** Opens one socket, subscribes it and resolves once the server accepted the connection (or rejects). */
function openClient(url: string, index: number, spec: ClientSpec): Promise<void> {
  return new Promise((resolve, reject) => {
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${spec.token}` },
      lazy: false,
      retryAttempts: 0,
      onNonLazyError: (error) => reject(error instanceof Error ? error : new Error(`socket of client ${index} failed`)),
      on: {
        connected: () => resolve(),
        closed: () => {
          if (!closing) closedSockets += 1;
        },
      },
    });
    clients.push(client);
    for (const subscription of spec.subscriptions) {
      client.subscribe(
        { query: subscription.query, variables: subscription.variables },
        {
          next: (result) => {
            const at = wallClock();
            const createdAt = subscription.createdAtPath ? Date.parse(String(pick(result.data, subscription.createdAtPath))) : undefined;
            receipts.push({ scenario: subscription.scenario, client: index, key: String(pick(result.data, subscription.keyPath)), at, createdAt });
          },
          error: () => {
            subscriptionErrors += 1;
          },
          complete: () => undefined,
        },
      );
    }
  });
}

async function openAll(url: string, specs: ClientSpec[], concurrency: number): Promise<void> {
  const started = performance.now();
  let next = 0;
  let connected = 0;
  let failed = 0;
  let firstError: string | null = null;
  const worker = async () => {
    while (next < specs.length) {
      const index = next++;
      try {
        await openClient(url, index, specs[index]!);
        connected += 1;
      } catch (error) {
        failed += 1;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  send({ type: 'opened', connected, failed, firstError, seconds: (performance.now() - started) / 1000 });
}

process.on('message', (message: ToLoadGenerator) => {
  if (message.type === 'open') void openAll(message.url, message.clients, message.concurrency);
  if (message.type === 'collect') {
    const usage = process.cpuUsage();
    send({ type: 'receipts', receipts, subscriptionErrors, closedSockets, cpuSeconds: (usage.user + usage.system) / 1e6 });
    receipts = [];
  }
  if (message.type === 'delay') {
    send({ type: 'delay', p99Ms: lateness(loopDelay.percentile(99)), maxMs: lateness(loopDelay.max) });
    loopDelay.reset();
  }
  if (message.type === 'close') {
    closing = true;
    void Promise.all(clients.map((client) => client.dispose())).finally(() => process.exit(0));
  }
});
// The bench died: nothing left to measure for.
process.on('disconnect', () => process.exit(0));
