import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { type Client, createClient } from 'graphql-ws';

export type LiveStatus = 'connecting' | 'connected' | 'offline';

type Document<TResult> = DocumentTypeDecoration<TResult, Record<string, never>> & { toString(): string };

/** The API closes a socket whose access token expired or whose session was revoked (server.ts). */
const CLOSE_UNAUTHORIZED = 4401;
/** graphql-ws' answer when connection_init is refused: here, a missing or expired session cookie. */
const CLOSE_FORBIDDEN = 4403;
const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;
/** Keeps the socket through a route change that unmounts and remounts its subscribers. */
const LAZY_CLOSE_MS = 5_000;
/** Pings through proxies that drop idle connections (nginx proxy_read_timeout, NATs). */
const KEEP_ALIVE_MS = 25_000;

/** Refusals in a row after which renewing the session is pointless until the user is back (see waitBeforeRetry). */
const MAX_AUTH_RETRIES = 3;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves when the user comes back to the tab or the network returns. */
function nextWake(): Promise<void> {
  return new Promise((resolve) => {
    const wake = () => {
      if (document.visibilityState !== 'visible') return;
      window.removeEventListener('focus', wake);
      window.removeEventListener('online', wake);
      document.removeEventListener('visibilitychange', wake);
      resolve();
    };
    window.addEventListener('focus', wake);
    window.addEventListener('online', wake);
    document.addEventListener('visibilitychange', wake);
  });
}

/** Exponential back-off with jitter, so that a restarted API is not hit by every tab at the same moment. */
function retryDelayMs(attempt: number, random = Math.random()): number {
  const ceiling = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** attempt);
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}

function closeCodeOf(event: unknown): number | null {
  return typeof event === 'object' && event !== null && 'code' in event && typeof event.code === 'number' ? event.code : null;
}

/**
 * The tab's one graphql-ws socket to the API. It authenticates with the httpOnly session cookie the browser
 * sends on the handshake (JavaScript never sees the token), reconnects with back-off, and when the API says the
 * session is gone (4401/4403) first asks this site for a fresh cookie (`refreshSession`). Subscriptions
 * survive every reconnect: they are re-sent on the new socket.
 */
export class LiveConnection {
  private readonly client: Client;
  private status: LiveStatus = 'connecting';
  private readonly statusListeners = new Set<() => void>();
  private readonly connectListeners = new Set<() => void>();
  private lastCloseCode: number | null = null;
  private failures = 0;
  private authFailures = 0;

  constructor(
    url: string,
    private readonly refreshSession: () => Promise<unknown>,
  ) {
    this.client = createClient({
      url,
      lazy: true,
      lazyCloseTimeout: LAZY_CLOSE_MS,
      keepAlive: KEEP_ALIVE_MS,
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      retryWait: (retries) => this.waitBeforeRetry(retries),
      on: {
        connected: () => {
          this.failures = 0;
          this.authFailures = 0;
          this.lastCloseCode = null;
          this.setStatus('connected');
          for (const listener of this.connectListeners) listener();
        },
        closed: (event) => {
          this.lastCloseCode = closeCodeOf(event);
          this.setStatus('offline');
        },
      },
    });
  }

  getStatus = (): LiveStatus => this.status;

  onStatus = (listener: () => void): (() => void) => {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  };

  /** Called on every (re)connection: a subscriber re-reads what it may have missed while the socket was down. */
  onConnected(listener: () => void): () => void {
    this.connectListeners.add(listener);
    return () => this.connectListeners.delete(listener);
  }

  /** Delivers every event of `document` until the returned function is called, across reconnects. */
  subscribe<TResult>(document: Document<TResult>, onData: (data: TResult) => void): () => void {
    let active = true;
    let stop = () => {};
    const start = () => {
      stop = this.client.subscribe<TResult>(
        { query: document.toString() },
        {
          next: (result) => {
            if (result.data) onData(result.data);
          },
          // A fatal close (e.g. 4401 after an expired token) ends the subscription: renew and subscribe again.
          // GraphQL errors (an array) would only repeat: the subscription stays off until the page reloads.
          error: (error) => {
            if (!active || Array.isArray(error)) return;
            this.lastCloseCode = closeCodeOf(error) ?? this.lastCloseCode;
            void this.waitBeforeRetry(this.failures++).then(() => active && start());
          },
          complete: () => undefined,
        },
      );
    };
    start();
    return () => {
      active = false;
      stop();
    };
  }

  /**
   * Back-off before the next attempt. A refused session is renewed first; when renewing keeps failing (signed
   * out, or a page origin the API does not accept) the socket waits for the user to come back to the tab rather
   * than asking the server again every half minute.
   */
  private async waitBeforeRetry(attempt: number): Promise<void> {
    if (this.lastCloseCode === CLOSE_UNAUTHORIZED || this.lastCloseCode === CLOSE_FORBIDDEN) {
      this.authFailures += 1;
      if (this.authFailures > MAX_AUTH_RETRIES) await nextWake();
      await this.refreshSession().catch(() => undefined);
    }
    await sleep(retryDelayMs(attempt));
  }

  private setStatus(status: LiveStatus) {
    if (status === this.status) return;
    this.status = status;
    for (const listener of this.statusListeners) listener();
  }
}

const connections = new Map<string, LiveConnection>();

/** One connection per socket URL and tab, however many components subscribe. */
export function liveConnection(url: string, refreshSession: () => Promise<unknown>): LiveConnection {
  let connection = connections.get(url);
  if (!connection) {
    connection = new LiveConnection(url, refreshSession);
    connections.set(url, connection);
  }
  return connection;
}
