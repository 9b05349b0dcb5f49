import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtures, type Fixtures } from '../helpers/fixtures';
import { type LiveSubscription, liveSubscription, waitFor } from '../helpers/live';
import { startTestApp, type TestApp } from '../helpers/test-app';

/**
 * The DELIVERED mark the call push writes before it leaves (call-request.service `deliver`) commits without
 * waiting for the WAL flush: it must still be visible the moment the phone has the push, and the relaxed
 * setting must stay inside that one statement, never on the pooled connection.
 */
let app: TestApp;
let fx: Fixtures;
let token: string;
const lives: LiveSubscription[] = [];
const DEVICE = 'delivery-phone-1';

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

describe('call push delivery', () => {
  it('is DELIVERED for everyone the moment the phone has the push, and the phone can claim it at once', async () => {
    const phone = await liveSubscription(app, token, 'subscription($d: ID!) { callRequested(deviceId: $d) { id status } }', 'callRequested', { d: DEVICE });
    lives.push(phone);
    const requested = await app.gql('mutation { requestCall(phone: "+7 912 345-67-89") { id status } }', {}, { token });
    const id = requested.data!.requestCall.id as string;
    expect(requested.data!.requestCall.status).toBe('PENDING');

    const pushed = await waitFor(() => phone.events.find((event) => event.id === id), 'the push');
    const [row] = await app.dataSource.query('SELECT status, delivered_at FROM call_requests WHERE id = $1', [id]);
    expect(pushed.status).toBe('DELIVERED');
    expect(row.status).toBe('DELIVERED');
    expect(row.delivered_at).not.toBeNull();

    const claimed = await app.gql('mutation($id: ID!, $d: ID!) { claimCallRequest(id: $id, deviceId: $d) { status } }', { id, d: DEVICE }, { token });
    expect(claimed.data?.claimCallRequest.status).toBe('DIALING');
  });

  it('leaves synchronous_commit on for every pooled connection afterwards', async () => {
    // As many overlapping queries as the pool holds connections: every connection answers, the delivering one included.
    const settings: Array<Array<{ value: string }>> = await Promise.all(
      Array.from({ length: app.config.DATABASE_POOL_SIZE }, () =>
        app.dataSource.query(`SELECT current_setting('synchronous_commit') AS value FROM pg_sleep(0.1)`),
      ),
    );
    expect(settings.map(([row]) => row!.value)).toEqual(Array(app.config.DATABASE_POOL_SIZE).fill('on'));
  });
});
