'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useTransition } from 'react';
import { useCallActivity } from '@/components/calls/call-activity';
import { useLiveReconnect, useLiveStatus, useLiveSubscription } from '@/components/live/live-provider';
import { NotificationAddedSubscription } from '@/lib/operations/notifications';

/** Several events in a burst (a phone uploading its queue, a bulk transfer) make one re-read. */
const DEBOUNCE_MS = 800;

/**
 * Keeps the dashboard current without polling: a new notification (a task assigned, a company transferred, a
 * contract reminder) or a call reported by the user's phone re-reads the page on the server; so does a
 * reconnect of the live socket, since events may have been missed while it was down.
 */
export function DashboardLive() {
  const router = useRouter();
  const { onCall } = useCallActivity();
  const status = useLiveStatus();
  const [refreshing, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** Whether the socket has been up since this page rendered: its first connection brings nothing new. */
  const wasConnected = useRef(false);

  const refreshSoon = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      startTransition(() => router.refresh());
    }, DEBOUNCE_MS);
  }, [router]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  useEffect(() => {
    if (status === 'connected') wasConnected.current = true;
  }, [status]);

  useLiveSubscription(NotificationAddedSubscription, refreshSoon);
  useEffect(() => onCall(refreshSoon), [onCall, refreshSoon]);
  useLiveReconnect(() => {
    if (wasConnected.current) refreshSoon();
    wasConnected.current = true;
  });
  return <span hidden data-testid="dashboard-live" data-status={status} data-refreshing={refreshing || undefined} />;
}
