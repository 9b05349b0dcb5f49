import 'server-only';
import { cache } from 'react';
import { gqlRequest } from './api';
import type { ViewerQuery as ViewerQueryResult } from './gql/graphql';
import { type UnreadState, unreadStateOf } from './notifications/unread';
import { UnreadNotificationCountQuery } from './operations/notifications';
import { ViewerQuery, ViewerWithUnreadQuery } from './operations/viewer';

export type Viewer = ViewerQueryResult['me'];

/** This request's read of the viewer, whichever of the two functions below made it. */
const viewerRead = cache((): { viewer: Promise<Viewer> | null } => ({ viewer: null }));

/** The signed-in user, fetched once per request however many components ask. */
export async function getViewer(): Promise<Viewer> {
  const read = viewerRead();
  read.viewer ??= gqlRequest(ViewerQuery).then(({ me }) => me);
  return read.viewer;
}

/** The unread count as the page is rendered; null when it cannot be read now (the bell then asks itself). */
async function readUnread(): Promise<UnreadState | null> {
  try {
    return unreadStateOf(await gqlRequest(UnreadNotificationCountQuery, {}, { onUnauthenticated: 'throw' }));
  } catch {
    return null;
  }
}

/**
 * The app layout's read: the viewer and the bell's unread count in one API round trip, which also answers every
 * later getViewer() of the request. If the viewer was already asked for, the count is read on its own.
 */
export const getViewerWithUnread = cache(async (): Promise<{ viewer: Viewer; unread: UnreadState | null }> => {
  const read = viewerRead();
  if (read.viewer) {
    const [viewer, unread] = await Promise.all([read.viewer, readUnread()]);
    return { viewer, unread };
  }
  const both = gqlRequest(ViewerWithUnreadQuery);
  read.viewer = both.then(({ me }) => me);
  // A failure is thrown below; later getViewer() calls still see it, but an unawaited copy must not be unhandled.
  read.viewer.catch(() => undefined);
  const data = await both;
  return { viewer: data.me, unread: unreadStateOf(data) };
});
