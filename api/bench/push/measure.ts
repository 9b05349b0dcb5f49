import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import type { FromLoadGenerator, Receipt, ToLoadGenerator } from './protocol';
import { wallClock } from './protocol';
import { type ScenarioResult, summarise } from './report';
import type { BenchUser, Scenario, ScenarioContext } from './scenarios';

/** Raising events on A, gathering what the load generator received on B, and matching the two. */

const DELIVERY_GRACE_MS = 10_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The load generator child and a request/response over its IPC channel. */
export class LoadGenerator {
  readonly child: ChildProcess;
  constructor() {
    this.child = fork(join(__dirname, 'load-generator.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  }
  request<T extends FromLoadGenerator['type']>(message: ToLoadGenerator, reply: T): Promise<Extract<FromLoadGenerator, { type: T }>> {
    return new Promise((resolve, reject) => {
      const onMessage = (answer: FromLoadGenerator) => {
        if (answer.type !== reply) return;
        this.child.off('message', onMessage);
        this.child.off('exit', onExit);
        resolve(answer as Extract<FromLoadGenerator, { type: T }>);
      };
      const onExit = (code: number | null) => reject(new Error(`the load generator exited (${code})`));
      this.child.on('message', onMessage);
      this.child.once('exit', onExit);
      this.child.send(message);
    });
  }
  async close(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.send({ type: 'close' } satisfies ToLoadGenerator);
    const force = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(force);
  }
}

export interface RaisedEvent {
  target: number;
  sentAt: number;
  respondedAt?: number;
  key?: string;
  error?: string;
}

/** Raises `count` events open-loop at `rate` per second (each sent on schedule, not after the previous answer). */
export async function raiseEvents(scenario: Scenario, ctx: ScenarioContext, users: BenchUser[], count: number, rate: number, firstSequence: number): Promise<RaisedEvent[]> {
  const events: RaisedEvent[] = [];
  const pending: Array<Promise<void>> = [];
  const start = performance.now() + 20;
  for (let i = 0; i < count; i++) {
    const wait = start + (i * 1000) / rate - performance.now();
    if (wait > 0) await sleep(wait);
    const sequence = firstSequence + i;
    const event: RaisedEvent = { target: sequence % users.length, sentAt: wallClock() };
    events.push(event);
    pending.push(
      scenario.raise(ctx, users[event.target]!, sequence).then(
        (key) => {
          event.respondedAt = wallClock();
          event.key = key;
        },
        (error: unknown) => {
          event.error = error instanceof Error ? error.message : String(error);
        },
      ),
    );
  }
  await Promise.all(pending);
  return events;
}

/** Collects receipts from the load generator until every raised event arrived or the grace period ran out. */
export async function collectDeliveries(loadGenerator: LoadGenerator, events: RaisedEvent[]): Promise<{ receipts: Receipt[]; subscriptionErrors: number; closedSockets: number }> {
  const expected = new Set(events.flatMap((e) => (e.key ? [e.key] : [])));
  const receipts: Receipt[] = [];
  const seen = new Set<string>();
  const deadline = Date.now() + DELIVERY_GRACE_MS;
  for (;;) {
    const batch = await loadGenerator.request({ type: 'collect' }, 'receipts');
    receipts.push(...batch.receipts);
    for (const receipt of batch.receipts) if (expected.has(receipt.key)) seen.add(receipt.key);
    if (seen.size >= expected.size || Date.now() > deadline) {
      // One more short look for duplicates that trail the last expected delivery.
      await sleep(300);
      const trailing = await loadGenerator.request({ type: 'collect' }, 'receipts');
      receipts.push(...trailing.receipts);
      return { receipts, subscriptionErrors: trailing.subscriptionErrors, closedSockets: trailing.closedSockets };
    }
    await sleep(200);
  }
}

export type Evaluated = Omit<ScenarioResult, 'closedSockets' | 'subscriptionErrors' | 'cpu' | 'loadAverage' | 'loadGeneratorDelay'>;

export function evaluate(scenario: Scenario, rate: number, events: RaisedEvent[], receipts: Receipt[], published: Map<string, number>): Evaluated {
  const byKey = new Map<string, Receipt[]>();
  for (const receipt of receipts) byKey.set(receipt.key, [...(byKey.get(receipt.key) ?? []), receipt]);
  const endToEnd: number[] = [];
  const fromPublish: number[] = [];
  const fromCreated: number[] = [];
  const mutation: number[] = [];
  let delivered = 0;
  let duplicated = 0;
  let misdelivered = 0;
  let failed = 0;
  for (const event of events) {
    if (!event.key) {
      failed += 1;
      continue;
    }
    mutation.push(event.respondedAt! - event.sentAt);
    const arrivals = byKey.get(event.key) ?? [];
    const own = arrivals.filter((r) => r.client === event.target);
    misdelivered += arrivals.length - own.length;
    if (own.length === 0) continue;
    delivered += 1;
    duplicated += own.length - 1;
    endToEnd.push(own[0]!.at - event.sentAt);
    const publishedAt = published.get(event.key);
    if (publishedAt !== undefined) fromPublish.push(own[0]!.at - publishedAt);
    if (own[0]!.createdAt !== undefined && Number.isFinite(own[0]!.createdAt)) fromCreated.push(own[0]!.at - own[0]!.createdAt);
  }
  const sent = events.map((e) => e.sentAt);
  return {
    scenario,
    rate,
    raised: events.length,
    failed,
    firstError: events.find((e) => e.error)?.error ?? null,
    delivered,
    lost: events.length - failed - delivered,
    duplicated,
    misdelivered,
    achievedRate: events.length > 1 ? ((events.length - 1) * 1000) / (Math.max(...sent) - Math.min(...sent)) : Number.NaN,
    endToEnd: summarise(endToEnd),
    fromPublish: summarise(fromPublish),
    fromCreated: summarise(fromCreated),
    mutation: summarise(mutation),
  };
}
