import DataLoader from 'dataloader';
import type { Pool } from 'pg';
import { type DataSource, type EntityMetadata, type EntityTarget, type ObjectLiteral, In, IsNull, QueryFailedError } from 'typeorm';

interface ByIdStatement {
  /** Prepared once per pooled connection under this name: PostgreSQL parses and plans it once, not per load. */
  name: string;
  sql: string;
  /** The selected columns, in the order of the SELECT list's aliases c0, c1, … */
  columns: EntityMetadata['columns'];
}

const byIdStatements = new WeakMap<EntityMetadata, Map<string, ByIdStatement>>();

/**
 * The SQL of `repository.find({ where: { id: In(ids) } })`, built once per entity: the by-id loads run on nearly
 * every request, and TypeORM's find rebuilt its query builder, aliases and SQL each time (bench:overhead).
 * The same columns (those TypeORM selects by default) and the same soft-delete condition.
 */
function byIdStatement(metadata: EntityMetadata, withDeleted: boolean): ByIdStatement {
  let statements = byIdStatements.get(metadata);
  if (!statements) byIdStatements.set(metadata, (statements = new Map()));
  const key = withDeleted ? 'all' : 'live';
  let statement = statements.get(key);
  if (!statement) {
    const columns = metadata.columns.filter((column) => column.isSelect && !column.isVirtual);
    const list = columns.map((column, index) => `t."${column.databaseName}" AS c${index}`).join(', ');
    const live = !withDeleted && metadata.deleteDateColumn ? ` AND t."${metadata.deleteDateColumn.databaseName}" IS NULL` : '';
    statement = { name: `pulse_by_id_${metadata.tableName}_${key}`, sql: `SELECT ${list} FROM ${metadata.tablePath.split('.').map((part) => `"${part}"`).join('.')} t WHERE t."id" = ANY($1)${live}`, columns };
    statements.set(key, statement);
  }
  return statement;
}

/**
 * Per-request DataLoaders, created lazily on first use so a request pays only for the relations it asks for.
 * Every relation field goes through one of these: a page of 50 companies costs one query per relation.
 */
export class Loaders {
  private readonly cache = new Map<string, DataLoader<string, unknown>>();

  constructor(private readonly dataSource: DataSource) {}

  get<V>(key: string, batch: (keys: readonly string[]) => Promise<Array<V | Error>>): DataLoader<string, V> {
    let loader = this.cache.get(key) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(batch, { maxBatchSize: 1000 });
      this.cache.set(key, loader as DataLoader<string, unknown>);
    }
    return loader;
  }

  /** Loads entities by primary key; soft-deleted ones count as missing unless `withDeleted`. */
  byId<T extends ObjectLiteral & { id: string }>(entity: EntityTarget<T>, options: { withDeleted?: boolean } = {}) {
    const metadata = this.dataSource.getMetadata(entity);
    return this.get<T | null>(`byId:${metadata.name}:${options.withDeleted ? 'all' : 'live'}`, async (ids) => {
      const rows = await findByIds<T>(this.dataSource, metadata, ids, options.withDeleted ?? false);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** Loads the children of many parents at once, e.g. the phones of a page of companies. */
  byParent<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    parentKey: keyof T & string,
    order: Partial<Record<keyof T & string, 'ASC' | 'DESC'>>,
  ) {
    const repository = this.dataSource.getRepository(entity);
    const name = repository.metadata.name;
    const softDeletable = repository.metadata.deleteDateColumn !== undefined;
    return this.get<T[]>(`byParent:${name}:${parentKey}`, async (parentIds) => {
      const where = { [parentKey]: In([...parentIds]), ...(softDeletable ? { deletedAt: IsNull() } : {}) };
      const rows = await repository.find({ where: where as never, order: order as never });
      const grouped = new Map<string, T[]>(parentIds.map((id) => [id, []]));
      for (const row of rows) grouped.get(row[parentKey] as string)?.push(row);
      return parentIds.map((id) => grouped.get(id) ?? []);
    });
  }
}

/**
 * Rows as arrays straight from the pg pool behind TypeORM, logged as TypeORM logs its queries: the by-id loads of
 * nearly every request skip the query runner's acquire/event/result wrapping and the building of a keyed object
 * per row (pg makes those objects of every column name, then we read them back by name).
 */
async function queryRowArrays(dataSource: DataSource, statement: { name: string; sql: string }, parameters: unknown[]): Promise<unknown[][]> {
  const { name, sql } = statement;
  dataSource.logger.logQuery(sql, parameters);
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  try {
    return (await pool.query<unknown[]>({ name, text: sql, values: parameters, rowMode: 'array' })).rows;
  } catch (error) {
    dataSource.logger.logQueryError(error as Error, sql, parameters);
    throw new QueryFailedError(sql, parameters, error as Error);
  }
}

/**
 * Entities by id with one prepared-once SQL statement, hydrated the way TypeORM's find does (driver value
 * conversion and column transformers, the entity's class). Equivalence with `repository.find` is tested.
 */
export async function findByIds<T extends ObjectLiteral>(dataSource: DataSource, metadata: EntityMetadata, ids: readonly string[], withDeleted: boolean): Promise<T[]> {
  const statement = byIdStatement(metadata, withDeleted);
  const rows = await queryRowArrays(dataSource, statement, [[...ids]]);
  return rows.map((row) => hydrate<T>(dataSource, metadata, statement.columns, (_column, index) => row[index]));
}

/**
 * An entity from a raw row keyed by column name (`UPDATE … RETURNING *` and other plain SQL), hydrated as
 * findByIds does: services that write with one conditional statement need not map columns by hand.
 */
export function entityFromRow<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>, row: Record<string, unknown>): T {
  const metadata = dataSource.getMetadata(entity);
  return hydrate<T>(dataSource, metadata, byIdStatement(metadata, true).columns, (column) => row[column.databaseName]);
}

function hydrate<T extends ObjectLiteral>(
  dataSource: DataSource,
  metadata: EntityMetadata,
  columns: ByIdStatement['columns'],
  valueOf: (column: ByIdStatement['columns'][number], index: number) => unknown,
): T {
  const entity = metadata.create(undefined, { fromDeserializer: true }) as T;
  columns.forEach((column, index) => column.setEntityValue(entity, dataSource.driver.prepareHydratedValue(valueOf(column, index), column)));
  return entity;
}

/** What findByIds replaced, kept for the test that proves both return the same entities. */
export function findByIdsWithRepository<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>, ids: readonly string[], withDeleted: boolean): Promise<T[]> {
  return dataSource.getRepository(entity).find({ where: { id: In([...ids]) } as never, withDeleted });
}
