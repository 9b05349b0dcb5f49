import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../common/context';
import { requireActor, requireUser } from '../../common/context';
import { ForbiddenError, NotFoundError, UserInputError, assertId } from '../../common/errors';
import { canManageBranches } from '../access/access-policy';
import { type AuditService, diffFields } from '../audit/audit.service';
import { Branch, Region } from './branch.entity';
import type { BranchInput } from './branch.inputs';

export class BranchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(ctx: RequestContext): Promise<Branch[]> {
    requireUser(ctx);
    return this.dataSource.getRepository(Branch).find({ order: { name: 'ASC' } });
  }

  regions(ctx: RequestContext, branchId?: string | null): Promise<Region[]> {
    requireUser(ctx);
    const where = branchId ? { branchId: assertId(branchId, 'Branch', 'branchId') } : {};
    return this.dataSource.getRepository(Region).find({ where, order: { name: 'ASC' } });
  }

  async create(ctx: RequestContext, input: BranchInput): Promise<Branch> {
    this.assertAdmin(ctx);
    await this.assertCodeFree(input.code);
    return this.dataSource.transaction(async (manager) => {
      const branch = await manager.getRepository(Branch).save({
        code: input.code.toUpperCase(),
        name: input.name.trim(),
        timeZone: input.timeZone ?? 'Europe/Moscow',
      });
      await this.audit.record(ctx, manager, {
        verb: 'branch.create',
        entityType: 'Branch',
        entityId: branch.id,
        changes: diffFields({}, { code: branch.code, name: branch.name, timeZone: branch.timeZone }),
      });
      return branch;
    });
  }

  async update(ctx: RequestContext, id: string, input: BranchInput): Promise<Branch> {
    this.assertAdmin(ctx);
    const existing = await this.dataSource.getRepository(Branch).findOneBy({ id: assertId(id, 'Branch', 'id') });
    if (!existing) throw new NotFoundError('Branch');
    if (input.code.toUpperCase() !== existing.code) await this.assertCodeFree(input.code);
    const patch = { code: input.code.toUpperCase(), name: input.name.trim(), timeZone: input.timeZone ?? existing.timeZone };
    return this.dataSource.transaction(async (manager) => {
      await manager.getRepository(Branch).update(existing.id, patch);
      await this.audit.record(ctx, manager, {
        verb: 'branch.update',
        entityType: 'Branch',
        entityId: existing.id,
        changes: diffFields(existing as unknown as Record<string, unknown>, patch),
      });
      return manager.getRepository(Branch).findOneByOrFail({ id: existing.id });
    });
  }

  private assertAdmin(ctx: RequestContext): void {
    if (!canManageBranches(requireActor(ctx))) throw new ForbiddenError('Only an administrator manages branches');
  }

  private async assertCodeFree(code: string): Promise<void> {
    const taken = await this.dataSource
      .getRepository(Branch)
      .createQueryBuilder('b')
      .where('upper(b.code) = upper(:code)', { code })
      .getExists();
    if (taken) throw new UserInputError('code', 'A branch with this code already exists');
  }
}
