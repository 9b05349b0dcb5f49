'use client';

import { useCallback, useEffect, useState } from 'react';
import { useLiveReconnect, useLiveStatus, useLiveSubscription } from '@/components/live/live-provider';
import { markNotificationsReadAction } from '@/lib/actions/notifications';
import type { NotificationItemFragment } from '@/lib/gql/graphql';
import { browserGql } from '@/lib/live/browser-gql';
import { NotificationAddedSubscription, RecentNotificationsQuery, UnreadNotificationCountQuery } from '@/lib/operations/notifications';

export type NotificationItem = NotificationItemFragment;
export type FeedList = { status: 'idle' } | { status: 'loading' } | { status: 'failed' } | { status: 'ready'; items: NotificationItem[] };

const RECENT_COUNT = 15;

/**
 * The viewer's unread count and recent notifications, kept current by `notificationAdded` pushes. The list is
 * read when first opened; pushes prepend to it. Without a socket the count is re-read whenever the tab comes
 * back into view (never on a timer), and after every reconnect, since pushes may have been missed meanwhile.
 */
export function useNotificationFeed(initialCount: number | null, onAdded: (notification: NotificationItem) => void) {
  const [count, setCount] = useState(initialCount ?? 0);
  const [list, setList] = useState<FeedList>({ status: 'idle' });
  const status = useLiveStatus();

  const rereadCount = useCallback(() => {
    browserGql(UnreadNotificationCountQuery).then(
      (data) => setCount(data.unreadNotificationCount),
      () => undefined,
    );
  }, []);

  useLiveSubscription(NotificationAddedSubscription, ({ notificationAdded }) => {
    setCount((value) => value + (notificationAdded.readAt ? 0 : 1));
    setList((current) =>
      current.status === 'ready' ? { status: 'ready', items: [notificationAdded, ...current.items.filter((item) => item.id !== notificationAdded.id)] } : current,
    );
    onAdded(notificationAdded);
  });
  useLiveReconnect(rereadCount);

  useEffect(() => {
    if (initialCount === null) rereadCount();
  }, [initialCount, rereadCount]);

  useEffect(() => {
    if (status === 'connected') return;
    const onVisible = () => {
      if (document.visibilityState === 'visible') rereadCount();
    };
    window.addEventListener('focus', rereadCount);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.removeEventListener('focus', rereadCount);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [status, rereadCount]);

  const loadList = useCallback(() => {
    setList({ status: 'loading' });
    browserGql(RecentNotificationsQuery, { first: RECENT_COUNT }).then(
      (data) => {
        setList({ status: 'ready', items: data.notifications.edges.map((edge) => edge.node) });
        setCount(data.unreadNotificationCount);
      },
      () => setList({ status: 'failed' }),
    );
  }, []);

  /** Marks these (none given: all) read at once on screen; the server's answer then sets the true count. */
  const markRead = useCallback(
    async (ids?: string[]): Promise<boolean> => {
      const unreadShown = list.status === 'ready' ? list.items.filter((item) => !item.readAt && ids?.includes(item.id)).length : 0;
      setCount((value) => (ids ? Math.max(0, value - unreadShown) : 0));
      const now = new Date().toISOString();
    setList((current) =>
      current.status === 'ready'
        ? { status: 'ready', items: current.items.map((item) => (!item.readAt && (!ids || ids.includes(item.id)) ? { ...item, readAt: now } : item)) }
        : current,
    );
      const result = await markNotificationsReadAction(ids);
      if (result.ok) setCount(result.unread);
      else rereadCount();
      return result.ok;
    },
    [list, rereadCount],
  );

  return { count, list, loadList, markRead, live: status === 'connected' };
}
