import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtures, type Fixtures } from '../helpers/fixtures';
import { type LiveSubscription, liveSubscription, waitFor } from '../helpers/live';
import { startTestApp, type TestApp } from '../helpers/test-app';

/**
 * The DELIVERED mark (call-request.service `deliver`) commits without waiting for the WAL flush: it must be
 * visible to every other connection as soon as it is made, and the relaxed setting must stay inside that one
 * statement, never on the pooled connection that ran it.
 */
let app: TestApp;
let fx: Fixtures;
let token: string;
const lives: LiveSubscription[] = [];
const DEVICE = 'delivery-phone-1';
const REQUEST_CALL = 'mutation { requestCall(phone: "+7 912 345-67-89") { id status } }';
const statusOf = async (id: string) => (await app.dataSource.query('SELECT status, delivered_at FROM call_requests WHERE id = $1', [id]))[0];

beforeAll(async () => {
  app = await startTestApp('call_delivery');
  fx = await createFixtures(app.dataSource);
  token = await app.login(fx.users.manager.email);
  const registered = await app.gql('mutation($d: ID!) { registerDevice(deviceId: $d, name: "Phone") { id } }', { d: DEVICE }, { token });
  expect(registered.errors).toBeUndefined();
});

afterAll(async () => {
  await Promise.all(lives.map((live) => live.client.dispose()));
  await app?.close();
});

describe('marking call requests delivered', () => {
  it('is visible to another connection as soon as a poll has answered DELIVERED', async () => {
    const id = (await app.gql(REQUEST_CALL, {}, { token })).data!.requestCall.id as string;
    const polled = await app.gql('query($d: ID!) { nextCallRequest(deviceId: $d, waitSeconds: 0) { id status } }', { d: DEVICE }, { token });
    expect(polled.data?.nextCallRequest).toEqual({ id, status: 'DELIVERED' });
    const row = await statusOf(id);
    expect(row.status).toBe('DELIVERED');
    expect(row.delivered_at).not.toBeNull();
    const cancelled = await app.gql('mutation($id: ID!) { cancelCallRequest(id: $id) { status } }', { id }, { token });
    expect(cancelled.data?.cancelCallRequest.status).toBe('CANCELLED');
  });

  it('marks a pushed request DELIVERED, and the phone claims it', async () => {
    const phone = await liveSubscription(app, token, 'subscription($d: ID!) { callRequested(deviceId: $d) { id status } }', 'callRequested', { d: DEVICE });
    lives.push(phone);
    const id = (await app.gql(REQUEST_CALL, {}, { token })).data!.requestCall.id as string;
    await waitFor(() => phone.events.some((event) => event.id === id), 'the push');
    await waitFor(async () => (await statusOf(id)).status === 'DELIVERED', 'the DELIVERED mark');
    const claimed = await app.gql('mutation($id: ID!, $d: ID!) { claimCallRequest(id: $id, deviceId: $d) { status } }', { id, d: DEVICE }, { token });
    expect(claimed.data?.claimCallRequest.status).toBe('DIALING');
  });

  it('leaves synchronous_commit on for every pooled connection afterwards', async () => {
    // As many overlapping queries as the pool holds connections: every connection answers, the marking ones included.
    const settings: Array<Array<{ value: string }>> = await Promise.all(
      Array.from({ length: app.config.DATABASE_POOL_SIZE }, () =>
        app.dataSource.query(`SELECT current_setting('synchronous_commit') AS value FROM pg_sleep(0.1)`),
      ),
    );
    expect(settings.map(([row]) => row!.value)).toEqual(Array(app.config.DATABASE_POOL_SIZE).fill('on'));
  });
});
