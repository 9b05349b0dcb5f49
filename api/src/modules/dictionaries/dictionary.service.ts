import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import type { RequestContext } from '../../common/context';
import { requireActor, requireUser } from '../../common/context';
import { ForbiddenError, NotFoundError, UserInputError, assertId } from '../../common/errors';
import { canManageDictionaries } from '../access/access-policy';
import { type AuditService, diffFields } from '../audit/audit.service';
import { CompanyStatus, Sphere, TaskType } from './dictionary.entity';
import type { DictionaryEntryInput, TaskTypeInput, UpdateDictionaryEntryInput, UpdateTaskTypeInput } from './dictionary.inputs';

export type Dictionary = typeof CompanyStatus | typeof Sphere | typeof TaskType;
type Entry = CompanyStatus | Sphere | TaskType;
type CreateInput = DictionaryEntryInput & Partial<Pick<TaskTypeInput, 'icon'>>;
type UpdateInput = UpdateDictionaryEntryInput & Partial<Pick<UpdateTaskTypeInput, 'icon'>>;

/** Audit verbs and entity names: `companyStatus.create`, `sphere.update`, `taskType.create`… */
const AUDIT_NAME = new Map<Dictionary, string>([
  [CompanyStatus, 'companyStatus'],
  [Sphere, 'sphere'],
  [TaskType, 'taskType'],
]);

const UNIQUE_VIOLATION = '23505';

/** Company statuses, spheres and task types: read by everyone, arranged by the administrator. */
export class DictionaryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list<T extends Entry>(ctx: RequestContext, dictionary: { new (): T }): Promise<T[]> {
    requireUser(ctx);
    return this.dataSource.getRepository<Entry>(dictionary).find({ order: { sortOrder: 'ASC', name: 'ASC' } }) as Promise<T[]>;
  }

  async create<T extends Entry>(ctx: RequestContext, dictionary: { new (): T } & Dictionary, input: CreateInput): Promise<T> {
    this.assertAdmin(ctx);
    const name = this.cleanName(input.name);
    await this.assertNameFree(dictionary, name);
    return this.writeUnique(async (manager) => {
      const repository = manager.getRepository<Entry>(dictionary);
      const sortOrder = input.sortOrder ?? (await this.nextSortOrder(manager, dictionary));
      const fields: Partial<TaskType> = {
        name,
        color: input.color?.toLowerCase() ?? null,
        sortOrder,
        isActive: input.isActive ?? true,
        ...(dictionary === TaskType ? { icon: input.icon ?? null } : {}),
      };
      const entry = await repository.save(repository.create(fields));
      await this.audit.record(ctx, manager, {
        verb: `${AUDIT_NAME.get(dictionary)}.create`,
        entityType: dictionary.name,
        entityId: entry.id,
        changes: diffFields({}, fields),
      });
      return entry as T;
    });
  }

  async update<T extends Entry>(ctx: RequestContext, dictionary: { new (): T } & Dictionary, id: string, input: UpdateInput): Promise<T> {
    this.assertAdmin(ctx);
    const repository = this.dataSource.getRepository<Entry>(dictionary);
    const existing = await repository.findOneBy({ id: assertId(id, dictionary.name, 'id') });
    if (!existing) throw new NotFoundError(dictionary.name);
    const name = input.name === undefined || input.name === null ? undefined : this.cleanName(input.name);
    if (name !== undefined && name.toLowerCase() !== existing.name.toLowerCase()) await this.assertNameFree(dictionary, name, existing.id);
    const patch: Partial<TaskType> = {
      name,
      color: input.color === undefined ? undefined : (input.color?.toLowerCase() ?? null),
      sortOrder: input.sortOrder ?? undefined,
      isActive: input.isActive ?? undefined,
      ...(dictionary === TaskType && input.icon !== undefined ? { icon: input.icon } : {}),
    };
    const changes = diffFields(existing as unknown as Record<string, unknown>, patch);
    if (Object.keys(changes).length === 0) return existing as T;
    return this.writeUnique(async (manager) => {
      const changed = Object.fromEntries(Object.keys(changes).map((field) => [field, patch[field as keyof TaskType]]));
      await manager.getRepository<Entry>(dictionary).update(existing.id, changed);
      await this.audit.record(ctx, manager, {
        verb: `${AUDIT_NAME.get(dictionary)}.update`,
        entityType: dictionary.name,
        entityId: existing.id,
        changes,
      });
      return (await manager.getRepository<Entry>(dictionary).findOneByOrFail({ id: existing.id })) as T;
    });
  }

  private assertAdmin(ctx: RequestContext): void {
    if (!canManageDictionaries(requireActor(ctx))) throw new ForbiddenError('Only an administrator edits dictionaries');
  }

  private cleanName(name: string): string {
    const trimmed = name.trim().replace(/\s+/g, ' ');
    if (!trimmed) throw new UserInputError('name', 'name must not be empty');
    return trimmed;
  }

  private async assertNameFree(dictionary: Dictionary, name: string, exceptId?: string): Promise<void> {
    const query = this.dataSource
      .getRepository<Entry>(dictionary)
      .createQueryBuilder('d')
      .where('lower(d.name) = lower(:name)', { name });
    if (exceptId) query.andWhere('d.id <> :exceptId', { exceptId });
    if (await query.getExists()) throw new UserInputError('name', 'An entry with this name already exists');
  }

  private async nextSortOrder(manager: EntityManager, dictionary: Dictionary): Promise<number> {
    const row = await manager
      .getRepository<Entry>(dictionary)
      .createQueryBuilder('d')
      .select('COALESCE(MAX(d.sort_order), 0) + 1', 'next')
      .getRawOne<{ next: number }>();
    return Number(row?.next ?? 1);
  }

  /** The unique index on lower(name) settles a race between two admins that both passed assertNameFree. */
  private async writeUnique<R>(work: (manager: EntityManager) => Promise<R>): Promise<R> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new UserInputError('name', 'An entry with this name already exists');
      }
      throw error;
    }
  }
}
