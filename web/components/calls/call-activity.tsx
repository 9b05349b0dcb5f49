'use client';

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLiveReconnect, useLiveSubscription } from '@/components/live/live-provider';
import type { CallItemFragment, CallRequestItemFragment, CallRequestStatus } from '@/lib/gql/graphql';
import { browserGql } from '@/lib/live/browser-gql';
import { CallRequestQuery, CallRequestUpdatedSubscription, CallUpdatedSubscription, MyRecentCallsQuery } from '@/lib/operations/calls';

export type CallRequestItem = CallRequestItemFragment;
export type CallItem = CallItemFragment;

/** How far along a request is: an event never moves it back (a push may overtake the mutation's own answer). */
const STATUS_STEP: Record<CallRequestStatus, number> = { PENDING: 0, DELIVERED: 1, DIALING: 2, COMPLETED: 3, CANCELLED: 3, EXPIRED: 3 };
const RECENT_CALLS_TO_MATCH = 10;

export function isFinal(status: CallRequestStatus): boolean {
  return STATUS_STEP[status] === 3;
}

function newer(current: CallRequestItem | undefined, incoming: CallRequestItem): CallRequestItem {
  return current && STATUS_STEP[current.status] > STATUS_STEP[incoming.status] ? current : incoming;
}

type CallActivity = {
  /** The freshest known state of the viewer's call request. */
  request: (id: string) => CallRequestItem | undefined;
  /** The call the phone reported for that request, once it has. */
  callFor: (requestId: string) => CallItem | undefined;
  track: (request: CallRequestItem) => void;
  /** Every call reported live (e.g. to keep a company's call list current); returns the unsubscribe. */
  onCall: (listener: (call: CallItem) => void) => () => void;
};

const CallActivityContext = createContext<CallActivity | null>(null);

/**
 * The viewer's click-to-call activity for the whole tab: one `callRequestUpdated` and one `callUpdated`
 * subscription on the shared socket, however many call buttons and call lists the page shows. After a
 * reconnect, requests still under way are re-read, since their pushes may have been missed.
 */
export function CallActivityProvider({ children }: { children: ReactNode }) {
  const [requests, setRequests] = useState<Record<string, CallRequestItem>>({});
  const [calls, setCalls] = useState<Record<string, CallItem>>({});
  const listeners = useRef(new Set<(call: CallItem) => void>());
  const requestsRef = useRef(requests);
  useEffect(() => {
    requestsRef.current = requests;
  });

  const track = useCallback((request: CallRequestItem) => setRequests((current) => ({ ...current, [request.id]: newer(current[request.id], request) })), []);
  const onCall = useCallback((listener: (call: CallItem) => void) => {
    listeners.current.add(listener);
    return () => {
      listeners.current.delete(listener);
    };
  }, []);
  const recordCall = useCallback((call: CallItem) => {
    if (call.callRequestId) setCalls((current) => ({ ...current, [call.callRequestId as string]: call }));
    for (const listener of listeners.current) listener(call);
  }, []);

  useLiveSubscription(CallRequestUpdatedSubscription, ({ callRequestUpdated }) => track(callRequestUpdated));
  useLiveSubscription(CallUpdatedSubscription, ({ callUpdated }) => recordCall(callUpdated));
  useLiveReconnect(() => {
    const open = Object.values(requestsRef.current).filter((request) => !isFinal(request.status));
    if (open.length === 0) return;
    for (const { id } of open) {
      browserGql(CallRequestQuery, { id }).then(({ callRequest }) => callRequest && track(callRequest), () => undefined);
    }
    browserGql(MyRecentCallsQuery, { first: RECENT_CALLS_TO_MATCH }).then(
      ({ myCalls }) => myCalls.edges.forEach(({ node }) => node.callRequestId && requestsRef.current[node.callRequestId] && recordCall(node)),
      () => undefined,
    );
  });

  const value = useMemo<CallActivity>(
    () => ({
      request: (id) => requests[id],
      callFor: (requestId) => calls[requestId],
      track,
      onCall,
    }),
    [requests, calls, track, onCall],
  );
  return <CallActivityContext.Provider value={value}>{children}</CallActivityContext.Provider>;
}

export function useCallActivity(): CallActivity {
  const context = useContext(CallActivityContext);
  if (!context) throw new Error('useCallActivity must be used inside <CallActivityProvider>');
  return context;
}
