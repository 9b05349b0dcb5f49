import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtures, type Fixtures } from '../helpers/fixtures';
import { startTestApp, type TestApp } from '../helpers/test-app';

/**
 * The companies list counts exactly up to 1,000 matches and past that shows the planner's estimate (flagged), so
 * that a page view never counts every row of a large table. 1,000 cold-call companies in Yekaterinburg, 5 other
 * ones there and 3 in Tyumen: the cold-call filter sits exactly on the limit.
 */
let app: TestApp;
let fx: Fixtures;
let token: string;

const LIST = `query($filter: CompanyFilter, $first: Int, $after: String) {
  companies(filter: $filter, first: $first, after: $after) {
    totalCount totalCountIsEstimate pageInfo { hasNextPage endCursor } edges { node { id } }
  }
}`;

async function list(filter: Record<string, unknown> = {}, first = 20) {
  const result = await app.gql(LIST, { filter, first }, { token });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.companies as { totalCount: number; totalCountIsEstimate: boolean; pageInfo: { hasNextPage: boolean }; edges: unknown[] };
}

beforeAll(async () => {
  app = await startTestApp('company-counts');
  fx = await createFixtures(app.dataSource);
  token = await app.login('manager@test.pulse');
  const insert = (count: number, prefix: string, branchId: string, coldCall: boolean) =>
    app.dataSource.query(
      `INSERT INTO companies (name, responsible_id, branch_id, is_cold_call)
       SELECT $1 || ' ' || n, $2, $3, $4 FROM generate_series(1, $5) AS n`,
      [prefix, fx.users.manager.id, branchId, coldCall, count],
    );
  await insert(1000, 'Холодная', fx.branches.ekb, true);
  await insert(5, 'Тёплая', fx.branches.ekb, false);
  await insert(3, 'Тюменская', fx.branches.tmn, false);
  // What autovacuum does in production: the estimate reads the table statistics.
  await app.dataSource.query('ANALYZE companies');
});

afterAll(async () => {
  await app?.close();
});

describe('companies list count', () => {
  it('is exact for short lists', async () => {
    expect(await list({ branchId: fx.branches.tmn })).toMatchObject({ totalCount: 3, totalCountIsEstimate: false });
    expect(await list({ isColdCall: false })).toMatchObject({ totalCount: 8, totalCountIsEstimate: false });
  });

  it('is exact at the limit itself', async () => {
    const page = await list({ isColdCall: true });
    expect(page).toMatchObject({ totalCount: 1000, totalCountIsEstimate: false });
    expect(page.pageInfo.hasNextPage).toBe(true);
  });

  it('past the limit is the planner’s estimate, flagged, and never below the limit', async () => {
    const all = await list();
    expect(all.totalCountIsEstimate).toBe(true);
    expect(all.totalCount).toBeGreaterThanOrEqual(1001);
    // Fresh statistics: the estimate is close to the 1,008 rows.
    expect(all.totalCount).toBeLessThanOrEqual(1100);
    expect(all.edges).toHaveLength(20);
    const ekb = await list({ branchId: fx.branches.ekb });
    expect(ekb.totalCountIsEstimate).toBe(true);
    expect(ekb.totalCount).toBeGreaterThanOrEqual(1001);
  });

  it('a search within a long list is counted over its hits, exactly', async () => {
    expect(await list({ search: 'Тёплая' })).toMatchObject({ totalCount: 5, totalCountIsEstimate: false });
  });
});
