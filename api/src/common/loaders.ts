import DataLoader from 'dataloader';
import { type DataSource, type EntityTarget, type ObjectLiteral, In, IsNull } from 'typeorm';

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
    const repository = this.dataSource.getRepository(entity);
    const name = repository.metadata.name;
    return this.get<T | null>(`byId:${name}:${options.withDeleted ? 'all' : 'live'}`, async (ids) => {
      const rows = await repository.find({ where: { id: In([...ids]) } as never, withDeleted: options.withDeleted });
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
