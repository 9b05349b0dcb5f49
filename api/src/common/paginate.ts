import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { type ConnectionShape, type CursorValue, decodeCursor, pageSize, toConnection } from './connection';

export type SortDirection = 'ASC' | 'DESC';

export interface KeysetPage {
  /** SQL expression to sort by; must not be NULL (wrap nullable columns in COALESCE). */
  sortExpression: string;
  direction: SortDirection;
  first?: number | null;
  after?: string | null;
  /** Count of the filtered list; callers may pass a cheaper one. Defaults to COUNT(*) of the query. */
  count?: () => Promise<number>;
}

/**
 * Keyset pagination over (sort value, id): stable under inserts, index-friendly, no OFFSET scans.
 * The sort value is read back from SQL so that the cursor matches PostgreSQL's own collation and lower().
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  page: KeysetPage,
): Promise<ConnectionShape<T>> {
  const limit = pageSize(page.first);
  const alias = query.alias;
  const cursor = decodeCursor(page.after, 2);
  const counted = page.count ? page.count() : query.clone().orderBy().getCount();

  // Read back as text: through the driver a timestamp becomes a JS Date and loses its microseconds, and a cursor
  // holding the rounded value would skip or repeat rows. PostgreSQL parses its own text form back exactly.
  const rows = query.clone().addSelect(`(${page.sortExpression})::text`, '__sort');
  if (cursor) {
    const comparator = page.direction === 'ASC' ? '>' : '<';
    rows.andWhere(`(${page.sortExpression}, ${alias}.id) ${comparator} (:__sortValue, :__sortId)`, {
      __sortValue: cursor[0],
      __sortId: cursor[1],
    });
  }
  rows.orderBy(page.sortExpression, page.direction).addOrderBy(`${alias}.id`, page.direction).limit(limit + 1);

  const [{ entities, raw }, totalCount] = await Promise.all([rows.getRawAndEntities(), counted]);
  const sortValues = new Map<string, CursorValue>();
  raw.forEach((row: Record<string, unknown>, index) => {
    const entity = entities[index];
    if (entity) sortValues.set(entity.id, normaliseSortValue(row.__sort));
  });
  return toConnection(entities, limit, totalCount, (entity) => [sortValues.get(entity.id) ?? null, entity.id]);
}

function normaliseSortValue(value: unknown): CursorValue {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number' || typeof value === 'string') return value;
  return value === null || value === undefined ? null : String(value);
}

/** A list's size: exact up to the cap, beyond it the planner's estimate (never less than cap + 1). */
export interface CappedCount {
  total: number;
  estimate: boolean;
}

/**
 * Counts the rows of `query` exactly up to `cap` (one scan that stops at cap + 1 rows), and past that takes the
 * planner's row estimate of the same query: COUNT(*) over a large list reads every matching row on every page
 * view (45 ms for 50,000 companies, seconds at a million), a cost no list page should pay for a number it shows
 * as «≈ 50 000». Estimates come from the table statistics that autovacuum keeps.
 */
export async function cappedCount<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, cap: number): Promise<CappedCount> {
  const base = query.clone().orderBy();
  const [limitedSql, limitedParameters] = base.clone().select('1').limit(cap + 1).getQueryAndParameters();
  const [{ total }] = await query.connection.query(`SELECT count(*)::int AS total FROM (${limitedSql}) capped`, limitedParameters);
  if (total <= cap) return { total, estimate: false };
  const [planSql, planParameters] = base.clone().select('1').getQueryAndParameters();
  const [row] = await query.connection.query(`EXPLAIN (FORMAT JSON) ${planSql}`, planParameters);
  const plan = row['QUERY PLAN'] as Array<{ Plan: { 'Plan Rows': number } }>;
  return { total: Math.max(cap + 1, Math.round(plan[0]?.Plan['Plan Rows'] ?? 0)), estimate: true };
}

