import 'reflect-metadata';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { AgendaJobs } from '../../src/jobs/agenda-jobs';
import { defineJob } from '../../src/jobs/jobs';
import { createLogger } from '../../src/logger';
import { NOTIFICATION_RETENTION_JOB } from '../../src/modules/notifications/notification.jobs';
import { createFixtures, type Fixtures, insertCompany } from '../helpers/fixtures';
import { startTestApp, type TestApp } from '../helpers/test-app';

const TOKEN = 'metrics-token-for-the-e2e-test';
let app: TestApp;
/** Same database, no METRICS_TOKEN: only direct localhost requests may read it. */
let local: TestApp;
let fx: Fixtures;
let worker: AgendaJobs | null = null;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function scrape(target: TestApp = app, headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` }): Promise<string> {
  const response = await fetch(`${target.url}/metrics`, { headers });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return response.text();
}

/** The value of one series (`name{a="b",…}`, labels in any order), 0 when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([key, value]) => present[key] === value)) total += Number(match[3]);
  }
  return total;
}

async function waitForSample(name: string, labels: Record<string, string>, atLeast: number): Promise<string> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const text = await scrape();
    if (sample(text, name, labels) >= atLeast) return text;
    if (Date.now() > deadline) throw new Error(`${name}${JSON.stringify(labels)} stayed below ${atLeast}`);
    await sleep(100);
  }
}

beforeAll(async () => {
  app = await startTestApp('metrics', { env: { METRICS_TOKEN: TOKEN } });
  local = await startTestApp('metrics-local', { shareWith: app });
  fx = await createFixtures(app.dataSource);
});

afterAll(async () => {
  await worker?.stop();
  await app?.services.jobs.stop();
  await local?.close();
  await app?.close();
});

describe('GET /metrics', () => {
  it('asks for the bearer METRICS_TOKEN when one is configured', async () => {
    expect((await fetch(`${app.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${app.url}/metrics`, { headers: { authorization: 'Bearer wrong-token-wrong-token!' } })).status).toBe(401);
    await scrape();
  });

  it('without a token answers direct localhost requests only, not ones forwarded by a proxy', async () => {
    const text = await scrape(local, {});
    expect(text).toContain('process_resident_memory_bytes');
    expect(text).toContain('nodejs_eventloop_lag_seconds');
    expect((await fetch(`${local.url}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.7' } })).status).toBe(403);
  });

  it('times operations by name and type and counts errors by code', async () => {
    const token = await app.login(fx.users.manager.email);
    const companyId = await insertCompany(app.dataSource, { name: 'Ромашка', responsibleId: fx.users.manager.id, branchId: fx.branches.ekb });
    const before = await scrape();
    const page = 'query CompanyPage($id: ID!) { company(id: $id) { id name } }';
    for (let i = 0; i < 3; i += 1) expect((await app.gql(page, { id: companyId }, { token })).data?.company?.name).toBe('Ромашка');
    await app.gql('mutation RenameCompany($id: ID!) { updateCompany(id: $id, input: { name: "" }) { id } }', { id: companyId }, { token });
    await app.gql(page, { id: companyId });

    const after = await scrape();
    const count = (text: string, labels: Record<string, string>) => sample(text, 'pulse_graphql_request_duration_seconds_count', labels);
    expect(count(after, { operation: 'CompanyPage', type: 'query' }) - count(before, { operation: 'CompanyPage', type: 'query' })).toBe(4);
    expect(count(after, { operation: 'RenameCompany', type: 'mutation' }) - count(before, { operation: 'RenameCompany', type: 'mutation' })).toBe(1);
    // Every observation lands in some bucket: the +Inf bucket equals the count.
    expect(sample(after, 'pulse_graphql_request_duration_seconds_bucket', { operation: 'CompanyPage', le: '+Inf' })).toBe(count(after, { operation: 'CompanyPage' }));
    const errors = (text: string, code: string) => sample(text, 'pulse_graphql_errors_total', { code });
    expect(errors(after, 'BAD_USER_INPUT') - errors(before, 'BAD_USER_INPUT')).toBe(1);
    expect(errors(after, 'UNAUTHENTICATED') - errors(before, 'UNAUTHENTICATED')).toBe(1);
    expect(sample(after, 'pulse_db_pool_connections')).toBeGreaterThan(0);
    expect(sample(after, 'pulse_db_pool_waiting')).toBe(0);
  });

  it('gives client-chosen operation names a bounded label', async () => {
    const token = await app.login(fx.users.manager.email);
    await app.gql('query { me { id } }', {}, { token });
    const text = await scrape();
    expect(sample(text, 'pulse_graphql_request_duration_seconds_count', { operation: 'anonymous', type: 'query' })).toBeGreaterThan(0);
  });

  it('counts open graphql-ws sockets and running subscriptions, and both go back down', async () => {
    const token = await app.login(fx.users.manager.email);
    let connected = false;
    const client = createClient({
      url: app.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: () => undefined,
      on: { connected: () => void (connected = true) },
    });
    const unsubscribe = client.subscribe({ query: 'subscription { notificationAdded { id } }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    while (!connected) await sleep(20);
    let text = await waitForSample('pulse_graphql_ws_subscriptions', {}, 1);
    expect(sample(text, 'pulse_graphql_ws_sockets')).toBe(1);

    unsubscribe();
    await client.dispose();
    const deadline = Date.now() + 5000;
    do {
      await sleep(50);
      text = await scrape();
    } while ((sample(text, 'pulse_graphql_ws_subscriptions') > 0 || sample(text, 'pulse_graphql_ws_sockets') > 0) && Date.now() < deadline);
    expect(sample(text, 'pulse_graphql_ws_subscriptions')).toBe(0);
    expect(sample(text, 'pulse_graphql_ws_sockets')).toBe(0);
  });

  it('counts job runs and failures per job name', async () => {
    // The services' own Agenda (the wiring a worker uses) runs a real job.
    await app.services.jobs.start();
    await app.services.jobs.enqueue(NOTIFICATION_RETENTION_JOB, {});
    await waitForSample('pulse_job_runs_total', { job: NOTIFICATION_RETENTION_JOB }, 1);

    const failing = defineJob({
      name: 'test.failing',
      run: async () => {
        throw new Error('deliberate failure');
      },
    });
    worker = new AgendaJobs(app.services.metrics.instrumentJobs([failing]), () => app.services, {
      databaseUrl: app.db.url,
      processEveryMs: 200,
      lockLifetimeMs: 2000,
      name: 'metrics-worker',
      logger: createLogger('silent'),
    });
    await worker.start();
    await worker.enqueue('test.failing', {});
    const text = await waitForSample('pulse_job_failures_total', { job: 'test.failing' }, 1);
    expect(sample(text, 'pulse_job_runs_total', { job: 'test.failing' })).toBe(1);
    expect(sample(text, 'pulse_job_failures_total', { job: NOTIFICATION_RETENTION_JOB })).toBe(0);
    expect(sample(text, 'pulse_job_duration_seconds_count', { job: NOTIFICATION_RETENTION_JOB })).toBeGreaterThanOrEqual(1);
  });
});
