'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { useLiveReconnect, useLiveStatus, useLiveSubscription } from '@/components/live/live-provider';
import type { NotificationItemFragment } from '@/lib/gql/graphql';
import { browserGql } from '@/lib/live/browser-gql';
import { alreadyCounted, later, type UnreadState, unreadStateOf } from '@/lib/notifications/unread';
import {
  MarkNotificationsReadMutation,
  NotificationAddedSubscription,
  RecentNotificationsQuery,
  UnreadNotificationCountQuery,
} from '@/lib/operations/notifications';

export type NotificationItem = NotificationItemFragment;
export type FeedList = { status: 'idle' } | { status: 'loading' } | { status: 'failed' } | { status: 'ready'; items: NotificationItem[] };

const RECENT_COUNT = 15;

/**
 * The viewer's unread count and recent notifications, kept current by `notificationAdded` pushes. The list is
 * read when first opened; pushes prepend to it. Without a socket the count is re-read whenever the tab comes
 * back into view (never on a timer), and after every (re)connect, since pushes may have been missed meanwhile.
 *
 * Reads and pushes race. A push of a notice the last read already counted adds nothing (UnreadState.newestAt);
 * a read that was out while a push arrived may have missed it, so it is read again.
 */
export function useNotificationFeed(initial: UnreadState | null, onAdded: (notification: NotificationItem) => void) {
  const [unread, setUnread] = useState<UnreadState>(initial ?? { count: 0, newestAt: null });
  const [list, setList] = useState<FeedList>({ status: 'idle' });
  const status = useLiveStatus();
  const pushes = useRef(0);

  const applyRead = useCallback((state: UnreadState) => setUnread((current) => ({ count: state.count, newestAt: later(current.newestAt, state.newestAt) })), []);

  const rereadCount = useCallback(
    function reread() {
      const pushesBefore = pushes.current;
      browserGql(UnreadNotificationCountQuery).then(
        (data) => (pushes.current === pushesBefore ? applyRead(unreadStateOf(data)) : reread()),
        () => undefined,
      );
    },
    [applyRead],
  );

  useLiveSubscription(NotificationAddedSubscription, ({ notificationAdded }) => {
    pushes.current += 1;
    setUnread((current) =>
      notificationAdded.readAt || alreadyCounted(notificationAdded.createdAt, current.newestAt)
        ? current
        : { count: current.count + 1, newestAt: later(current.newestAt, notificationAdded.createdAt) },
    );
    setList((current) =>
      current.status === 'ready' ? { status: 'ready', items: [notificationAdded, ...current.items.filter((item) => item.id !== notificationAdded.id)] } : current,
    );
    onAdded(notificationAdded);
  });
  useLiveReconnect(rereadCount);

  useEffect(() => {
    if (initial === null) rereadCount();
  }, [initial, rereadCount]);

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

  const loadList = useCallback(
    function load() {
      setList({ status: 'loading' });
      const pushesBefore = pushes.current;
      browserGql(RecentNotificationsQuery, { first: RECENT_COUNT }).then(
        (data) => {
          if (pushes.current !== pushesBefore) return load();
          setList({ status: 'ready', items: data.notifications.edges.map((edge) => edge.node) });
          applyRead(unreadStateOf(data));
        },
        () => setList({ status: 'failed' }),
      );
    },
    [applyRead],
  );

  /**
   * Marks these (none given: all) read at once on screen, then re-reads the true count. Sent with fetch rather
   * than a server action: following a notice's link navigates at the same moment, which must not drop it.
   */
  const markRead = useCallback(
    async (ids?: string[]): Promise<boolean> => {
      const unreadShown = list.status === 'ready' ? list.items.filter((item) => !item.readAt && ids?.includes(item.id)).length : 0;
      setUnread((current) => ({ ...current, count: ids ? Math.max(0, current.count - unreadShown) : 0 }));
      const now = new Date().toISOString();
      setList((current) =>
        current.status === 'ready'
          ? { status: 'ready', items: current.items.map((item) => (!item.readAt && (!ids || ids.includes(item.id)) ? { ...item, readAt: now } : item)) }
          : current,
      );
      const marked = await browserGql(MarkNotificationsReadMutation, { ids }).then(
        () => true,
        () => false,
      );
      rereadCount();
      return marked;
    },
    [list, rereadCount],
  );

  return { count: unread.count, list, loadList, markRead, live: status === 'connected' };
}
