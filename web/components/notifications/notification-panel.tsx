'use client';

import Link from 'next/link';
import { useEffect, useId, useRef, useState } from 'react';
import { useFormatter, useNow, useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { Icon } from '@/components/ui/icon';
import { Skeleton } from '@/components/ui/skeleton';
import { notificationHref } from '@/lib/notifications/links';
import type { FeedList, NotificationItem } from './use-notification-feed';
import styles from './notification-bell.module.css';

type PanelProps = {
  id: string;
  list: FeedList;
  unread: number;
  live: boolean;
  onRetry: () => void;
  onMarkRead: (ids?: string[]) => Promise<boolean>;
  onFollow: (notification: NotificationItem) => void;
};

export function NotificationPanel({ id, list, unread, live, onRetry, onMarkRead, onFollow }: PanelProps) {
  const t = useTranslations('notifications');
  const titleId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const [markingAll, setMarkingAll] = useState(false);

  // Screen readers hear the panel's name first; Tab then walks its links and buttons.
  useEffect(() => titleRef.current?.focus({ preventScroll: true }), []);

  const markAll = async () => {
    setMarkingAll(true);
    await onMarkRead();
    setMarkingAll(false);
    // The button is disabled now that nothing is unread: keep keyboard focus inside the panel.
    titleRef.current?.focus({ preventScroll: true });
  };

  return (
    <div id={id} role="dialog" aria-labelledby={titleId} className={styles.panel} data-testid="notification-panel">
      <div className={styles.head}>
        <h2 id={titleId} ref={titleRef} tabIndex={-1} className={styles.heading}>
          {t('panel.title')}
        </h2>
        <Button size="sm" variant="ghost" icon="check" onClick={markAll} loading={markingAll} disabled={unread === 0} data-testid="notifications-mark-all">
          {t('panel.markAllRead')}
        </Button>
      </div>
      {!live && (
        <p className={styles.offline} data-testid="notifications-offline">
          {t('panel.offline')}
        </p>
      )}
      <PanelBody list={list} onRetry={onRetry} onMarkRead={onMarkRead} onFollow={onFollow} />
    </div>
  );
}

function PanelBody({ list, onRetry, onMarkRead, onFollow }: Pick<PanelProps, 'list' | 'onRetry' | 'onMarkRead' | 'onFollow'>) {
  const t = useTranslations('notifications');
  if (list.status === 'idle' || list.status === 'loading') {
    return (
      <div className={styles.placeholder} aria-busy="true">
        <span className="visually-hidden">{t('panel.loading')}</span>
        {[0, 1, 2].map((row) => (
          <div key={row} className={styles.skeletonRow}>
            <Skeleton variant="text" width="70%" />
            <Skeleton variant="text" width="45%" />
          </div>
        ))}
      </div>
    );
  }
  if (list.status === 'failed') {
    return (
      <div className={styles.placeholder} role="alert">
        <p>{t('panel.failed')}</p>
        <Button size="sm" icon="refresh" onClick={onRetry}>
          {t('panel.retry')}
        </Button>
      </div>
    );
  }
  if (list.items.length === 0) {
    return (
      <div className={styles.empty}>
        <Icon name="inbox" size={22} />
        <p>{t('panel.empty')}</p>
      </div>
    );
  }
  return (
    <ul className={styles.list} data-testid="notification-list">
      {list.items.map((item) => (
        <NotificationRow key={item.id} item={item} onMarkRead={onMarkRead} onFollow={onFollow} />
      ))}
    </ul>
  );
}

function NotificationRow({ item, onMarkRead, onFollow }: { item: NotificationItem } & Pick<PanelProps, 'onMarkRead' | 'onFollow'>) {
  const t = useTranslations('notifications');
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  const href = notificationHref(item);
  const unread = !item.readAt;
  return (
    <li className={[styles.item, unread && styles.unread].filter(Boolean).join(' ')} data-testid="notification-item" data-unread={unread || undefined}>
      <span className={styles.dot} aria-hidden />
      <div className={styles.itemText}>
        {unread && <span className="visually-hidden">{t('panel.unread')}: </span>}
        {href ? (
          <Link href={href} className={styles.itemTitle} onClick={() => onFollow(item)}>
            {item.title}
          </Link>
        ) : (
          <span className={styles.itemTitle}>{item.title}</span>
        )}
        {item.body && <p className={styles.itemBody}>{item.body}</p>}
        <time className={styles.itemTime} dateTime={item.createdAt}>
          {format.relativeTime(new Date(item.createdAt), now)}
        </time>
      </div>
      {unread && (
        <button
          type="button"
          className={styles.markOne}
          onClick={() => void onMarkRead([item.id])}
          aria-label={t('panel.markRead', { title: item.title })}
          title={t('panel.markReadShort')}
          data-testid="notification-mark-read"
        >
          <Icon name="check" size={16} />
        </button>
      )}
    </li>
  );
}
