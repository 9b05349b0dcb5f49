import { createHash } from 'node:crypto';

/**
 * What the App Router sends on a click and around it, as captured from Chromium against this stack (`npm run
 * bench:load -- --capture-navigation`, capture.ts; Next.js 16.4): a click on a link is `GET <target>?_rsc=<hash>`
 * with `RSC: 1`, `Next-Router-State-Tree` (the *target* route's tree, URI-encoded JSON, "refetch" where the server
 * must render) and `Next-Url` (the page the user is on); `_rsc` is the first 12 bytes of SHA-256("<prefetch>,
 * <segment prefetch>,<state tree>,<next-url>"), base64url — the server answers 307 when it does not match
 * (next/dist/shared/lib/router/utils/cache-busting-search-param; navigation.test.ts checks ours against it).
 * After a page shows, every link in the viewport is prefetched: a route-tree request (`Next-Router-Prefetch: 1`,
 * `Next-Router-Segment-Prefetch: /_tree`) and a dynamic prefetch with the target's tree (company rows, the
 * sidebar's sections), or a "metadata-only" one (a card's tabs, the list's sort links, the home link). Next keeps
 * prefetches for 5 minutes (staleTimes.static), so a second look at the same link within that time sends nothing.
 */
export const rscHash = (prefetch: string, segment: string, tree: string, nextUrl: string) =>
  createHash('sha256').update([prefetch, segment, tree, nextUrl].join(',')).digest().subarray(0, 12).toString('base64url');
export const encodeTree = (tree: unknown) => encodeURIComponent(JSON.stringify(tree));
export const appTree = (children: unknown) => ['', { children: ['(app)', { children }, null, null, 8] }, null, null, 24];
export const NAVIGATION_TREE = {
  card: (id: string) => encodeTree(appTree(['companies', { children: [['id', id, 'd', null], { children: ['(card)', { children: ['__PAGE__', {}, null, null, 0] }, null, 'refetch', 4] }, null, null, 12] }, null, null, 12])),
  list: encodeTree(appTree(['companies', { children: ['__PAGE__', {}, null, 'refetch', 0] }, null, null, 4])),
};
export const PREFETCH_TREE = {
  card: (id: string) => encodeTree(appTree(['companies', { children: [['id', id, 'd', null], { children: ['(card)', { children: ['__PAGE__', {}] }, null, null, 4] }, null, 'refetch', 12] }, null, null, 12])),
  newCompany: encodeTree(appTree(['companies', { children: ['new', { children: ['__PAGE__', {}] }, null, 'refetch', 4] }, null, null, 12])),
  section: (name: string) => encodeTree(appTree([name, { children: ['__PAGE__', {}] }, null, 'refetch', 4])),
  metadataOnly: encodeTree(['', {}, null, 'metadata-only']),
};
