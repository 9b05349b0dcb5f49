import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestApp } from './test-app';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls a condition every 25 ms; a test that waits for a push fails with `what` instead of hanging. */
export async function waitFor<T>(check: () => T | undefined | null | false | Promise<T | undefined | null | false>, what: string, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

export interface LiveSubscription<T = Record<string, any>> {
  events: T[];
  errors: unknown[];
  closeCode: number | null;
  client: Client;
}

/**
 * A graphql-ws client with one subscription, collecting what `field` delivers; resolves once the socket is
 * accepted and the server had a moment to subscribe (Redis included).
 */
export async function liveSubscription<T = Record<string, any>>(
  target: TestApp,
  token: string,
  query: string,
  field: string,
  variables: Record<string, unknown> = {},
): Promise<LiveSubscription<T>> {
  let connected = false;
  const live: LiveSubscription<T> = { events: [], errors: [], closeCode: null, client: undefined as unknown as Client };
  live.client = createClient({
    url: target.wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
    on: {
      connected: () => {
        connected = true;
      },
      closed: (event) => {
        live.closeCode = (event as { code: number }).code;
      },
    },
  });
  live.client.subscribe(
    { query, variables },
    {
      next: (result) => {
        if (result.errors) live.errors.push(...result.errors);
        else live.events.push(result.data?.[field] as T);
      },
      error: (error) => void live.errors.push(error),
      complete: () => undefined,
    },
  );
  await waitFor(() => connected, 'the socket to connect');
  await sleep(250);
  return live;
}
