import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { type ConnectionShape, type CursorValue, toConnection } from '../../common/connection';
import { type Actor, callScope } from '../access/access-policy';
import { Call } from './call.entity';

/** The SQL form of canViewCall: every list filters by it, so no list shows a call the viewer may not see. */
export function applyCallScope<T extends object>(query: SelectQueryBuilder<T>, alias: string, actor: Actor): void {
  const scope = callScope(actor);
  if (scope.kind === 'own') query.andWhere(`${alias}.user_id = :scopeUserId`, { scopeUserId: scope.userId });
  if (scope.kind === 'branch') {
    query.andWhere(`(${alias}.user_id = :scopeUserId OR ${alias}.branch_id = :scopeBranchId)`, {
      scopeUserId: scope.userId,
      scopeBranchId: scope.branchId,
    });
  }
}

/** Newest first; the same order and cursor text as `calls(filter: { companyId })`, so a client reads on there. */
export const CALL_SORT = 'c.started_at';

/** The first `limit + 1` visible calls of each company, newest first, in one statement. */
export async function firstCallsPerCompany(dataSource: DataSource, companyIds: readonly string[], actor: Actor, limit: number): Promise<ConnectionShape<Call>[]> {
  const query = dataSource
    .getRepository(Call)
    .createQueryBuilder('c')
    .innerJoin(
      (sub) => {
        sub
          .select('r.id', 'id')
          .addSelect('row_number() OVER (PARTITION BY r.company_id ORDER BY r.started_at DESC, r.id DESC)', 'rank')
          .from(Call, 'r')
          .where('r.company_id IN (:...companyIds)', { companyIds });
        applyCallScope(sub, 'r', actor);
        return sub;
      },
      'ranked',
      'ranked.id = c.id AND ranked.rank <= :rankLimit',
      { rankLimit: limit + 1 },
    )
    .addSelect(`(${CALL_SORT})::text`, 'sort_key')
    .orderBy(CALL_SORT, 'DESC')
    .addOrderBy('c.id', 'DESC');
  const { entities, raw } = await query.getRawAndEntities();
  const sortKeyById = new Map(raw.map((row: Record<string, string>) => [row.c_id, row.sort_key]));
  const grouped = new Map<string, Call[]>(companyIds.map((id) => [id, []]));
  for (const call of entities) grouped.get(call.companyId ?? '')?.push(call);
  const cursorOf = (call: Call): CursorValue[] => [sortKeyById.get(call.id) ?? null, call.id];
  return companyIds.map((id) => toConnection(grouped.get(id) ?? [], limit, 0, cursorOf));
}

/** Visible calls per company in one grouped count. */
export async function countCallsPerCompany(dataSource: DataSource, companyIds: readonly string[], actor: Actor): Promise<number[]> {
  const query = dataSource.createQueryBuilder().select('c.company_id', 'company_id').addSelect('count(*)::int', 'total').from(Call, 'c');
  query.where('c.company_id IN (:...companyIds)', { companyIds });
  applyCallScope(query, 'c', actor);
  const rows = await query.groupBy('c.company_id').getRawMany<{ company_id: string; total: number }>();
  const totals = new Map(rows.map((row) => [row.company_id, row.total]));
  return companyIds.map((id) => totals.get(id) ?? 0);
}
