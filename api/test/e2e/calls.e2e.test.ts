import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { createConnection, createServer, type Socket } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PhoneSim } from '../../../tools/phone-sim/phone-sim.mjs';
import { signAccessToken } from '../../src/modules/auth/tokens';
import { callRequestExpiryJob } from '../../src/modules/calls/call.jobs';
import { createFixtures, type Fixtures, insertCompany, insertContact } from '../helpers/fixtures';
import { type LiveSubscription, liveSubscription, sleep, waitFor } from '../helpers/live';
import { expectError, startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
let fx: Fixtures;
let tokens: Record<'manager' | 'otherManager' | 'head' | 'tmnDirector', string>;
let romashka: string;
let romashkaContact: string;
const sims: PhoneSim[] = [];
const lives: LiveSubscription[] = [];

const ROMASHKA_PHONE = '+73432000001';
const CONTACT_PHONE = '+79122000002';
const REQUEST_CALL = `mutation($phone: String!, $companyId: ID, $contactId: ID, $note: String) {
  requestCall(phone: $phone, companyId: $companyId, contactId: $contactId, note: $note) { id status phone phoneE164 companyId contactId expiresAt company { name } contact { firstName } }
}`;
const CLAIM = 'mutation($id: ID!, $deviceId: ID!) { claimCallRequest(id: $id, deviceId: $deviceId) { id status } }';
const REPORT = 'mutation($input: CallResultInput!) { reportCallResult(input: $input) { id clientId source companyId contactId callRequestId outcome durationSeconds } }';
const REPORT_MANY = 'mutation($inputs: [CallResultInput!]!) { reportCallResults(inputs: $inputs) { id clientId } }';
const NEXT = 'query($deviceId: ID!, $wait: Int) { nextCallRequest(deviceId: $deviceId, waitSeconds: $wait) { id status } }';
const CALL_UPDATED = 'subscription { callUpdated { id clientId outcome companyId callRequestId source } }';
const REQUEST_UPDATED = 'subscription { callRequestUpdated { id status } }';

async function phone(email: string, deviceId: string, options: Partial<ConstructorParameters<typeof PhoneSim>[0]> = {}, target = app): Promise<PhoneSim> {
  const web = await target.login(email);
  const created = await target.gql('mutation { createPhoneLoginToken { token qrPayload } }', {}, { token: web });
  const sim = new PhoneSim({ url: target.url, deviceId, deviceName: `Sim ${deviceId}`, initialBackoffMs: 50, ...options });
  await sim.loginWithQrToken(created.data!.createPhoneLoginToken.qrPayload);
  sims.push(sim);
  return sim;
}

function collect<T>(sim: PhoneSim, event: string): T[] {
  const seen: T[] = [];
  sim.on(event, (value: T) => seen.push(value));
  return seen;
}

async function requestCall(token: string, variables: Record<string, unknown>): Promise<Record<string, any>> {
  const result = await app.gql(REQUEST_CALL, variables, { token });
  if (!result.data?.requestCall) throw new Error(JSON.stringify(result.errors));
  return result.data.requestCall;
}

const callCount = async () => (await app.dataSource.query('SELECT count(*)::int AS n FROM calls'))[0].n as number;
const statusOf = async (id: string) => (await app.dataSource.query('SELECT status FROM call_requests WHERE id = $1', [id]))[0].status as string;

function result(overrides: Record<string, unknown> = {}) {
  return {
    clientId: `c-${Math.random().toString(36).slice(2)}`,
    phone: '+7 912 555-01-01',
    direction: 'OUTGOING',
    outcome: 'CONNECTED',
    startedAt: new Date(Date.now() - 120_000).toISOString(),
    durationSeconds: 65,
    isColdCall: false,
    ...overrides,
  };
}

beforeAll(async () => {
  app = await startTestApp('calls', { env: { PHONE_RATE_LIMIT_PER_MINUTE: '40', CALL_REQUEST_RATE_LIMIT_PER_MINUTE: '20' } });
  fx = await createFixtures(app.dataSource);
  tokens = {
    manager: await app.login('manager@test.pulse'),
    otherManager: await app.login('other@test.pulse'),
    head: await app.login('head@test.pulse'),
    tmnDirector: await app.login('tmn-director@test.pulse'),
  };
  romashka = await insertCompany(app.dataSource, { name: 'ООО Ромашка', responsibleId: fx.users.manager.id, branchId: fx.branches.ekb });
  romashkaContact = await insertContact(app.dataSource, { companyId: romashka, firstName: 'Ольга' });
  await app.dataSource.query(`INSERT INTO company_phones (company_id, e164, raw) VALUES ($1, $2, '8 343 200-00-01')`, [romashka, ROMASHKA_PHONE]);
  await app.dataSource.query(`INSERT INTO contact_phones (contact_id, e164, raw) VALUES ($1, $2, '8 912 200-00-02')`, [romashkaContact, CONTACT_PHONE]);
});

afterAll(async () => {
  await Promise.all(sims.map((sim) => sim.stop()));
  await Promise.all(lives.map((live) => live.client.dispose()));
  await app?.close();
});

describe('phone sign-in by QR code', () => {
  it('gives a one-time, hashed, 5-minute code that a phone trades for its own session and device', async () => {
    const created = await app.gql('mutation { createPhoneLoginToken { token expiresAt qrPayload url } }', {}, { token: tokens.manager });
    const { token, expiresAt, qrPayload, url } = created.data!.createPhoneLoginToken;
    expect(qrPayload).toBe(`http://localhost:3000/phone-login#token=${token}`);
    expect(url).toBe(qrPayload);
    const ttl = new Date(expiresAt).getTime() - Date.now();
    expect(ttl).toBeGreaterThan(290_000);
    expect(ttl).toBeLessThanOrEqual(300_000);
    const [stored] = await app.dataSource.query(`SELECT token_hash, kind FROM login_tokens WHERE user_id = $1 AND kind = 'PHONE_LOGIN'`, [fx.users.manager.id]);
    expect(stored.token_hash).not.toContain(token);

    // A bad device name is refused before the code is spent.
    const exchange = 'mutation($token: String!, $deviceId: ID!, $deviceName: String!) { exchangePhoneLoginToken(token: $token, deviceId: $deviceId, deviceName: $deviceName) { accessToken refreshToken user { email } } }';
    expectError(await app.gql(exchange, { token, deviceId: 'qr-phone', deviceName: ' ' }), 'BAD_USER_INPUT', 'deviceName');

    const first = await app.gql(exchange, { token, deviceId: 'qr-phone', deviceName: 'Pixel 8' });
    expect(first.data?.exchangePhoneLoginToken.user.email).toBe('manager@test.pulse');
    expectError(await app.gql(exchange, { token, deviceId: 'qr-phone', deviceName: 'Pixel 8' }), 'UNAUTHENTICATED');

    const phoneToken = first.data!.exchangePhoneLoginToken.accessToken;
    const devices = await app.gql('query { myDevices { deviceId name lastSeenAt } }', {}, { token: phoneToken });
    expect(devices.data?.myDevices).toEqual([expect.objectContaining({ deviceId: 'qr-phone', name: 'Pixel 8' })]);
    const [session] = await app.dataSource.query(`SELECT client, device_id FROM auth_sessions WHERE user_id = $1 AND client = 'PHONE'`, [fx.users.manager.id]);
    expect(session).toEqual({ client: 'PHONE', device_id: 'qr-phone' });
  });

  it('tells the user’s web page when a phone signs in by the code, and nobody else', async () => {
    const REGISTERED = 'subscription { phoneDeviceRegistered { deviceId name } }';
    const web = await app.login('director@test.pulse');
    const mine = await liveSubscription(app, web, REGISTERED, 'phoneDeviceRegistered');
    const others = await liveSubscription(app, tokens.head, REGISTERED, 'phoneDeviceRegistered');
    lives.push(mine, others);
    const { token } = (await app.gql('mutation { createPhoneLoginToken { token } }', {}, { token: web })).data!.createPhoneLoginToken;
    const sim = new PhoneSim({ url: app.url, deviceId: 'director-qr-phone', deviceName: 'Redmi Note' });
    await sim.loginWithQrToken(token);
    const [event] = await waitFor(() => mine.events.length > 0 && mine.events, 'the web to hear of the phone');
    expect(event).toEqual({ deviceId: 'director-qr-phone', name: 'Redmi Note' });
    await sleep(200);
    expect(others.events).toEqual([]);
  });

  it('refuses an expired code, and needs a signed-in web user to create one', async () => {
    const created = await app.gql('mutation { createPhoneLoginToken { token } }', {}, { token: tokens.otherManager });
    const { token } = created.data!.createPhoneLoginToken;
    await app.dataSource.query(`UPDATE login_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND kind = 'PHONE_LOGIN'`, [fx.users.otherManager.id]);
    const sim = new PhoneSim({ url: app.url, deviceId: 'late-phone' });
    await expect(sim.loginWithQrToken(token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expectError(await app.gql('mutation { createPhoneLoginToken { token } }'), 'UNAUTHENTICATED');
  });

  it('registers a phone that signed in with a password, and updates it on a second registration', async () => {
    const register = 'mutation($deviceId: ID!, $name: String!, $appVersion: String) { registerDevice(deviceId: $deviceId, name: $name, appVersion: $appVersion) { deviceId name appVersion } }';
    const token = await app.login('head@test.pulse');
    expect((await app.gql(register, { deviceId: 'head-phone', name: 'Galaxy', appVersion: '1.0' }, { token })).data?.registerDevice).toEqual({ deviceId: 'head-phone', name: 'Galaxy', appVersion: '1.0' });
    expect((await app.gql(register, { deviceId: 'head-phone', name: 'Galaxy S', appVersion: null }, { token })).data?.registerDevice).toEqual({ deviceId: 'head-phone', name: 'Galaxy S', appVersion: '1.0' });
    expectError(await app.gql(register, { deviceId: 'has space', name: 'x' }, { token }), 'BAD_USER_INPUT', 'deviceId');
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM phone_devices WHERE user_id = $1`, [fx.users.head.id]);
    expect(n).toBe(1);
  });
});

describe('click-to-call through the phone simulator', () => {
  it('pushes the request to the phone, which claims, dials and reports; the web sees every step live', async () => {
    const sim = await phone('manager@test.pulse', 'push-phone', { dialMs: 50, outcome: 'NO_ANSWER', durationSeconds: 0 });
    const reported = collect<Record<string, any>>(sim, 'reported');
    await sim.start();
    await waitFor(() => sim.connected, 'the phone to connect');
    const calls = await liveSubscription(app, tokens.manager, CALL_UPDATED, 'callUpdated');
    const updates = await liveSubscription(app, tokens.manager, REQUEST_UPDATED, 'callRequestUpdated');
    lives.push(calls, updates);

    const request = await requestCall(tokens.manager, { phone: '8 (343) 200-00-01', companyId: romashka, note: 'Про договор' });
    expect(request).toMatchObject({ status: 'PENDING', phone: '8 (343) 200-00-01', phoneE164: ROMASHKA_PHONE, companyId: romashka, company: { name: 'ООО Ромашка' } });
    const [call] = await waitFor(() => reported.length > 0 && reported, 'the reported call');
    expect(call).toMatchObject({ callRequestId: request.id, source: 'CLICK_TO_CALL', outcome: 'NO_ANSWER', companyId: romashka, durationSeconds: 0 });
    expect(await statusOf(request.id)).toBe('COMPLETED');

    const [live] = await waitFor(() => calls.events.length > 0 && calls.events, 'callUpdated');
    expect(live).toMatchObject({ id: call.id, callRequestId: request.id, outcome: 'NO_ANSWER', source: 'CLICK_TO_CALL' });
    await waitFor(() => updates.events.some((event) => event.status === 'COMPLETED'), 'the COMPLETED update');
    // DELIVERED is written beside the push, so its event may even arrive after DIALING's (clients keep the
    // furthest status, as the web's call button does); each status comes at most once and nothing else comes.
    const seen = updates.events.filter((event) => event.id === request.id).map((event) => event.status as string);
    expect([...seen].sort()).toEqual(seen.includes('DELIVERED') ? ['COMPLETED', 'DELIVERED', 'DIALING'] : ['COMPLETED', 'DIALING']);
    expect(seen.indexOf('DIALING')).toBeLessThan(seen.indexOf('COMPLETED'));
    const [row] = await app.dataSource.query('SELECT delivered_at, claimed_at, completed_at, device_id FROM call_requests WHERE id = $1', [request.id]);
    expect(row.delivered_at).not.toBeNull();
    expect(row.claimed_at).not.toBeNull();
    expect(row.device_id).not.toBeNull();
    await sim.stop();
  });

  it('lets exactly one of two devices of a user win each request; the other gets CONFLICT', async () => {
    const first = await phone('other@test.pulse', 'race-a');
    const second = await phone('other@test.pulse', 'race-b');
    const claimed = [...[first, second].map((sim) => collect<Record<string, any>>(sim, 'claimed'))];
    const conflicts = [...[first, second].map((sim) => collect<Record<string, any>>(sim, 'conflict'))];
    const reported = [first, second].map((sim) => collect<Record<string, any>>(sim, 'reported'));
    await Promise.all([first.start(), second.start()]);
    await waitFor(() => first.connected && second.connected, 'both phones to connect');
    const ids: string[] = [];
    for (let n = 0; n < 5; n += 1) ids.push((await requestCall(tokens.otherManager, { phone: '+79125550000' })).id);
    await waitFor(() => reported.flat().length === 5 && conflicts.flat().length === 5, 'every race to end');
    for (const id of ids) {
      const winners = claimed.flat().filter((request) => request.id === id);
      const losers = conflicts.flat().filter(({ request }) => request.id === id);
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(1);
      expect(losers[0].code).toBe('CONFLICT');
    }
    await Promise.all([first.stop(), second.stop()]);

    // The same race without the simulator: two claims sent at once.
    const request = await requestCall(tokens.otherManager, { phone: '+79125550001' });
    const [a, b] = await Promise.all([
      app.gql(CLAIM, { id: request.id, deviceId: 'race-a' }, { token: first.accessToken }),
      app.gql(CLAIM, { id: request.id, deviceId: 'race-b' }, { token: second.accessToken }),
    ]);
    const outcomes = [a, b].map((answer) => answer.data?.claimCallRequest?.status ?? answer.errors?.[0].extensions?.code).sort();
    expect(outcomes).toEqual(['CONFLICT', 'DIALING']);
    // The winner repeating its claim (a lost answer) gets the request again; the loser still CONFLICT.
    const winner = a.data ? first : second;
    expect((await app.gql(CLAIM, { id: request.id, deviceId: winner.deviceId }, { token: winner.accessToken })).data?.claimCallRequest.status).toBe('DIALING');
  });

  it('marks a request pushed to two devices DELIVERED once', async () => {
    const first = await phone('group@test.pulse', 'deliver-a', { autoClaim: false });
    const second = await phone('group@test.pulse', 'deliver-b', { autoClaim: false });
    const received = [first, second].map((sim) => collect<Record<string, any>>(sim, 'request'));
    await Promise.all([first.start(), second.start()]);
    await waitFor(() => first.connected && second.connected, 'both phones');
    const web = await app.login('group@test.pulse');
    const updates = await liveSubscription(app, web, REQUEST_UPDATED, 'callRequestUpdated');
    lives.push(updates);
    const request = await requestCall(web, { phone: ROMASHKA_PHONE });
    await waitFor(() => received.every((seen) => seen.some((item) => item.id === request.id)), 'both phones to receive it');
    await waitFor(async () => (await statusOf(request.id)) === 'DELIVERED', 'the DELIVERED mark');
    await sleep(300);
    expect(updates.events.filter((event) => event.id === request.id).map((event) => event.status)).toEqual(['DELIVERED']);
    await Promise.all([first.stop(), second.stop()]);
    await app.gql('mutation($id: ID!) { cancelCallRequest(id: $id) { id } }', { id: request.id }, { token: web });
  });

  it('never pushes another user’s requests, and refuses a device that is not the user’s', async () => {
    const mine = await phone('head@test.pulse', 'head-sim');
    const theirs = await phone('tmn-director@test.pulse', 'tmn-sim', { autoClaim: false });
    const received = collect<Record<string, any>>(theirs, 'request');
    await Promise.all([mine.start(), theirs.start()]);
    await waitFor(() => mine.connected && theirs.connected, 'both phones');
    const request = await requestCall(tokens.head, { phone: '+79125550002' });
    await waitFor(async () => (await statusOf(request.id)) === 'COMPLETED', 'the head’s own phone to finish');
    await sleep(200);
    expect(received).toEqual([]);

    const foreign = await liveSubscription(app, theirs.accessToken!, 'subscription($d: ID!) { callRequested(deviceId: $d) { id } }', 'callRequested', { d: 'head-sim' });
    lives.push(foreign);
    await waitFor(() => foreign.errors.length > 0, 'the refusal');
    expect(foreign.errors[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'deviceId' } });
    expectError(await app.gql(CLAIM, { id: request.id, deviceId: 'tmn-sim' }, { token: theirs.accessToken }), 'NOT_FOUND');
    expect((await app.gql('query($id: ID!) { callRequest(id: $id) { id } }', { id: request.id }, { token: theirs.accessToken })).data?.callRequest).toBeNull();
    expect((await app.gql('query($id: ID!) { callRequest(id: $id) { id status } }', { id: request.id }, { token: mine.accessToken })).data?.callRequest).toEqual({ id: request.id, status: 'COMPLETED' });
    await Promise.all([mine.stop(), theirs.stop()]);
  });

  it('queues results while offline and uploads them in one batch; a repeated upload changes nothing', async () => {
    const sim = await phone('manager@test.pulse', 'offline-phone');
    await sim.setOffline(true);
    for (let n = 0; n < 3; n += 1) await sim.record({ phone: CONTACT_PHONE, direction: n === 2 ? 'INCOMING' : 'OUTGOING', durationSeconds: 10 * n });
    expect(sim.queue).toHaveLength(3);
    const before = await callCount();
    const queued = [...sim.queue];
    app.resetQueries();
    await sim.setOffline(false);
    const batches = app.queries.filter((sql) => sql.startsWith('INSERT INTO calls'));
    expect(batches).toHaveLength(1);
    expect(sim.queue).toEqual([]);
    expect(await callCount()).toBe(before + 3);
    const [linked] = await app.dataSource.query('SELECT company_id, contact_id, source FROM calls WHERE client_id = $1', [queued[0].clientId]);
    expect(linked).toEqual({ company_id: romashka, contact_id: romashkaContact, source: 'PHONE' });

    const again = await sim.request(REPORT_MANY, { inputs: queued });
    expect(again.reportCallResults.map((call: any) => call.clientId)).toEqual(queued.map((input) => input.clientId));
    expect(await callCount()).toBe(before + 3);
  });
});

describe('reportCallResult', () => {
  it('is idempotent on clientId, alone and in a batch', async () => {
    const input = result({ clientId: 'dup-1', phone: ROMASHKA_PHONE });
    const first = await app.gql(REPORT, { input }, { token: tokens.manager });
    expect(first.data?.reportCallResult).toMatchObject({ clientId: 'dup-1', source: 'PHONE', companyId: romashka, contactId: null });
    const [{ updated_at: stamp }] = await app.dataSource.query(`SELECT updated_at FROM calls WHERE client_id = 'dup-1'`);
    const before = await callCount();
    const second = await app.gql(REPORT, { input: { ...input, outcome: 'BUSY', durationSeconds: 1 } }, { token: tokens.manager });
    expect(second.data?.reportCallResult).toMatchObject({ id: first.data!.reportCallResult.id, outcome: 'CONNECTED', durationSeconds: 65 });
    expect(await callCount()).toBe(before);

    const batch = await app.gql(REPORT_MANY, { inputs: [input, result({ clientId: 'dup-2' }), result({ clientId: 'dup-2' })] }, { token: tokens.manager });
    expect(batch.data?.reportCallResults.map((call: any) => call.clientId)).toEqual(['dup-1', 'dup-2', 'dup-2']);
    expect(batch.data?.reportCallResults[1].id).toBe(batch.data?.reportCallResults[2].id);
    expect(await callCount()).toBe(before + 1);
    const [{ updated_at: after }] = await app.dataSource.query(`SELECT updated_at FROM calls WHERE client_id = 'dup-1'`);
    expect(after).toEqual(stamp);

    // The same clientId belongs to each user separately.
    const theirs = await app.gql(REPORT, { input }, { token: tokens.otherManager });
    expect(theirs.data?.reportCallResult.id).not.toBe(first.data!.reportCallResult.id);
  });

  it('names the bad field of the bad item and saves nothing of the batch', async () => {
    const before = await callCount();
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ durationSeconds: -1 }, 'BAD_USER_INPUT', 'inputs.1.durationSeconds'],
      [{ durationSeconds: 100_000 }, 'BAD_USER_INPUT', 'inputs.1.durationSeconds'],
      [{ clientId: '' }, 'BAD_USER_INPUT', 'inputs.1.clientId'],
      [{ phone: ' ' }, 'BAD_USER_INPUT', 'inputs.1.phone'],
      [{ startedAt: new Date(Date.now() + 86_400_000).toISOString() }, 'BAD_USER_INPUT', 'inputs.1.startedAt'],
      [{ note: 'x'.repeat(2001) }, 'BAD_USER_INPUT', 'inputs.1.note'],
      [{ companyId: 'not-an-id' }, 'BAD_USER_INPUT', 'inputs.1.companyId'],
      [{ companyId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', 'inputs.1.companyId'],
      [{ callRequestId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', 'inputs.1.callRequestId'],
      [{ deviceId: 'nobody-phone' }, 'NOT_FOUND', 'inputs.1.deviceId'],
    ];
    for (const [bad, code, field] of cases) {
      expectError(await app.gql(REPORT_MANY, { inputs: [result(), result(bad)] }, { token: tokens.manager }), code, field);
    }
    expectError(await app.gql(REPORT, { input: result({ durationSeconds: -5 }) }, { token: tokens.manager }), 'BAD_USER_INPUT', 'durationSeconds');
    const tooMany = Array.from({ length: 501 }, () => result());
    expectError(await app.gql(REPORT_MANY, { inputs: tooMany }, { token: tokens.manager }), 'BAD_USER_INPUT', 'inputs');
    expect(await callCount()).toBe(before);
  });

  it('takes company and contact from the request, and refuses a second call for one request', async () => {
    const request = await requestCall(tokens.otherManager, { phone: CONTACT_PHONE, contactId: romashkaContact });
    expect(request).toMatchObject({ companyId: romashka, contactId: romashkaContact, contact: { firstName: 'Ольга' } });
    const input = result({ clientId: 'from-request', callRequestId: request.id, phone: CONTACT_PHONE });
    const reported = await app.gql(REPORT, { input }, { token: tokens.otherManager });
    expect(reported.data?.reportCallResult).toMatchObject({ source: 'CLICK_TO_CALL', companyId: romashka, contactId: romashkaContact, callRequestId: request.id });
    expect(await statusOf(request.id)).toBe('COMPLETED');
    expectError(await app.gql(REPORT, { input: { ...input, clientId: 'another' } }, { token: tokens.otherManager }), 'CONFLICT');
    // Someone else's request is not there for this user.
    expectError(await app.gql(REPORT, { input: { ...input, clientId: 'foreign' } }, { token: tokens.manager }), 'NOT_FOUND', 'callRequestId');
  });
});

describe('requestCall and claim', () => {
  it('checks the number, company and contact, and saves nothing on bad input', async () => {
    const [{ n: before }] = await app.dataSource.query('SELECT count(*)::int AS n FROM call_requests');
    expectError(await app.gql(REQUEST_CALL, { phone: 'позвони мне' }, { token: tokens.manager }), 'BAD_USER_INPUT', 'phone');
    expectError(await app.gql(REQUEST_CALL, { phone: '+7 343 123' }, { token: tokens.manager }), 'BAD_USER_INPUT', 'phone');
    expectError(await app.gql(REQUEST_CALL, { phone: ROMASHKA_PHONE, companyId: '00000000-0000-4000-8000-000000000000' }, { token: tokens.manager }), 'NOT_FOUND', 'companyId');
    expectError(await app.gql(REQUEST_CALL, { phone: ROMASHKA_PHONE, companyId: 'nope' }, { token: tokens.manager }), 'NOT_FOUND', 'companyId');
    expectError(await app.gql(REQUEST_CALL, { phone: ROMASHKA_PHONE, contactId: '00000000-0000-4000-8000-000000000000' }, { token: tokens.manager }), 'NOT_FOUND', 'contactId');
    const elsewhere = await insertCompany(app.dataSource, { name: 'ООО Другая', responsibleId: fx.users.manager.id, branchId: fx.branches.ekb });
    expectError(await app.gql(REQUEST_CALL, { phone: ROMASHKA_PHONE, companyId: elsewhere, contactId: romashkaContact }, { token: tokens.manager }), 'BAD_USER_INPUT', 'contactId');
    expectError(await app.gql(REQUEST_CALL, { phone: ROMASHKA_PHONE, note: 'x'.repeat(1001) }, { token: tokens.manager }), 'BAD_USER_INPUT', 'note');
    expectError(await app.gql(REQUEST_CALL, { phone: ROMASHKA_PHONE }), 'UNAUTHENTICATED');
    const [{ n: after }] = await app.dataSource.query('SELECT count(*)::int AS n FROM call_requests');
    expect(after).toBe(before);
  });

  it('expires unclaimed requests: the job marks them EXPIRED, tells the web, and a claim gets CONFLICT', async () => {
    const sim = await phone('head@test.pulse', 'expiry-phone', { autoClaim: false });
    const updates = await liveSubscription(app, tokens.head, REQUEST_UPDATED, 'callRequestUpdated');
    lives.push(updates);
    const request = await requestCall(tokens.head, { phone: ROMASHKA_PHONE, companyId: romashka });
    expect(new Date(request.expiresAt).getTime() - Date.now()).toBeGreaterThan(100_000);
    await app.dataSource.query(`UPDATE call_requests SET expires_at = now() - interval '1 second' WHERE id = $1`, [request.id]);
    // Past its expiry, it cannot be claimed even before the job ran.
    expect(expectError(await app.gql(CLAIM, { id: request.id, deviceId: 'expiry-phone' }, { token: sim.accessToken }), 'CONFLICT').extensions?.status).toBe('EXPIRED');

    await callRequestExpiryJob.run({}, app.services);
    expect(await statusOf(request.id)).toBe('EXPIRED');
    await waitFor(() => updates.events.some((event) => event.id === request.id && event.status === 'EXPIRED'), 'the EXPIRED update');
    expect(expectError(await app.gql(CLAIM, { id: request.id, deviceId: 'expiry-phone' }, { token: sim.accessToken }), 'CONFLICT').extensions?.status).toBe('EXPIRED');
    const next = await app.gql(NEXT, { deviceId: 'expiry-phone', wait: 0 }, { token: sim.accessToken });
    expect(next.data?.nextCallRequest).toBeNull();
    // A second run finds nothing more to do.
    await callRequestExpiryJob.run({}, app.services);
    expect(updates.events.filter((event) => event.id === request.id && event.status === 'EXPIRED')).toHaveLength(1);

    // Claimed by a phone that then went silent: expired after CALL_DIALING_TIMEOUT_SECONDS; a late report completes it.
    const abandoned = await requestCall(tokens.head, { phone: ROMASHKA_PHONE });
    expect((await app.gql(CLAIM, { id: abandoned.id, deviceId: 'expiry-phone' }, { token: sim.accessToken })).data?.claimCallRequest.status).toBe('DIALING');
    await callRequestExpiryJob.run({}, app.services);
    expect(await statusOf(abandoned.id)).toBe('DIALING');
    await app.dataSource.query(`UPDATE call_requests SET claimed_at = now() - interval '2 hours' WHERE id = $1`, [abandoned.id]);
    await callRequestExpiryJob.run({}, app.services);
    expect(await statusOf(abandoned.id)).toBe('EXPIRED');
    const late = await sim.request(REPORT, { input: result({ callRequestId: abandoned.id, deviceId: 'expiry-phone' }) });
    expect(late.reportCallResult).toMatchObject({ callRequestId: abandoned.id, source: 'CLICK_TO_CALL' });
    expect(await statusOf(abandoned.id)).toBe('COMPLETED');
  });

  it('waits for a bookkeeping lock on the request instead of answering a false CONFLICT', async () => {
    const sim = await phone('head@test.pulse', 'patient-phone', { autoClaim: false });
    const request = await requestCall(tokens.head, { phone: ROMASHKA_PHONE });
    // Another writer (the DELIVERED mark, the expiry job) holds the row for a moment.
    const holder = app.dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query(`UPDATE call_requests SET status = 'DELIVERED', delivered_at = now() WHERE id = $1`, [request.id]);
    const claim = app.gql(CLAIM, { id: request.id, deviceId: 'patient-phone' }, { token: sim.accessToken });
    await sleep(300);
    await holder.commitTransaction();
    await holder.release();
    expect((await claim).data?.claimCallRequest).toEqual({ id: request.id, status: 'DIALING' });
  });

  it('lets the requester cancel an open request; a cancelled one cannot be claimed', async () => {
    const sim = await phone('head@test.pulse', 'cancel-phone', { autoClaim: false });
    const request = await requestCall(tokens.head, { phone: ROMASHKA_PHONE });
    const cancel = 'mutation($id: ID!) { cancelCallRequest(id: $id) { id status } }';
    expectError(await app.gql(cancel, { id: request.id }, { token: tokens.manager }), 'NOT_FOUND');
    expect((await app.gql(cancel, { id: request.id }, { token: tokens.head })).data?.cancelCallRequest.status).toBe('CANCELLED');
    expect(expectError(await app.gql(cancel, { id: request.id }, { token: tokens.head }), 'CONFLICT').extensions?.status).toBe('CANCELLED');
    expect(expectError(await app.gql(CLAIM, { id: request.id, deviceId: 'cancel-phone' }, { token: sim.accessToken }), 'CONFLICT').extensions?.status).toBe('CANCELLED');
    expectError(await app.gql(CLAIM, { id: '00000000-0000-4000-8000-000000000000', deviceId: 'cancel-phone' }, { token: sim.accessToken }), 'NOT_FOUND');
  });
});

describe('nextCallRequest (long-poll)', () => {
  it('answers at once when a request arrives, null after waitSeconds without a query per second, and suggests the next poll', async () => {
    const sim = await phone('tmn-director@test.pulse', 'poll-phone', { autoClaim: false });
    const waiting = sim.requestFull(NEXT, { deviceId: 'poll-phone', wait: 20 });
    await sleep(300);
    const startedAt = Date.now();
    const request = await requestCall(tokens.tmnDirector, { phone: ROMASHKA_PHONE });
    const { data, extensions } = await waiting;
    expect(Date.now() - startedAt).toBeLessThan(5000);
    expect(data.nextCallRequest).toEqual({ id: request.id, status: 'DELIVERED' });
    expect(extensions.nextPollSeconds).toBe(0);
    // Handed out and not claimed: it comes back, but the phone is told to wait instead of spinning on it.
    const again = await sim.requestFull(NEXT, { deviceId: 'poll-phone', wait: 20 });
    expect(again.data.nextCallRequest).toEqual({ id: request.id, status: 'DELIVERED' });
    expect(again.extensions.nextPollSeconds).toBe(5);
    await app.gql('mutation($id: ID!) { cancelCallRequest(id: $id) { id } }', { id: request.id }, { token: tokens.tmnDirector });

    app.resetQueries();
    const t0 = Date.now();
    const empty = await sim.requestFull(NEXT, { deviceId: 'poll-phone', wait: 3 });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(2900);
    expect(empty.data.nextCallRequest).toBeNull();
    expect(empty.extensions.nextPollSeconds).toBe(0);
    // Sign-in, device, one look before the wait, one after: never one per second.
    expect(app.queries.filter((sql) => sql.includes('call_requests')).length).toBeLessThanOrEqual(2);
    expect(app.queries.length).toBeLessThanOrEqual(6);

    const plain = await sim.requestFull(NEXT, { deviceId: 'poll-phone', wait: 0 });
    expect(plain.extensions.nextPollSeconds).toBe(5);
    expectError(await app.gql(NEXT, { deviceId: 'poll-phone', wait: 26 }, { token: sim.accessToken }), 'BAD_USER_INPUT', 'waitSeconds');
    expectError(await app.gql(NEXT, { deviceId: 'poll-phone', wait: -1 }, { token: sim.accessToken }), 'BAD_USER_INPUT', 'waitSeconds');
    expectError(await app.gql(NEXT, { deviceId: 'nobody', wait: 0 }, { token: sim.accessToken }), 'NOT_FOUND', 'deviceId');
    const [device] = await app.dataSource.query(`SELECT last_poll_at FROM phone_devices WHERE device_id = 'poll-phone'`);
    expect(device.last_poll_at).not.toBeNull();
  });

  it('drives the simulator in long-poll mode end to end', async () => {
    const sim = await phone('tmn-director@test.pulse', 'longpoll-phone', { mode: 'longpoll', waitSeconds: 10 });
    const reported = collect<Record<string, any>>(sim, 'reported');
    await sim.start();
    await sleep(300);
    const request = await requestCall(tokens.tmnDirector, { phone: CONTACT_PHONE });
    const [call] = await waitFor(() => reported.length > 0 && reported, 'the long-polled call');
    expect(call).toMatchObject({ callRequestId: request.id, source: 'CLICK_TO_CALL', contactId: romashkaContact });
    await sim.stop();
  });

  it('rate-limits click-to-call requests per user, saving nothing past the limit', async () => {
    // A user of this test alone: the limit is per user and per minute, and the other tests share the file's minute.
    const [caller] = await app.dataSource.query(
      `INSERT INTO users (email, full_name, role, branch_id, password_hash)
       SELECT 'caller@test.pulse', 'Звонков Захар', role, branch_id, password_hash FROM users WHERE id = $1 RETURNING id`,
      [fx.users.manager.id],
    );
    const token = await app.login('caller@test.pulse');
    for (let n = 0; n < 20; n += 1) await requestCall(token, { phone: `+7912555${String(n).padStart(4, '0')}` });
    const refused = await app.gql(REQUEST_CALL, { phone: '+79125559999' }, { token });
    expect(expectError(refused, 'RATE_LIMITED').extensions?.retryAfterSeconds).toBeGreaterThan(0);
    const saved = (await app.dataSource.query('SELECT count(*)::int AS n FROM call_requests WHERE requester_id = $1', [caller.id]))[0].n;
    expect(saved).toBe(20);
    // Another user is not affected.
    expect((await requestCall(await app.login('admin@test.pulse'), { phone: '+79125559998' })).status).toBe('PENDING');
  });

  it('rate-limits a device far above a correct phone’s pace', async () => {
    const sim = await phone('other@test.pulse', 'greedy-phone', { autoClaim: false });
    const answers = [];
    for (let n = 0; n < 41; n += 1) answers.push(await app.gql(NEXT, { deviceId: 'greedy-phone', wait: 0 }, { token: sim.accessToken }));
    expect(answers.slice(0, 40).every((answer) => !answer.errors)).toBe(true);
    expect(expectError(answers[40], 'RATE_LIMITED').extensions?.retryAfterSeconds).toBeGreaterThan(0);
    // Another device of the same user is not affected.
    const calm = await phone('other@test.pulse', 'calm-phone', { autoClaim: false });
    expect((await app.gql(NEXT, { deviceId: 'calm-phone', wait: 0 }, { token: calm.accessToken })).errors).toBeUndefined();
  });
});

describe('sockets of revoked sessions', () => {
  it('closes the phone’s socket when the user signs out everywhere; the phone cannot come back', async () => {
    const sim = await phone('director@test.pulse', 'revoked-phone');
    const signedOut = collect<{ code: number }>(sim, 'signedOut');
    await sim.start();
    await waitFor(() => sim.connected, 'the phone to connect');
    const web = await app.login('director@test.pulse');
    await app.gql('mutation { logoutEverywhere }', {}, { token: web });
    const [event] = await waitFor(() => signedOut.length > 0 && signedOut, 'the phone to be signed out');
    expect(event.code).toBe(4401);
    expect(sim.connected).toBe(false);
  });
});

describe('the phone’s session', () => {
  it('refreshes an expired access token and reconnects, still receiving requests', async () => {
    const sim = await phone('admin@test.pulse', 'refreshing-phone', { autoClaim: false });
    const claims = JSON.parse(Buffer.from(sim.accessToken!.split('.')[0], 'base64url').toString('utf8'));
    sim.setSession({ accessToken: signAccessToken({ ...claims, exp: Math.floor(Date.now() / 1000) + 2 }, app.config.AUTH_SECRET) });
    const disconnected = collect<{ code: number }>(sim, 'disconnected');
    const received = collect<Record<string, any>>(sim, 'request');
    const firstRefresh = sim.refreshToken;
    await sim.start();
    await waitFor(() => sim.connected, 'the phone to connect');
    await waitFor(() => disconnected.some((event) => event.code === 4401), 'the expiry close', 6000);
    await waitFor(() => sim.connected, 'the phone to reconnect with fresh tokens');
    expect(sim.refreshToken).not.toBe(firstRefresh);
    await sleep(300);
    const web = await app.login('admin@test.pulse');
    const request = await requestCall(web, { phone: ROMASHKA_PHONE });
    await waitFor(() => received.some((item) => item.id === request.id), 'the request after the refresh');
    await sim.stop();
  });

  it('signs in with a password and registers itself', async () => {
    const sim = new PhoneSim({ url: app.url, deviceId: 'password-phone', deviceName: 'Password phone', mode: 'longpoll', waitSeconds: 5 });
    sims.push(sim);
    await sim.loginWithPassword('tmn-manager@test.pulse', 'correct-horse-42', '2.0.1');
    const [device] = await app.dataSource.query(`SELECT name, app_version FROM phone_devices WHERE device_id = 'password-phone'`);
    expect(device).toEqual({ name: 'Password phone', app_version: '2.0.1' });
    const reported = collect<Record<string, any>>(sim, 'reported');
    await sim.start();
    await sleep(300);
    const request = await requestCall(await app.login('tmn-manager@test.pulse'), { phone: ROMASHKA_PHONE });
    await waitFor(() => reported.some((call) => call.callRequestId === request.id), 'the long-polled call');
    await sim.stop();
  });
});

describe('call lists', () => {
  it('shows a manager his own calls, leadership its branch, and nobody else’s', async () => {
    const mine = await app.gql('query { myCalls(first: 100) { totalCount edges { node { user { email } } } } }', {}, { token: tokens.manager });
    expect(mine.data?.myCalls.totalCount).toBeGreaterThan(0);
    expect(new Set(mine.data?.myCalls.edges.map((edge: any) => edge.node.user.email))).toEqual(new Set(['manager@test.pulse']));
    const peek = await app.gql('query($f: CallFilter) { calls(filter: $f) { totalCount } }', { f: { userId: fx.users.manager.id } }, { token: tokens.otherManager });
    expect(peek.data?.calls.totalCount).toBe(0);
    const branch = await app.gql('query($f: CallFilter) { calls(filter: $f) { totalCount } }', { f: { userId: fx.users.manager.id } }, { token: tokens.head });
    expect(branch.data?.calls.totalCount).toBe(mine.data?.myCalls.totalCount);
    const other = await app.gql('query($f: CallFilter) { calls(filter: $f) { totalCount } }', { f: { userId: fx.users.manager.id } }, { token: tokens.tmnDirector });
    expect(other.data?.calls.totalCount).toBe(0);
    expectError(await app.gql('query($f: CallFilter) { calls(filter: $f) { totalCount } }', { f: { userId: 'x' } }, { token: tokens.head }), 'BAD_USER_INPUT', 'filter.userId');
  });

  it('serves Company.calls for a page of companies in a fixed number of statements, and pages on', async () => {
    const admin = await app.login('admin@test.pulse');
    await app.dataSource.query(
      `INSERT INTO companies (name, responsible_id, branch_id) SELECT 'Звонки ' || lpad(i::text, 2, '0'), $1, $2 FROM generate_series(1, 30) AS i`,
      [fx.users.manager.id, fx.branches.ekb],
    );
    await app.dataSource.query(
      `INSERT INTO calls (client_id, user_id, branch_id, company_id, phone, direction, outcome, source, started_at, duration_seconds)
       SELECT 'bulk-' || c.id || '-' || s, $1, $2, c.id, '+73430000000', 'OUTGOING', 'CONNECTED', 'PHONE', now() - s * interval '1 minute', s
         FROM companies c, generate_series(1, 4) AS s WHERE c.name LIKE 'Звонки %'`,
      [fx.users.manager.id, fx.branches.ekb],
    );
    const page = `query($first: Int) { companies(first: $first, filter: { search: "Звонки" }) { edges { node { name calls(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { node { durationSeconds user { fullName } } } } } } } }`;
    const statements = async (first: number) => {
      app.resetQueries();
      const answer = await app.gql(page, { first }, { token: admin });
      if (!answer.data) throw new Error(JSON.stringify(answer.errors));
      // The sign-in lookup is left out: the first request of a session pays it, later ones hit the session cache.
      return { count: app.queries.filter((sql) => !sql.includes('auth_sessions')).length, edges: answer.data.companies.edges };
    };
    const small = await statements(5);
    const large = await statements(25);
    expect(large.edges).toHaveLength(25);
    expect(large.count).toBe(small.count);
    for (const { node } of large.edges) {
      expect(node.calls.totalCount).toBe(4);
      expect(node.calls.edges.map((edge: any) => edge.node.durationSeconds)).toEqual([1, 2, 3]);
      expect(node.calls.pageInfo.hasNextPage).toBe(true);
    }
    const [first] = large.edges;
    const companyId = (await app.dataSource.query('SELECT id FROM companies WHERE name = $1', [first.node.name]))[0].id;
    const rest = await app.gql(
      'query($id: ID!, $after: String) { company(id: $id) { calls(first: 3, after: $after) { edges { node { durationSeconds } } pageInfo { hasNextPage } } } }',
      { id: companyId, after: first.node.calls.pageInfo.endCursor },
      { token: admin },
    );
    expect(rest.data?.company.calls.edges.map((edge: any) => edge.node.durationSeconds)).toEqual([4]);
    expect(rest.data?.company.calls.pageInfo.hasNextPage).toBe(false);
  });
});

describe('the phone simulator CLI', () => {
  it('signs in by QR text, receives a request, dials and reports it', async () => {
    const web = await app.login('group@test.pulse');
    const { qrPayload } = (await app.gql('mutation { createPhoneLoginToken { qrPayload } }', {}, { token: web })).data!.createPhoneLoginToken;
    const cli = resolve(__dirname, '../../../tools/phone-sim/cli.mjs');
    const child = spawn(process.execPath, [cli, '--url', app.url, '--qr', qrPayload, '--device-id', 'cli-phone', '--dial-ms', '10', '--outcome', 'BUSY']);
    const lines: Array<Record<string, any>> = [];
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      for (const line of parts) if (line.trim()) lines.push(JSON.parse(line));
    });
    try {
      await waitFor(() => lines.some((line) => line.event === 'connected'), 'the CLI to connect', 10_000);
      const request = await app.gql(REQUEST_CALL, { phone: ROMASHKA_PHONE }, { token: web });
      const reported = await waitFor(() => lines.find((line) => line.event === 'reported'), 'the CLI to report', 10_000);
      expect(reported).toMatchObject({ outcome: 'BUSY' });
      expect(lines.find((line) => line.event === 'request')).toMatchObject({ id: request.data!.requestCall.id, phone: '+734•••01' });
      expect(await statusOf(request.data!.requestCall.id)).toBe('COMPLETED');
    } finally {
      child.kill('SIGTERM');
    }
  });
});

/** A TCP relay to the API that can cut every connection and refuse new ones: a phone losing its network. */
async function flakyNetwork(targetPort: number) {
  const sockets = new Set<Socket>();
  let refusing = false;
  const server = createServer((client) => {
    if (refusing) return void client.destroy();
    const upstream = createConnection(targetPort, '127.0.0.1');
    for (const [from, to] of [[client, upstream], [upstream, client]] as const) {
      sockets.add(from);
      from.pipe(to);
      from.on('error', () => to.destroy());
      from.on('close', () => {
        sockets.delete(from);
        to.destroy();
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    cut: (refuse: boolean) => {
      refusing = refuse;
      if (refuse) for (const socket of sockets) socket.destroy();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('a phone losing its network', () => {
  it('reconnects with exponential back-off and picks up the request it missed', async () => {
    const network = await flakyNetwork(Number(new URL(app.url).port));
    try {
      const web = await app.login('group@test.pulse');
      const { qrPayload } = (await app.gql('mutation { createPhoneLoginToken { qrPayload } }', {}, { token: web })).data!.createPhoneLoginToken;
      const sim = new PhoneSim({ url: network.url, deviceId: 'flaky-phone', initialBackoffMs: 40, maxBackoffMs: 1000 });
      sims.push(sim);
      await sim.loginWithQrToken(qrPayload);
      const reconnecting = collect<{ attempt: number; delayMs: number }>(sim, 'reconnecting');
      const reported = collect<Record<string, any>>(sim, 'reported');
      await sim.start();
      await waitFor(() => sim.connected, 'the phone to connect');

      network.cut(true);
      await waitFor(() => !sim.connected, 'the phone to notice');
      const request = await app.gql(REQUEST_CALL, { phone: ROMASHKA_PHONE }, { token: web });
      await waitFor(() => reconnecting.some((event) => event.attempt >= 5), 'five reconnect attempts', 10_000);
      for (const { attempt, delayMs } of reconnecting.filter((event) => event.attempt >= 1 && event.attempt <= 5)) {
        const base = Math.min(1000, 40 * 2 ** (attempt - 1));
        expect(delayMs).toBeGreaterThanOrEqual(base / 2);
        expect(delayMs).toBeLessThanOrEqual(base);
      }
      expect(reported).toEqual([]);

      network.cut(false);
      const [call] = await waitFor(() => reported.length > 0 && reported, 'the missed request to be dialled after reconnecting', 10_000);
      expect(call.callRequestId).toBe(request.data!.requestCall.id);
      await sim.stop();
    } finally {
      await network.close();
    }
  });
});
