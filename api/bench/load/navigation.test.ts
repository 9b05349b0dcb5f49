import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { NAVIGATION_TREE, PREFETCH_TREE, rscHash } from './navigation';

// What Chromium sent against the bench stack (`npm run bench:load -- --capture-navigation`, Next.js 16.4): the
// generator must send the same headers and the same `_rsc`, or the server answers 307 instead of the page.
const ID = '34981355-3840-4ab1-a4f7-18b2ab0a638e';
const CAPTURED = {
  navigationToCard: {
    path: `/companies/${ID}?_rsc=fIAXMwVVw7VflDQT`,
    nextUrl: '/companies',
    tree: '%5B%22%22%2C%7B%22children%22%3A%5B%22(app)%22%2C%7B%22children%22%3A%5B%22companies%22%2C%7B%22children%22%3A%5B%5B%22id%22%2C%2234981355-3840-4ab1-a4f7-18b2ab0a638e%22%2C%22d%22%2Cnull%5D%2C%7B%22children%22%3A%5B%22(card)%22%2C%7B%22children%22%3A%5B%22__PAGE__%22%2C%7B%7D%2Cnull%2Cnull%2C0%5D%7D%2Cnull%2C%22refetch%22%2C4%5D%7D%2Cnull%2Cnull%2C12%5D%7D%2Cnull%2Cnull%2C12%5D%7D%2Cnull%2Cnull%2C8%5D%7D%2Cnull%2Cnull%2C24%5D',
  },
  navigationToList: {
    path: '/companies?_rsc=MW22Q097hhmhpDTr',
    nextUrl: `/companies/${ID}`,
    tree: '%5B%22%22%2C%7B%22children%22%3A%5B%22(app)%22%2C%7B%22children%22%3A%5B%22companies%22%2C%7B%22children%22%3A%5B%22__PAGE__%22%2C%7B%7D%2Cnull%2C%22refetch%22%2C0%5D%7D%2Cnull%2Cnull%2C4%5D%7D%2Cnull%2Cnull%2C8%5D%7D%2Cnull%2Cnull%2C24%5D',
  },
  prefetchCard: {
    path: `/companies/${ID}?_rsc=1RbNaZD2LIT3FM4V`,
    nextUrl: '/companies',
    tree: '%5B%22%22%2C%7B%22children%22%3A%5B%22(app)%22%2C%7B%22children%22%3A%5B%22companies%22%2C%7B%22children%22%3A%5B%5B%22id%22%2C%2234981355-3840-4ab1-a4f7-18b2ab0a638e%22%2C%22d%22%2Cnull%5D%2C%7B%22children%22%3A%5B%22(card)%22%2C%7B%22children%22%3A%5B%22__PAGE__%22%2C%7B%7D%5D%7D%2Cnull%2Cnull%2C4%5D%7D%2Cnull%2C%22refetch%22%2C12%5D%7D%2Cnull%2Cnull%2C12%5D%7D%2Cnull%2Cnull%2C8%5D%7D%2Cnull%2Cnull%2C24%5D',
  },
  prefetchTasks: {
    path: '/tasks?_rsc=ZJwhbAGkk97dRfEl',
    nextUrl: '/companies',
    tree: '%5B%22%22%2C%7B%22children%22%3A%5B%22(app)%22%2C%7B%22children%22%3A%5B%22tasks%22%2C%7B%22children%22%3A%5B%22__PAGE__%22%2C%7B%7D%5D%7D%2Cnull%2C%22refetch%22%2C4%5D%7D%2Cnull%2Cnull%2C8%5D%7D%2Cnull%2Cnull%2C24%5D',
  },
};
const rscOf = (path: string) => new URL(path, 'http://x').searchParams.get('_rsc');

describe('bench:load client navigations', () => {
  it('builds the state trees Chromium sent', () => {
    expect(NAVIGATION_TREE.card(ID)).toBe(CAPTURED.navigationToCard.tree);
    expect(NAVIGATION_TREE.list).toBe(CAPTURED.navigationToList.tree);
    expect(PREFETCH_TREE.card(ID)).toBe(CAPTURED.prefetchCard.tree);
    expect(PREFETCH_TREE.section('tasks')).toBe(CAPTURED.prefetchTasks.tree);
  });

  it('computes the _rsc Chromium sent', () => {
    const { navigationToCard: card, navigationToList: list, prefetchCard, prefetchTasks } = CAPTURED;
    expect(rscHash('0', '0', card.tree, card.nextUrl)).toBe(rscOf(card.path));
    expect(rscHash('0', '0', list.tree, list.nextUrl)).toBe(rscOf(list.path));
    expect(rscHash('1', '0', prefetchCard.tree, prefetchCard.nextUrl)).toBe(rscOf(prefetchCard.path));
    expect(rscHash('1', '0', prefetchTasks.tree, prefetchTasks.nextUrl)).toBe(rscOf(prefetchTasks.path));
    expect(rscHash('1', '/_tree', '0', '/companies')).toBe('Eof-AZwkdejBgtqb');
    expect(rscHash('1', '0', PREFETCH_TREE.metadataOnly, '/companies')).toBe('NaKVJjENUlSI3oj1');
  });

  it('computes _rsc as the installed Next.js server checks it', async () => {
    // The server's own function (it redirects with 307 when the request's _rsc differs): a Next.js upgrade that
    // changes the scheme fails here before it turns every navigation of the benchmark into an error.
    // next is a dependency of web/, hoisted to the repository's node_modules.
    const require = createRequire(`${__dirname}/../../../web/package.json`);
    const next = require('next/dist/shared/lib/router/utils/cache-busting-search-param') as {
      computeCacheBustingSearchParam: (prefetch?: string, segment?: string, tree?: string, nextUrl?: string) => Promise<string>;
    };
    const tree = NAVIGATION_TREE.card(ID);
    expect(await next.computeCacheBustingSearchParam(undefined, undefined, tree, '/companies')).toBe(rscHash('0', '0', tree, '/companies'));
    expect(await next.computeCacheBustingSearchParam('1', '/_tree', undefined, `/companies/${ID}`)).toBe(rscHash('1', '/_tree', '0', `/companies/${ID}`));
    expect(await next.computeCacheBustingSearchParam('1', undefined, PREFETCH_TREE.metadataOnly, '/companies')).toBe(rscHash('1', '0', PREFETCH_TREE.metadataOnly, '/companies'));
  });
});

