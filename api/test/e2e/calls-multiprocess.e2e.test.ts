import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PhoneSim, type PhoneSimOptions } from '../../../tools/phone-sim/phone-sim.mjs';
import { AgendaJobs } from '../../src/jobs/agenda-jobs';
import { jobDefinitions } from '../../src/jobs/registry';
import { createLogger } from '../../src/logger';
import { CALL_REQUEST_EXPIRY_JOB } from '../../src/modules/calls/call.jobs';
import { createFixtures, type Fixtures, insertCompany } from '../helpers/fixtures';
import { type LiveSubscription, liveSubscription, sleep, waitFor } from '../helpers/live';
import { expectError, startTestApp, type TestApp } from '../helpers/test-app';

/** Two API processes and a job worker on one database and one Redis: the phone and the web sit on different ones. */
let a: TestApp;
let b: TestApp;
let worker: AgendaJobs;
let fx: Fixtures;
let company: string;
const sims: PhoneSim[] = [];
const lives: LiveSubscription[] = [];

const REQUEST_CALL = 'mutation($phone: String!, $companyId: ID) { requestCall(phone: $phone, companyId: $companyId) { id status } }';
const CLAIM = 'mutation($id: ID!, $deviceId: ID!) { claimCallRequest(id: $id, deviceId: $deviceId) { id status } }';

async function phone(target: TestApp, email: string, deviceId: string, options: Partial<PhoneSimOptions> = {}): Promise<PhoneSim> {
  const web = await target.login(email);
  const created = await target.gql('mutation { createPhoneLoginToken { qrPayload } }', {}, { token: web });
  const sim = new PhoneSim({ url: target.url, deviceId, initialBackoffMs: 50, ...options });
  await sim.loginWithQrToken(created.data!.createPhoneLoginToken.qrPayload);
  sims.push(sim);
  return sim;
}

async function requestCall(target: TestApp, token: string, companyId: string | null = null): Promise<string> {
  const result = await target.gql(REQUEST_CALL, { phone: '+73432000001', companyId }, { token });
  if (!result.data?.requestCall) throw new Error(JSON.stringify(result.errors));
  return result.data.requestCall.id;
}

function collect<T>(sim: PhoneSim, event: string): T[] {
  const seen: T[] = [];
  sim.on(event, (value: T) => seen.push(value));
  return seen;
}

const statusOf = async (id: string) => (await a.dataSource.query('SELECT status FROM call_requests WHERE id = $1', [id]))[0].status as string;

beforeAll(async () => {
  a = await startTestApp('calls_mp', { redis: true });
  b = await startTestApp('calls_mp-b', { redis: true, shareWith: a });
  fx = await createFixtures(a.dataSource);
  company = await insertCompany(a.dataSource, { name: 'ООО Ромашка', responsibleId: fx.users.manager.id, branchId: fx.branches.ekb });
  worker = new AgendaJobs(jobDefinitions, () => a.services, {
    databaseUrl: a.db.url,
    processEveryMs: 200,
    lockLifetimeMs: 2000,
    name: 'calls-worker',
    logger: createLogger('silent'),
  });
});

afterAll(async () => {
  await Promise.all(sims.map((sim) => sim.stop()));
  await Promise.all(lives.map((live) => live.client.dispose()));
  await worker?.stop();
  await b?.close();
  await a?.close();
});

