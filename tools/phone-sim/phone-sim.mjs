// Reference phone client: behaves as the Android app does (see README "Reference phone client").
// Plain ESM on the graphql-ws and ws packages, so that tests, benchmarks and people run the same code.
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const CALL_REQUEST_FIELDS = 'id phone phoneE164 note status companyId contactId expiresAt createdAt';
const CALL_FIELDS = 'id clientId callRequestId companyId contactId phone direction outcome source startedAt durationSeconds isColdCall';
/** Close codes after which reconnecting with the same token is pointless: 4401 revoked/expired, 4403 refused. */
const AUTH_CLOSE_CODES = new Set([4401, 4403]);

const sleep = (ms, signal) =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

/** A GraphQL error answered by the API, with its `extensions.code` (CONFLICT, RATE_LIMITED, …). */
export class PhoneSimError extends Error {
  constructor(errors) {
    super(errors[0]?.message ?? 'GraphQL error');
    this.name = 'PhoneSimError';
    this.errors = errors;
    this.code = errors[0]?.extensions?.code ?? null;
    this.extensions = errors[0]?.extensions ?? {};
  }
}

/**
 * One simulated phone. Events: 'connected', 'disconnected' ({ code }), 'reconnecting' ({ attempt, delayMs }),
 * 'request' (a call request received), 'claimed', 'conflict' (another device won), 'dialing', 'reported'
 * (the stored call), 'queued' (offline), 'flushed' (calls of a batch), 'poll' ({ request, nextPollSeconds }),
 * 'signedOut' (the session is over), 'failure' (an unexpected error; not 'error', which would throw without a listener).
 */
export class PhoneSim extends EventEmitter {
  /**
   * @param {object} options
   * @param {string} options.url            API base, e.g. http://127.0.0.1:4000 (GraphQL at /graphql, same path for ws)
   * @param {string} options.deviceId       the app's own device id
   * @param {string} [options.deviceName]
   * @param {'push'|'longpoll'} [options.mode]  push: graphql-ws subscription; longpoll: nextCallRequest(waitSeconds)
   * @param {number} [options.waitSeconds]  long-poll wait (≤ 25)
   * @param {boolean} [options.autoClaim]   claim, dial and report every request received (default true)
   * @param {number} [options.dialMs]       simulated dialling time before the result
   * @param {string} [options.outcome]      CONNECTED, NO_ANSWER, BUSY, REJECTED, FAILED, UNKNOWN
   * @param {number} [options.durationSeconds]
   * @param {number} [options.initialBackoffMs] first reconnect delay; doubles up to maxBackoffMs
   * @param {number} [options.maxBackoffMs]
   */
  constructor(options) {
    super();
    this.url = options.url.replace(/\/$/, '');
    this.wsUrl = `${this.url.replace(/^http/, 'ws')}/graphql`;
    this.deviceId = options.deviceId;
    this.deviceName = options.deviceName ?? `Phone ${options.deviceId}`;
    this.mode = options.mode ?? 'push';
    this.waitSeconds = options.waitSeconds ?? 25;
    this.autoClaim = options.autoClaim ?? true;
    this.dialMs = options.dialMs ?? 0;
    this.outcome = options.outcome ?? 'CONNECTED';
    this.durationSeconds = options.durationSeconds ?? 30;
    this.initialBackoffMs = options.initialBackoffMs ?? 250;
    this.maxBackoffMs = options.maxBackoffMs ?? 30_000;
    this.accessToken = null;
    this.refreshToken = null;
    this.user = null;
    this.offline = false;
    /** Results made while offline, uploaded in one reportCallResults batch when back online. */
    this.queue = [];
    this.client = null;
    this.running = false;
    this.connected = false;
    this.abort = null;
    this.seen = new Set();
  }

  // ---- sign-in ----

