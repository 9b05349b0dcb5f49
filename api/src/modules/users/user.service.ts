import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../common/context';
import { requireActor, requireUser } from '../../common/context';
import { ForbiddenError, NotFoundError, UserInputError, assertId, isUuid, filterId } from '../../common/errors';
import { paginate } from '../../common/paginate';
import { escapeLike } from '../../common/sql';
import { canManageUsers } from '../access/access-policy';
import type { AuditService } from '../audit/audit.service';
import { diffFields } from '../audit/audit.service';
import { hashPassword } from '../auth/password';
import { Branch } from '../branches/branch.entity';
import type { CreateUserInput, UpdateMyProfileInput, UpdateUserInput, UserFilter } from './user.inputs';
import { User } from './user.entity';

export class UserService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly onUserDeactivated: (userId: string) => Promise<void>,
    /** Cached sessions carry the user (role, branch, …): every API process must reload it after a change. */
    private readonly onUserChanged: (userId: string) => void = () => undefined,
  ) {}

  async list(ctx: RequestContext, filter: UserFilter = {}, first?: number | null, after?: string | null) {
    requireUser(ctx);
    const query = this.dataSource.getRepository(User).createQueryBuilder('u');
    if (filter.search?.trim()) {
      query.andWhere('(u.full_name ILIKE :search OR u.email ILIKE :search)', { search: `%${escapeLike(filter.search.trim())}%` });
    }
    if (filter.role) query.andWhere('u.role = :role', { role: filter.role });
    if (filter.branchId) query.andWhere('u.branch_id = :branchId', { branchId: filterId(filter.branchId, 'branchId') });
    if (filter.isActive !== undefined && filter.isActive !== null) query.andWhere('u.is_active = :active', { active: filter.isActive });
    return paginate(query, { sortExpression: 'u.full_name', direction: 'ASC', first, after });
  }

  async get(ctx: RequestContext, id: string): Promise<User> {
    requireUser(ctx);
    const user = isUuid(id) ? await ctx.loaders.byId(User).load(id) : null;
    if (!user) throw new NotFoundError('User');
    return user;
  }

  async create(ctx: RequestContext, input: CreateUserInput): Promise<User> {
    this.assertAdmin(ctx);
    await this.assertEmailFree(input.email);
    const branchId = await this.checkBranch(input.branchId);
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.getRepository(User).save({
        email: input.email.trim(),
        fullName: input.fullName.trim(),
        role: input.role,
        branchId,
        locale: input.locale ?? 'ru',
        timeZone: input.timeZone ?? 'Europe/Moscow',
        isActive: true,
        failedLogins: 0,
        passwordHash: input.password ? await hashPassword(input.password) : null,
      } as Partial<User>);
      const { passwordHash: _hidden, ...visible } = user;
      await this.audit.record(ctx, manager, {
        verb: 'user.create',
        entityType: 'User',
        entityId: user.id,
        changes: diffFields({}, { email: visible.email, fullName: visible.fullName, role: visible.role, branchId }),
      });
      return manager.getRepository(User).findOneByOrFail({ id: user.id });
    });
  }

  async update(ctx: RequestContext, id: string, input: UpdateUserInput): Promise<User> {
    this.assertAdmin(ctx);
    const existing = await this.dataSource.getRepository(User).findOneBy({ id: assertId(id, 'User', 'id') });
    if (!existing) throw new NotFoundError('User');
    if (input.email && input.email.trim().toLowerCase() !== existing.email.toLowerCase()) await this.assertEmailFree(input.email);
    const branchId = input.branchId === undefined ? undefined : await this.checkBranch(input.branchId);
    if (existing.id === requireUser(ctx).id && (input.isActive === false || (input.role && input.role !== existing.role))) {
      throw new UserInputError(input.isActive === false ? 'isActive' : 'role', 'You cannot deactivate yourself or change your own role');
    }
    const { password, ...fields } = input;
    const changes = { ...fields, email: fields.email?.trim(), fullName: fields.fullName?.trim(), branchId };
    const updated = await this.dataSource.transaction(async (manager) => {
      const patch: Partial<User> = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
      if (password) patch.passwordHash = await hashPassword(password);
      if (Object.keys(patch).length > 0) await manager.getRepository(User).update(existing.id, patch);
      const diff = diffFields(existing as unknown as Record<string, unknown>, changes);
      if (password) diff.password = { from: '***', to: '***' };
      await this.audit.record(ctx, manager, { verb: 'user.update', entityType: 'User', entityId: existing.id, changes: diff });
      return manager.getRepository(User).findOneByOrFail({ id: existing.id });
    });
    this.onUserChanged(existing.id);
    if (input.isActive === false || password) await this.onUserDeactivated(existing.id);
    return updated;
  }

  async updateMyProfile(ctx: RequestContext, input: UpdateMyProfileInput): Promise<User> {
    const me = requireUser(ctx);
    const patch: Partial<User> = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    if (patch.fullName) patch.fullName = patch.fullName.trim();
    await this.dataSource.transaction(async (manager) => {
      if (Object.keys(patch).length > 0) await manager.getRepository(User).update(me.id, patch);
      await this.audit.record(ctx, manager, {
        verb: 'user.updateProfile',
        entityType: 'User',
        entityId: me.id,
        changes: diffFields(me as unknown as Record<string, unknown>, patch),
      });
    });
    this.onUserChanged(me.id);
    return this.dataSource.getRepository(User).findOneByOrFail({ id: me.id });
  }

  private assertAdmin(ctx: RequestContext): void {
    if (!canManageUsers(requireActor(ctx))) throw new ForbiddenError('Only an administrator manages users');
  }

  private async assertEmailFree(email: string): Promise<void> {
    const taken = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email)', { email: email.trim() })
      .getExists();
    if (taken) throw new UserInputError('email', 'A user with this e-mail already exists');
  }

  private async checkBranch(branchId: string | null | undefined): Promise<string | null> {
    if (!branchId) return null;
    const exists = isUuid(branchId) && (await this.dataSource.getRepository(Branch).existsBy({ id: branchId }));
    if (!exists) throw new UserInputError('branchId', 'No such branch');
    return branchId;
  }
}
