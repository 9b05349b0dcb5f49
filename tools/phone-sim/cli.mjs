#!/usr/bin/env node
// Reference phone client, command line: node tools/phone-sim/cli.mjs --url http://127.0.0.1:4000 --qr '<QR text>'
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { PhoneSim } from './phone-sim.mjs';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:4000' },
    qr: { type: 'string' },
    email: { type: 'string' },
    password: { type: 'string' },
    'device-id': { type: 'string', default: `phone-sim-${randomUUID().slice(0, 8)}` },
    name: { type: 'string', default: 'Phone simulator' },
    mode: { type: 'string', default: 'push' },
    wait: { type: 'string', default: '25' },
    'dial-ms': { type: 'string', default: '2000' },
    outcome: { type: 'string', default: 'CONNECTED' },
    duration: { type: 'string', default: '42' },
    'offline-after': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help || (!values.qr && !values.email)) {
  console.log(`Usage: node tools/phone-sim/cli.mjs --url <API base> (--qr <QR text or token> | --email <e-mail> --password <password>)
  [--device-id id] [--name text] [--mode push|longpoll] [--wait 0-25] [--dial-ms ms] [--outcome CONNECTED|NO_ANSWER|BUSY|REJECTED|FAILED|UNKNOWN]
  [--duration seconds] [--offline-after n]   (go offline after n calls: results queue up; Ctrl-C uploads them in one batch)`);
  process.exit(values.help ? 0 : 2);
}

const phone = new PhoneSim({
  url: values.url,
  deviceId: values['device-id'],
  deviceName: values.name,
  mode: values.mode === 'longpoll' ? 'longpoll' : 'push',
  waitSeconds: Number(values.wait),
  dialMs: Number(values['dial-ms']),
  outcome: values.outcome,
  durationSeconds: Number(values.duration),
});

/** Numbers are shown with their middle hidden: the terminal may be shared or recorded. */
const mask = (number) => (number ? `${number.slice(0, 4)}•••${number.slice(-2)}` : number);
const log = (event, detail = {}) => console.log(JSON.stringify({ at: new Date().toISOString(), event, ...detail }));

let calls = 0;
const offlineAfter = values['offline-after'] ? Number(values['offline-after']) : null;
phone.on('connected', () => log('connected'));
phone.on('disconnected', ({ code }) => log('disconnected', { code }));
phone.on('reconnecting', (detail) => log('reconnecting', detail));
phone.on('poll', ({ request, nextPollSeconds }) => log('poll', { request: request?.id ?? null, nextPollSeconds }));
phone.on('request', (request) => log('request', { id: request.id, phone: mask(request.phoneE164) }));
phone.on('claimed', (request) => log('claimed', { id: request.id }));
phone.on('conflict', ({ request, code, status }) => log('conflict', { id: request.id, code, status }));
phone.on('dialing', (request) => log('dialing', { id: request.id, phone: mask(request.phoneE164) }));
phone.on('reported', (call) => {
  log('reported', { id: call.id, clientId: call.clientId, outcome: call.outcome, durationSeconds: call.durationSeconds });
  calls += 1;
  if (offlineAfter !== null && calls >= offlineAfter) void phone.setOffline(true).then(() => log('offline'));
});
phone.on('queued', (input) => log('queued', { clientId: input.clientId, queued: phone.queue.length }));
phone.on('flushed', (stored) => log('flushed', { calls: stored.length }));
phone.on('signedOut', ({ code }) => {
  log('signedOut', { code });
  process.exit(1);
});
phone.on('failure', (error) => log('error', { message: error.message, code: error.code ?? null }));

if (values.qr) await phone.loginWithQrToken(values.qr);
else await phone.loginWithPassword(values.email, values.password);
log('signedIn', { user: phone.user?.fullName, deviceId: phone.deviceId, mode: phone.mode });
await phone.start();

process.on('SIGINT', async () => {
  if (phone.offline) await phone.setOffline(false).catch((error) => log('error', { message: error.message }));
  await phone.stop();
  process.exit(0);
});
