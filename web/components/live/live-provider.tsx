'use client';

import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { createContext, useCallback, useContext, useEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { browserGql } from '@/lib/live/browser-gql';
import { liveConnection, type LiveStatus } from '@/lib/live/live-connection';
import { type LiveSocketSpec, liveSocketUrl } from '@/lib/live/socket-url';
import { UnreadNotificationCountQuery } from '@/lib/operations/notifications';

const LiveContext = createContext<LiveSocketSpec | null>(null);

/** Any read through this site's /graphql renews the session cookie (proxy.ts) that the socket presents. */
const refreshSession = () => browserGql(UnreadNotificationCountQuery);

/**
 * Tells the app shell where the tab's live-updates socket is. The socket itself is opened in the browser by
 * the first subscriber (there is nothing to open while rendering on the server) and shared by all of them.
 */
export function LiveProvider({ socket, children }: { socket: LiveSocketSpec; children: ReactNode }) {
  return <LiveContext.Provider value={socket}>{children}</LiveContext.Provider>;
}

/** The socket URL in the browser; null while rendering on the server and outside the app shell. */
function useSocketUrl(): string | null {
  const spec = useContext(LiveContext);
  return spec && typeof window !== 'undefined' ? liveSocketUrl(spec, window.location) : null;
}

/** Keeps the newest callback without re-subscribing on every render. */
function useLatest<T>(value: T) {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}

type Document<TResult> = DocumentTypeDecoration<TResult, Record<string, never>> & { toString(): string };

/** Calls `onData` for every event of the subscription while the component is mounted. */
export function useLiveSubscription<TResult>(document: Document<TResult>, onData: (data: TResult) => void): void {
  const url = useSocketUrl();
  const latest = useLatest(onData);
  useEffect(() => {
    if (url) return liveConnection(url, refreshSession).subscribe(document, (data) => latest.current(data));
  }, [url, document, latest]);
}

/** Calls `onConnect` whenever the socket (re)connects, to re-read what may have been missed meanwhile. */
export function useLiveReconnect(onConnect: () => void): void {
  const url = useSocketUrl();
  const latest = useLatest(onConnect);
  useEffect(() => {
    if (url) return liveConnection(url, refreshSession).onConnected(() => latest.current());
  }, [url, latest]);
}

/** 'connected' while pushes arrive; otherwise callers fall back to re-reading when the tab regains focus. */
export function useLiveStatus(): LiveStatus {
  const url = useSocketUrl();
  const subscribe = useCallback((listener: () => void) => (url ? liveConnection(url, refreshSession).onStatus(listener) : () => undefined), [url]);
  return useSyncExternalStore(
    subscribe,
    () => (url ? liveConnection(url, refreshSession).getStatus() : 'offline'),
    () => 'connecting',
  );
}
