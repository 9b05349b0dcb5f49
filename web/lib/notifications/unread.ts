/**
 * The unread count as of one read, with the creation time of the newest unread notice it includes. A push of a
 * notice no newer than that was already counted by the read (the push and the read raced), so it adds nothing.
 */
export type UnreadState = { count: number; newestAt: string | null };

export function unreadStateOf(data: { unreadNotificationCount: number; newestUnread: { edges: readonly { node: { createdAt: string } }[] } }): UnreadState {
  return { count: data.unreadNotificationCount, newestAt: data.newestUnread.edges[0]?.node.createdAt ?? null };
}

/** Whether a pushed notice is already in a count read up to `newestAt`. */
export function alreadyCounted(createdAt: string, newestAt: string | null): boolean {
  return newestAt !== null && Date.parse(createdAt) <= Date.parse(newestAt);
}

export function later(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}
