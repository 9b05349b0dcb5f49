'use server';

import { z } from 'zod';
import { tryGqlRequest } from '../api';
import { MarkNotificationsReadMutation, UnreadNotificationCountQuery } from '../operations/notifications';

export type MarkReadResult = { ok: true; unread: number } | { ok: false };

const ids = z.array(z.guid()).max(100);

/** Marks these notifications (none given: all of the viewer's) read and answers the unread count left. */
export async function markNotificationsReadAction(notificationIds?: string[]): Promise<MarkReadResult> {
  const parsed = notificationIds === undefined ? undefined : ids.safeParse(notificationIds);
  if (parsed && !parsed.success) return { ok: false };
  const marked = await tryGqlRequest(MarkNotificationsReadMutation, { ids: parsed?.data }, { onUnauthenticated: 'throw' });
  if (!marked.ok) return { ok: false };
  const count = await tryGqlRequest(UnreadNotificationCountQuery, {}, { onUnauthenticated: 'throw' });
  return count.ok ? { ok: true, unread: count.data.unreadNotificationCount } : { ok: false };
}