describe('click-to-call across API processes', () => {
  it('delivers a request raised on one process to the phone on the other, and the result back to the web', async () => {
    const sim = await phone(b, 'manager@test.pulse', 'mp-phone', { dialMs: 20 });
    const reported = collect<Record<string, any>>(sim, 'reported');
    await sim.start();
    await waitFor(() => sim.connected, 'the phone to connect');
    const web = await a.login('manager@test.pulse');
    const calls = await liveSubscription(a, web, 'subscription { callUpdated { id callRequestId companyId outcome } }', 'callUpdated');
    const updates = await liveSubscription(a, web, 'subscription { callRequestUpdated { id status } }', 'callRequestUpdated');
    lives.push(calls, updates);

    const id = await requestCall(a, web, company);
    const [call] = await waitFor(() => reported.length > 0 && reported, 'the phone on the other process to report');
    expect(call).toMatchObject({ callRequestId: id, companyId: company, source: 'CLICK_TO_CALL' });
    const [live] = await waitFor(() => calls.events.length > 0 && calls.events, 'callUpdated on the web process');
    expect(live).toMatchObject({ id: call.id, callRequestId: id, companyId: company, outcome: 'CONNECTED' });
    await waitFor(() => updates.events.some((event) => event.status === 'COMPLETED'), 'the COMPLETED update');
    expect(updates.events.map((event) => event.status).join(' ')).toMatch(/^(DELIVERED )?DIALING COMPLETED$/);
    await sim.stop();
  });

  it('lets exactly one of two devices on two processes win each request', async () => {
    const onA = await phone(a, 'other@test.pulse', 'mp-race-a');
    const onB = await phone(b, 'other@test.pulse', 'mp-race-b');
    const claimed = [onA, onB].map((sim) => collect<Record<string, any>>(sim, 'claimed'));
    const conflicts = [onA, onB].map((sim) => collect<Record<string, any>>(sim, 'conflict'));
    const reported = [onA, onB].map((sim) => collect<Record<string, any>>(sim, 'reported'));
    await Promise.all([onA.start(), onB.start()]);
    await waitFor(() => onA.connected && onB.connected, 'both phones');
    const web = await a.login('other@test.pulse');
    const ids: string[] = [];
    for (let n = 0; n < 6; n += 1) ids.push(await requestCall(n % 2 ? a : b, web));
    await waitFor(() => reported.flat().length === 6 && conflicts.flat().length === 6, 'every race to end', 10_000);
    for (const id of ids) {
      expect(claimed.flat().filter((request) => request.id === id)).toHaveLength(1);
      expect(conflicts.flat().filter(({ request }) => request.id === id).map(({ code }) => code)).toEqual(['CONFLICT']);
      expect(await statusOf(id)).toBe('COMPLETED');
    }
    const [{ n }] = await a.dataSource.query('SELECT count(*)::int AS n FROM calls WHERE call_request_id = ANY($1::uuid[])', [ids]);
    expect(n).toBe(6);
    await Promise.all([onA.stop(), onB.stop()]);
  });

  it('answers a long-poll held on one process when the request is raised on the other', async () => {
    const sim = await phone(b, 'head@test.pulse', 'mp-poll', { autoClaim: false });
    const waiting = sim.requestFull('query($d: ID!) { nextCallRequest(deviceId: $d, waitSeconds: 20) { id status } }', { d: 'mp-poll' });
    await sleep(400);
    const startedAt = Date.now();
    const id = await requestCall(a, await a.login('head@test.pulse'));
    const { data, extensions } = await waiting;
    expect(Date.now() - startedAt).toBeLessThan(5000);
    expect(data.nextCallRequest).toEqual({ id, status: 'DELIVERED' });
    expect(extensions.nextPollSeconds).toBe(0);
  });

  it('never hands a subscriber on the other process another user’s request', async () => {
    const bystander = await phone(b, 'tmn-director@test.pulse', 'mp-bystander', { autoClaim: false });
    const owner = await phone(b, 'director@test.pulse', 'mp-owner', { autoClaim: false });
    const seenByBystander = collect<Record<string, any>>(bystander, 'request');
    const seenByOwner = collect<Record<string, any>>(owner, 'request');
    await Promise.all([bystander.start(), owner.start()]);
    await waitFor(() => bystander.connected && owner.connected, 'both phones');
    const id = await requestCall(a, await a.login('director@test.pulse'));
    await waitFor(() => seenByOwner.some((request) => request.id === id), 'the owner’s phone');
    await sleep(300);
    expect(seenByBystander).toEqual([]);
    await Promise.all([bystander.stop(), owner.stop()]);
  });

  it('expires a request in the worker process; the web on another process hears it and the phone cannot claim it', async () => {
    const sim = await phone(b, 'group@test.pulse', 'mp-expiry', { autoClaim: false });
    const web = await b.login('group@test.pulse');
    const updates = await liveSubscription(b, web, 'subscription { callRequestUpdated { id status } }', 'callRequestUpdated');
    lives.push(updates);
    const id = await requestCall(a, await a.login('group@test.pulse'));
    await a.dataSource.query(`UPDATE call_requests SET expires_at = now() - interval '1 second' WHERE id = $1`, [id]);
    await worker.start();
    await worker.enqueue(CALL_REQUEST_EXPIRY_JOB, {});
    await waitFor(async () => (await statusOf(id)) === 'EXPIRED', 'the worker to expire the request', 15_000);
    await waitFor(() => updates.events.some((event) => event.id === id && event.status === 'EXPIRED'), 'the EXPIRED update');
    const refused = expectError(await b.gql(CLAIM, { id, deviceId: 'mp-expiry' }, { token: sim.accessToken }), 'CONFLICT');
    expect(refused.extensions?.status).toBe('EXPIRED');
  });

  it('closes the phone’s socket on the other process when its sessions are revoked', async () => {
    const sim = await phone(b, 'admin@test.pulse', 'mp-revoked');
    const signedOut = collect<{ code: number }>(sim, 'signedOut');
    await sim.start();
    await waitFor(() => sim.connected, 'the phone');
    await a.gql('mutation { logoutEverywhere }', {}, { token: await a.login('admin@test.pulse') });
    const [event] = await waitFor(() => signedOut.length > 0 && signedOut, 'the phone to be signed out');
    expect(event.code).toBe(4401);
  });
});
