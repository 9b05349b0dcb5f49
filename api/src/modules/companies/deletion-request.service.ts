import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import type { RequestContext } from '../../common/context';
import { requireActor } from '../../common/context';
import { ConflictError, ForbiddenError, NotFoundError, UserInputError, assertId } from '../../common/errors';
import { paginate } from '../../common/paginate';
import {
  type Actor,
  canCancelDeletionRequest,
  canDecideCompanyDeletion,
  canDeleteCompany,
  canRequestCompanyDeletion,
  canViewCompany,
  deletionRequestScope,
} from '../access/access-policy';
import type { AuditService } from '../audit/audit.service';
import { NotificationKind } from '../notifications/notification.entity';
import type { NotificationOutbox, NotificationService } from '../notifications/notification.service';
import { Company } from './company.entity';
import type { CompanyService } from './company.service';
import { CompanyDeletionRequest, DeletionRequestStatus } from './deletion-request.entity';

const REASON_MIN = 3;
const REASON_MAX = 1000;

/** A manager asks, leadership decides (or deletes directly). Deleting is soft: the row stays, out of every list. */
export class DeletionRequestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly companies: CompanyService,
    private readonly notifications: NotificationService,
  ) {}

  list(ctx: RequestContext, status?: DeletionRequestStatus | null, first?: number | null, after?: string | null) {
    const query = this.dataSource.getRepository(CompanyDeletionRequest).createQueryBuilder('r');
    const scope = deletionRequestScope(requireActor(ctx));
    if (scope.kind === 'branch') {
      query.andWhere('(r.requester_id = :userId OR r.company_id IN (SELECT id FROM companies WHERE branch_id = :branchId))', scope);
    } else if (scope.kind === 'own') {
      query.andWhere('r.requester_id = :userId', { userId: scope.userId });
    }
    if (status) query.andWhere('r.status = :status', { status });
    return paginate(query, { sortExpression: 'r.created_at', direction: 'DESC', first, after });
  }

  async request(ctx: RequestContext, companyId: string, reason: string): Promise<CompanyDeletionRequest> {
    const actor = requireActor(ctx);
    const text = reason.trim();
    if (text.length < REASON_MIN || text.length > REASON_MAX) {
      throw new UserInputError('reason', `reason must be ${REASON_MIN}–${REASON_MAX} characters`);
    }
    const outbox = this.notifications.outbox();
    const created = await this.conflictOnDuplicate(() =>
      this.dataSource.transaction(async (manager) => {
        const company = await this.companies.lockVisible(actor, manager, companyId);
        if (!canRequestCompanyDeletion(actor, company)) throw new ForbiddenError('You may not ask to delete this company');
        const repository = manager.getRepository(CompanyDeletionRequest);
        if (await repository.existsBy({ companyId: company.id, status: DeletionRequestStatus.PENDING })) {
          throw pendingConflict();
        }
        const request = await repository.save(
          repository.create({ companyId: company.id, requesterId: actor.id, reason: text, status: DeletionRequestStatus.PENDING }),
        );
        await this.audit.record(ctx, manager, {
          verb: 'deletion.request',
          entityType: 'CompanyDeletionRequest',
          entityId: request.id,
          companyId: company.id,
          changes: { reason: { from: null, to: text } },
        });
        await this.notifyLeadership(ctx, manager, outbox, request, company);
        return request;
      }),
    );
    outbox.publish();
    return created;
  }

  async decide(ctx: RequestContext, id: string, approve: boolean): Promise<CompanyDeletionRequest> {
    const actor = requireActor(ctx);
    const outbox = this.notifications.outbox();
    const decided = await this.dataSource.transaction(async (manager) => {
      const request = await this.findRequest(manager, id);
      const company = await this.companyOf(actor, manager, request);
      if (!canDecideCompanyDeletion(actor, company)) throw new ForbiddenError('Only branch leadership decides on deletion');
      if (request.status !== DeletionRequestStatus.PENDING) throw new ConflictError(`This request is already ${request.status}`);
      const status = approve ? DeletionRequestStatus.APPROVED : DeletionRequestStatus.REJECTED;
      await this.close(ctx, manager, request, status, approve ? 'deletion.approve' : 'deletion.reject');
      if (approve) await this.softDelete(ctx, manager, company);
      if (request.requesterId !== actor.id) {
        await outbox.add(manager, {
          userId: request.requesterId,
          kind: NotificationKind.DELETION_DECIDED,
          params: { actor: ctx.user?.fullName, company: company.name, approved: approve },
          entityType: 'Company',
          entityId: company.id,
          companyId: company.id,
          dedupeKey: `deletion:${request.id}:decided`,
        });
      }
      return manager.getRepository(CompanyDeletionRequest).findOneByOrFail({ id: request.id });
    });
    outbox.publish();
    return decided;
  }

  /** The branch's leadership (sales heads and the director) hears of a request; the requester himself does not. */
  private async notifyLeadership(
    ctx: RequestContext,
    manager: EntityManager,
    outbox: NotificationOutbox,
    request: CompanyDeletionRequest,
    company: Company,
  ): Promise<void> {
    if (!company.branchId) return;
    const leaders: Array<{ id: string }> = await manager.query(
      `SELECT id FROM users
        WHERE branch_id = $1 AND role IN ('SALES_HEAD', 'BRANCH_DIRECTOR') AND is_active AND deleted_at IS NULL AND id <> $2`,
      [company.branchId, request.requesterId],
    );
    await outbox.add(
      manager,
      leaders.map((leader) => ({
        userId: leader.id,
        kind: NotificationKind.DELETION_REQUESTED,
        params: { actor: ctx.user?.fullName, company: company.name, text: request.reason },
        entityType: 'Company',
        entityId: company.id,
        companyId: company.id,
        dedupeKey: `deletion:${request.id}:requested`,
      })),
    );
  }

  async cancel(ctx: RequestContext, id: string): Promise<CompanyDeletionRequest> {
    const actor = requireActor(ctx);
    return this.dataSource.transaction(async (manager) => {
      const request = await this.findRequest(manager, id);
      await this.companyOf(actor, manager, request);
      if (!canCancelDeletionRequest(actor, request)) throw new ForbiddenError('Only the requester withdraws a deletion request');
      if (request.status !== DeletionRequestStatus.PENDING) throw new ConflictError(`This request is already ${request.status}`);
      await this.close(ctx, manager, request, DeletionRequestStatus.CANCELLED, 'deletion.cancel');
      return manager.getRepository(CompanyDeletionRequest).findOneByOrFail({ id: request.id });
    });
  }

  /** Leadership deletes at once; a pending request for the company counts as approved by this. */
  async deleteCompany(ctx: RequestContext, id: string): Promise<boolean> {
    const actor = requireActor(ctx);
    await this.dataSource.transaction(async (manager) => {
      const company = await this.companies.lockVisible(actor, manager, id);
      if (!canDeleteCompany(actor, company)) throw new ForbiddenError('Only branch leadership deletes companies; file a deletion request');
      const pending = await manager
        .getRepository(CompanyDeletionRequest)
        .findOneBy({ companyId: company.id, status: DeletionRequestStatus.PENDING });
      if (pending) await this.close(ctx, manager, pending, DeletionRequestStatus.APPROVED, 'deletion.approve');
      await this.softDelete(ctx, manager, company);
    });
    return true;
  }

  /** `id` names the request, or a company with a pending request (what a company card knows). Locks the row. */
  private async findRequest(manager: EntityManager, id: string): Promise<CompanyDeletionRequest> {
    const requestId = assertId(id, 'CompanyDeletionRequest', 'id');
    const repository = manager.getRepository(CompanyDeletionRequest);
    const lock = { mode: 'pessimistic_write' } as const;
    const request =
      (await repository.findOne({ where: { id: requestId }, lock })) ??
      (await repository.findOne({ where: { companyId: requestId, status: DeletionRequestStatus.PENDING }, lock }));
    if (!request) throw new NotFoundError('CompanyDeletionRequest');
    return request;
  }

  private async companyOf(actor: Actor, manager: EntityManager, request: CompanyDeletionRequest): Promise<Company> {
    const company = await manager.getRepository(Company).findOne({ where: { id: request.companyId }, withDeleted: true });
    if (!company || !canViewCompany(actor, company)) throw new NotFoundError('CompanyDeletionRequest');
    return company;
  }

  private async close(
    ctx: RequestContext,
    manager: EntityManager,
    request: CompanyDeletionRequest,
    status: DeletionRequestStatus,
    verb: string,
  ): Promise<void> {
    const decidedById = requireActor(ctx).id;
    await manager.getRepository(CompanyDeletionRequest).update(request.id, { status, decidedById, decidedAt: () => 'now()' });
    await this.audit.record(ctx, manager, {
      verb,
      entityType: 'CompanyDeletionRequest',
      entityId: request.id,
      companyId: request.companyId,
      changes: { status: { from: request.status, to: status } },
    });
  }

  private async softDelete(ctx: RequestContext, manager: EntityManager, company: Company): Promise<void> {
    if (company.deletedAt) return;
    await manager.getRepository(Company).softDelete(company.id);
    await this.audit.record(ctx, manager, {
      verb: 'company.delete',
      entityType: 'Company',
      entityId: company.id,
      companyId: company.id,
      changes: { deletedAt: { from: null, to: new Date().toISOString() } },
    });
  }

  /** Two requests filed at the same moment: the unique index on pending requests stops the second. */
  private async conflictOnDuplicate<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') throw pendingConflict();
      throw error;
    }
  }
}

const pendingConflict = () => new ConflictError('This company already has a pending deletion request', { field: 'id' });
