import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { type ConnectionShape, type CursorValue, toConnection } from '../../common/connection';
import type { Actor } from '../access/access-policy';
import { Task, TaskStatus } from './task.entity';
import { applyTaskScope } from './task.scope';

export const OPEN_STATUSES = [TaskStatus.NEW, TaskStatus.IN_PROGRESS];

/** Tasks without a due date sort after every dated one. */
export const dueSortKey = (alias: string) => `COALESCE(${alias}.due_at, CAST('9999-12-31 00:00:00+00' AS timestamptz))`;

export interface CompanyTasksKey {
  actor: Actor;
  statuses: TaskStatus[];
  limit: number;
}

function companyTaskFilter<T extends object>(query: SelectQueryBuilder<T>, alias: string, companyIds: readonly string[], key: CompanyTasksKey): void {
  query.andWhere(`${alias}.company_id IN (:...companyIds)`, { companyIds });
  if (key.statuses.length > 0) query.andWhere(`${alias}.status IN (:...statuses)`, { statuses: key.statuses });
  applyTaskScope(query, alias, key.actor);
}

/**
 * The first `limit + 1` tasks of each company the viewer may see, soonest due first, in one statement. Cursors
 * match `tasks(filter: { companyId }, orderBy: { field: DUE_AT, direction: ASC })`, so a client can read on there.
 */
export async function firstTasksPerCompany(dataSource: DataSource, companyIds: readonly string[], key: CompanyTasksKey): Promise<ConnectionShape<Task>[]> {
  const query = dataSource
    .getRepository(Task)
    .createQueryBuilder('t')
    .innerJoin(
      (sub) => {
        sub
          .select('r.id', 'id')
          .addSelect(`row_number() OVER (PARTITION BY r.company_id ORDER BY ${dueSortKey('r')} ASC, r.id ASC)`, 'rank')
          .from(Task, 'r');
        companyTaskFilter(sub, 'r', companyIds, key);
        return sub;
      },
      'ranked',
      'ranked.id = t.id AND ranked.rank <= :rankLimit',
      { rankLimit: key.limit + 1 },
    )
    // The same text form `paginate` puts in its cursors, so that both lists read each other's cursors.
    .addSelect(`(${dueSortKey('t')})::text`, 'sort_key')
    .orderBy(dueSortKey('t'), 'ASC')
    .addOrderBy('t.id', 'ASC');
  const { entities, raw } = await query.getRawAndEntities();
  const sortKeyById = new Map(raw.map((row: Record<string, string>) => [row.t_id, row.sort_key]));
  const grouped = new Map<string, Task[]>(companyIds.map((id) => [id, []]));
  for (const task of entities) grouped.get(task.companyId ?? '')?.push(task);
  const cursorOf = (task: Task): CursorValue[] => [sortKeyById.get(task.id) ?? null, task.id];
  return companyIds.map((id) => toConnection(grouped.get(id) ?? [], key.limit, 0, cursorOf));
}

/** Visible tasks per company in one grouped count. */
export async function countTasksPerCompany(dataSource: DataSource, companyIds: readonly string[], key: CompanyTasksKey): Promise<number[]> {
  const query = dataSource.createQueryBuilder().select('t.company_id', 'company_id').addSelect('count(*)::int', 'total').from(Task, 't');
  companyTaskFilter(query, 't', companyIds, key);
  const rows = await query.groupBy('t.company_id').getRawMany<{ company_id: string; total: number }>();
  const totals = new Map(rows.map((row) => [row.company_id, row.total]));
  return companyIds.map((id) => totals.get(id) ?? 0);
}
