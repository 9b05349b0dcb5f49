import { type DataSource, In } from 'typeorm';
import type { RequestContext } from '../../common/context';
import { requireActor } from '../../common/context';
import { ErrorCode, UserInputError, isUuid } from '../../common/errors';
import { canTransferCompany, canViewCompany } from '../access/access-policy';
import { type AuditService, diffFields } from '../audit/audit.service';
import { NotificationKind } from '../notifications/notification.entity';
import type { NotificationService } from '../notifications/notification.service';
import { User } from '../users/user.entity';
import { Company } from './company.entity';
import type { CompanyTransferResult } from './company.types';

export const MAX_TRANSFER_BATCH = 500;

/**
 * Hands companies over to another user. A batch reports per company instead of failing as a whole: the ones
 * the actor may transfer move (with the target's branch) in one transaction; the rest say why they did not.
 */
export class CompanyTransferService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  async transfer(ctx: RequestContext, ids: string[], toUserId: string): Promise<CompanyTransferResult[]> {
    const actor = requireActor(ctx);
    if (ids.length > MAX_TRANSFER_BATCH) throw new UserInputError('ids', `Transfer at most ${MAX_TRANSFER_BATCH} companies at a time`);
    const target = isUuid(toUserId) ? await this.dataSource.getRepository(User).findOneBy({ id: toUserId }) : null;
    if (!target?.isActive) throw new UserInputError('toUserId', 'No such active user');
    const uniqueIds = [...new Set(ids)];

    const outbox = this.notifications.outbox();
    const outcome = await this.dataSource.transaction(async (manager) => {
      const valid = uniqueIds.filter(isUuid);
      const found = valid.length
        ? await manager.getRepository(Company).find({ where: { id: In(valid) }, lock: { mode: 'pessimistic_write' } })
        : [];
      const byId = new Map(found.filter((company) => canViewCompany(actor, company)).map((company) => [company.id, company]));

      const results = uniqueIds.map((companyId): CompanyTransferResult => {
        const company = byId.get(companyId) ?? null;
        const fail = (code: ErrorCode, message: string) => ({ companyId, ok: false, error: { code, message }, company });
        if (!company) return fail(ErrorCode.NOT_FOUND, 'Company not found');
        if (!canTransferCompany(actor, company)) return fail(ErrorCode.FORBIDDEN, 'You may not transfer this company');
        if (company.responsibleId === target.id) return fail(ErrorCode.CONFLICT, 'The company already belongs to this user');
        return { companyId, ok: true, error: null, company };
      });
      const moving = results.filter((result) => result.ok).map((result) => result.company as Company);
      if (moving.length === 0) return results;

      await manager
        .getRepository(Company)
        .update({ id: In(moving.map((company) => company.id)) }, { responsibleId: target.id, branchId: target.branchId, lastActivityAt: () => 'now()' });
      await this.audit.record(
        ctx,
        manager,
        moving.map((company) => ({
          verb: 'company.transfer',
          entityType: 'Company',
          entityId: company.id,
          companyId: company.id,
          changes: diffFields(company as unknown as Record<string, unknown>, { responsibleId: target.id, branchId: target.branchId }),
        })),
      );
      if (target.id !== actor.id) {
        const [first] = moving;
        const single = moving.length === 1;
        await outbox.add(manager, {
          userId: target.id,
          kind: NotificationKind.COMPANY_TRANSFERRED,
          params: { actor: ctx.user?.fullName, company: first.name, companies: moving.length },
          entityType: single ? 'Company' : null,
          entityId: single ? first.id : null,
          companyId: single ? first.id : null,
          dedupeKey: `company-transfer:${first.id}:${target.id}:${Date.now()}`,
        });
      }
      const updated = new Map(
        (await manager.getRepository(Company).findBy({ id: In(moving.map((company) => company.id)) })).map((company) => [company.id, company]),
      );
      return results.map((result) => (result.ok ? { ...result, company: updated.get(result.companyId) ?? result.company } : result));
    });
    outbox.publish();
    return outcome;
  }
}
