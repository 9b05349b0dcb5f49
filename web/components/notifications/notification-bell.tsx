'use client';

import { useCallback, useEffect, useId, useRef, useState, type FocusEvent } from 'react';
import { useTranslations } from 'use-intl';
import { Icon } from '@/components/ui/icon';
import { useToast } from '@/components/ui/toast';
import { notificationHref } from '@/lib/notifications/links';
import type { UnreadState } from '@/lib/notifications/unread';
import { NotificationPanel } from './notification-panel';
import { type NotificationItem, useNotificationFeed } from './use-notification-feed';
import styles from './notification-bell.module.css';

const MAX_SHOWN_COUNT = 99;

/**
 * The header's bell: the unread count (server-rendered, then pushed), a panel of recent notifications, and a
 * toast for each new one. A non-modal popover: Escape or a click outside closes it and focus returns to the bell.
 */
export function NotificationBell({ initialUnread }: { initialUnread: UnreadState | null }) {
  const t = useTranslations('notifications');
  const { toast } = useToast();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  const feed = useNotificationFeed(initialUnread, (notification: NotificationItem) => {
    const href = notificationHref(notification);
    toast({
      title: notification.title,
      description: notification.body ?? undefined,
      href: href ?? undefined,
      onOpen: () => void feed.markRead([notification.id]),
    });
  });

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) triggerRef.current?.focus();
  }, []);

  const { loadList, list } = feed;
  const toggle = () => {
    if (!open && list.status !== 'ready' && list.status !== 'loading') loadList();
    setOpen((value) => !value);
  };

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) close(false);
    };
    // On the document: focus may sit on nothing after a button inside went busy.
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      close(true);
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open, close]);
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (open && event.relatedTarget && !rootRef.current?.contains(event.relatedTarget as Node)) close(false);
  };

  const label = feed.count > 0 ? t('bell.labelUnread', { count: feed.count }) : t('bell.label');
  return (
    <div className={styles.root} ref={rootRef} onBlur={onBlur}>
      <button
        ref={triggerRef}
        type="button"
        className={styles.trigger}
        aria-label={label}
        title={label}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-haspopup="dialog"
        onClick={toggle}
        data-testid="notification-bell"
        data-live={feed.live || undefined}
      >
        <Icon name="bell" size={20} />
        {feed.count > 0 && (
          <span className={styles.count} aria-hidden data-testid="notification-count">
            {feed.count > MAX_SHOWN_COUNT ? `${MAX_SHOWN_COUNT}+` : feed.count}
          </span>
        )}
      </button>
      {open && (
        <NotificationPanel
          id={panelId}
          list={list}
          unread={feed.count}
          live={feed.live}
          onRetry={loadList}
          onMarkRead={feed.markRead}
          onFollow={(notification) => {
            close(false);
            if (!notification.readAt) void feed.markRead([notification.id]);
          }}
        />
      )}
    </div>
  );
}