  /** Step 1 (QR): the web shows a QR of `<web>/phone-login#token=…`; the phone trades the token for its own session. */
  async loginWithQrToken(tokenOrPayload) {
    const token = String(tokenOrPayload).replace(/^.*#token=/, '');
    const data = await this.request(
      `mutation($token: String!, $deviceId: ID!, $deviceName: String!) {
         exchangePhoneLoginToken(token: $token, deviceId: $deviceId, deviceName: $deviceName) { accessToken refreshToken user { id fullName } }
       }`,
      { token, deviceId: this.deviceId, deviceName: this.deviceName },
      { anonymous: true },
    );
    this.setSession(data.exchangePhoneLoginToken);
    return data.exchangePhoneLoginToken;
  }

  /** The alternative: e-mail and password on the phone, then registerDevice. */
  async loginWithPassword(email, password, appVersion = 'phone-sim') {
    const data = await this.request(
      'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken refreshToken user { id fullName } } }',
      { email, password },
      { anonymous: true },
    );
    this.setSession(data.login);
    await this.request('mutation($deviceId: ID!, $name: String!, $appVersion: String) { registerDevice(deviceId: $deviceId, name: $name, appVersion: $appVersion) { id } }', {
      deviceId: this.deviceId,
      name: this.deviceName,
      appVersion,
    });
    return data.login;
  }

  setSession({ accessToken, refreshToken, user }) {
    this.accessToken = accessToken;
    this.refreshToken = refreshToken ?? this.refreshToken;
    if (user) this.user = user;
  }

  /** Rotates the tokens; false when the session is over (revoked, expired): the user must scan a new QR code. */
  async refresh() {
    if (!this.refreshToken) return false;
    try {
      const data = await this.request('mutation($token: String) { refreshToken(token: $token) { accessToken refreshToken } }', { token: this.refreshToken }, { anonymous: true, noRefresh: true });
      this.setSession(data.refreshToken);
      return true;
    } catch (error) {
      if (error instanceof PhoneSimError) return false;
      throw error;
    }
  }

  // ---- lifecycle ----

  /** Starts receiving call requests (push: a socket with reconnection; longpoll: a nextCallRequest loop). */
  async start() {
    if (this.running) return;
    this.running = true;
    this.abort = new AbortController();
    if (this.mode === 'longpoll') {
      this.pollLoop = this.longPoll();
      return;
    }
    await this.connect(0);
  }

  async stop() {
    this.running = false;
    this.abort?.abort();
    clearTimeout(this.reconnectTimer);
    await this.client?.dispose();
    this.client = null;
    await this.pollLoop;
  }

  /** Offline: the socket goes away and results queue up; back online: one batch upload, then reconnect. */
  async setOffline(offline) {
    if (offline === this.offline) return;
    this.offline = offline;
    if (offline) {
      const wasRunning = this.running;
      await this.stop();
      this.resumeOnline = wasRunning;
      return;
    }
    await this.flush();
    if (this.resumeOnline) await this.start();
  }

  // ---- push ----

  async connect(attempt) {
    if (!this.running) return;
    let opened = false;
    const client = createClient({
      url: this.wsUrl,
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 0,
      keepAlive: 15_000,
      connectionParams: () => ({ authorization: `Bearer ${this.accessToken}` }),
      onNonLazyError: () => undefined,
      on: {
        connected: () => {
          opened = true;
          this.connected = true;
          this.emit('connected');
          // What arrived while the socket was down: one look, then pushes.
          this.catchUp().catch((error) => this.emit('failure', error));
        },
        closed: (event) => {
          if (this.client !== client) return;
          this.connected = false;
          this.client = null;
          const code = event?.code ?? 0;
          this.emit('disconnected', { code });
          void this.reconnect(code, opened ? 0 : attempt + 1);
        },
      },
    });
    this.client = client;
    client.subscribe(
      { query: `subscription($deviceId: ID!) { callRequested(deviceId: $deviceId) { ${CALL_REQUEST_FIELDS} } }`, variables: { deviceId: this.deviceId } },
      {
        next: (result) => {
          if (result.errors) this.emit('failure', new PhoneSimError(result.errors));
          else if (result.data?.callRequested) void this.handle(result.data.callRequested);
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
  }

  /** Exponential back-off with jitter; 4401/4403 first try a token refresh, and give up when the session is over. */
  async reconnect(code, attempt) {
    if (!this.running) return;
    if (AUTH_CLOSE_CODES.has(code) && !(await this.refresh())) {
      this.running = false;
      this.emit('signedOut', { code });
      return;
    }
    const base = Math.min(this.maxBackoffMs, this.initialBackoffMs * 2 ** Math.max(0, attempt - 1));
    const delayMs = attempt === 0 ? 0 : Math.round(base / 2 + Math.random() * (base / 2));
    this.emit('reconnecting', { attempt, delayMs });
    this.reconnectTimer = setTimeout(() => void this.connect(attempt), delayMs);
  }

  async catchUp() {
    const data = await this.request(`query($deviceId: ID!) { nextCallRequest(deviceId: $deviceId, waitSeconds: 0) { ${CALL_REQUEST_FIELDS} } }`, { deviceId: this.deviceId });
    if (data.nextCallRequest) await this.handle(data.nextCallRequest);
  }

  // ---- long-poll ----

  async longPoll() {
    let failures = 0;
    while (this.running) {
      try {
        const { data, extensions } = await this.requestFull(
          `query($deviceId: ID!, $wait: Int) { nextCallRequest(deviceId: $deviceId, waitSeconds: $wait) { ${CALL_REQUEST_FIELDS} } }`,
          { deviceId: this.deviceId, wait: this.waitSeconds },
        );
        failures = 0;
        const nextPollSeconds = extensions?.nextPollSeconds ?? 5;
        this.emit('poll', { request: data.nextCallRequest, nextPollSeconds });
        if (data.nextCallRequest) await this.handle(data.nextCallRequest);
        if (nextPollSeconds > 0) await sleep(nextPollSeconds * 1000, this.abort.signal);
      } catch (error) {
        if (!this.running) return;
        if (error instanceof PhoneSimError && error.code === 'UNAUTHENTICATED') {
          this.running = false;
          this.emit('signedOut', { code: 401 });
          return;
        }
        failures += 1;
        const retryAfter = error instanceof PhoneSimError && error.code === 'RATE_LIMITED' ? error.extensions.retryAfterSeconds * 1000 : 0;
        const delayMs = Math.max(retryAfter, Math.min(this.maxBackoffMs, this.initialBackoffMs * 2 ** (failures - 1)));
        this.emit('reconnecting', { attempt: failures, delayMs });
        await sleep(delayMs, this.abort.signal);
      }
    }
  }

  // ---- a call ----

  /** A request arrived (push or poll): claim it; the winner dials and reports, a loser hears CONFLICT and moves on. */
  async handle(request) {
    if (this.seen.has(request.id)) return;
    this.seen.add(request.id);
    this.emit('request', request);
    if (!this.autoClaim) return;
    let claimed;
    try {
      claimed = await this.claim(request.id);
    } catch (error) {
      if (error instanceof PhoneSimError && (error.code === 'CONFLICT' || error.code === 'NOT_FOUND')) {
        this.emit('conflict', { request, code: error.code, status: error.extensions.status ?? null });
        return;
      }
      this.emit('failure', error);
      return;
    }
    this.emit('claimed', claimed);
    this.emit('dialing', claimed);
    await sleep(this.dialMs);
    await this.record({ callRequestId: claimed.id, phone: claimed.phoneE164, companyId: claimed.companyId, contactId: claimed.contactId });
  }

  async claim(id) {
    const data = await this.request(`mutation($id: ID!, $deviceId: ID!) { claimCallRequest(id: $id, deviceId: $deviceId) { ${CALL_REQUEST_FIELDS} } }`, {
      id,
      deviceId: this.deviceId,
    });
    return data.claimCallRequest;
  }

  /** A finished call (from a request, or made on the phone itself): reported now, or queued while offline. */
  async record(call) {
    const input = {
      clientId: call.clientId ?? randomUUID(),
      callRequestId: call.callRequestId ?? null,
      deviceId: this.deviceId,
      companyId: call.companyId ?? null,
      contactId: call.contactId ?? null,
      phone: call.phone,
      direction: call.direction ?? 'OUTGOING',
      outcome: call.outcome ?? this.outcome,
      startedAt: call.startedAt ?? new Date(Date.now() - (call.durationSeconds ?? this.durationSeconds) * 1000).toISOString(),
      durationSeconds: call.durationSeconds ?? this.durationSeconds,
      isColdCall: call.isColdCall ?? false,
      note: call.note ?? null,
    };
    if (this.offline) {
      this.queue.push(input);
      this.emit('queued', input);
      return input;
    }
    try {
      const data = await this.request(`mutation($input: CallResultInput!) { reportCallResult(input: $input) { ${CALL_FIELDS} } }`, { input });
      this.emit('reported', data.reportCallResult);
      return data.reportCallResult;
    } catch (error) {
      // The network is the likely culprit: keep the result for the next batch rather than lose it.
      if (!(error instanceof PhoneSimError)) this.queue.push(input);
      this.emit('failure', error);
      return input;
    }
  }

  /** Uploads the queued results in one batch (the same clientIds again after a lost answer change nothing). */
  async flush() {
    if (this.queue.length === 0) return [];
    const batch = this.queue.slice(0, 500);
    const data = await this.request(`mutation($inputs: [CallResultInput!]!) { reportCallResults(inputs: $inputs) { ${CALL_FIELDS} } }`, { inputs: batch });
    this.queue.splice(0, batch.length);
    this.emit('flushed', data.reportCallResults);
    if (this.queue.length > 0) return [...data.reportCallResults, ...(await this.flush())];
    return data.reportCallResults;
  }

  // ---- HTTP ----

  async request(query, variables, options = {}) {
    return (await this.requestFull(query, variables, options)).data;
  }

  /** POST /graphql with the bearer token; one refresh and retry on UNAUTHENTICATED. Returns { data, extensions }. */
  async requestFull(query, variables, options = {}) {
    const headers = { 'content-type': 'application/json' };
    if (!options.anonymous && this.accessToken) headers.authorization = `Bearer ${this.accessToken}`;
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
      signal: this.running ? this.abort?.signal : undefined,
    });
    const body = await response.json();
    if (body.errors?.length) {
      const error = new PhoneSimError(body.errors);
      if (error.code === 'UNAUTHENTICATED' && !options.anonymous && !options.noRefresh && (await this.refresh())) {
        return this.requestFull(query, variables, { ...options, noRefresh: true });
      }
      throw error;
    }
    return { data: body.data, extensions: body.extensions ?? {} };
  }
}
