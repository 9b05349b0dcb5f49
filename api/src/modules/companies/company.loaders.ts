import type DataLoader from 'dataloader';
import type { RequestContext } from '../../common/context';
import { AuditEvent } from '../audit/audit-event.entity';
import { Sphere } from '../dictionaries/dictionary.entity';
import { CompanyDeletionRequest, DeletionRequestStatus } from './deletion-request.entity';

interface SphereRow {
  company_id: string;
  id: string;
  name: string;
  color: string | null;
  sort_order: number;
  is_active: boolean;
  created_at: Date;
  updated_at: Date;
}

/** Spheres of many companies through the company_spheres join, in the administrator's order. */
export function spheresOfCompanies(ctx: RequestContext): DataLoader<string, Sphere[]> {
  const { dataSource } = ctx.services;
  return ctx.loaders.get<Sphere[]>('company:spheres', async (companyIds) => {
    const rows: SphereRow[] = await dataSource.query(
      `SELECT cs.company_id, s.id, s.name, s.color, s.sort_order, s.is_active, s.created_at, s.updated_at
       FROM company_spheres cs JOIN spheres s ON s.id = cs.sphere_id
       WHERE cs.company_id = ANY($1::uuid[])
       ORDER BY s.sort_order, s.name`,
      [companyIds],
    );
    const grouped = new Map<string, Sphere[]>(companyIds.map((id) => [id, []]));
    for (const row of rows) {
      grouped.get(row.company_id)?.push(
        Object.assign(new Sphere(), {
          id: row.id,
          name: row.name,
          color: row.color,
          sortOrder: row.sort_order,
          isActive: row.is_active,
          createdAt: row.created_at,
          updatedAt: row.updated_at,
        }),
      );
    }
    return companyIds.map((id) => grouped.get(id) ?? []);
  });
}

interface AuditRow {
  id: string;
  occurred_at: Date;
  actor_id: string | null;
  verb: string;
  entity_type: string;
  entity_id: string;
  company_id: string;
  changes: Record<string, unknown>;
}

/**
 * The newest `first` audit events of each company (its own, its contacts' and its deletion requests'): a
 * LIMIT per company over the (company_id, occurred_at) index, however long the history is.
 */
export function historyOfCompanies(ctx: RequestContext, first: number): DataLoader<string, AuditEvent[]> {
  const { dataSource } = ctx.services;
  return ctx.loaders.get<AuditEvent[]>(`company:history:${first}`, async (companyIds) => {
    const rows: AuditRow[] = await dataSource.query(
      `SELECT e.id, e.occurred_at, e.actor_id, e.verb, e.entity_type, e.entity_id, e.company_id, e.changes
       FROM unnest($1::uuid[]) AS k(company_id)
       CROSS JOIN LATERAL (
         SELECT * FROM audit_events a WHERE a.company_id = k.company_id ORDER BY a.occurred_at DESC LIMIT $2
       ) e
       ORDER BY e.occurred_at DESC`,
      [companyIds, first],
    );
    const grouped = new Map<string, AuditEvent[]>(companyIds.map((id) => [id, []]));
    for (const row of rows) {
      grouped.get(row.company_id)?.push(
        Object.assign(new AuditEvent(), {
          id: row.id,
          occurredAt: row.occurred_at,
          actorId: row.actor_id,
          verb: row.verb,
          entityType: row.entity_type,
          entityId: row.entity_id,
          companyId: row.company_id,
          changes: row.changes,
        }),
      );
    }
    return companyIds.map((id) => grouped.get(id) ?? []);
  });
}

/** The open deletion request of each company, if any (at most one: a unique index says so). */
export function pendingDeletionRequests(ctx: RequestContext): DataLoader<string, CompanyDeletionRequest | null> {
  const { dataSource } = ctx.services;
  return ctx.loaders.get<CompanyDeletionRequest | null>('company:pendingDeletionRequest', async (companyIds) => {
    const requests = await dataSource
      .getRepository(CompanyDeletionRequest)
      .createQueryBuilder('r')
      .where('r.company_id IN (:...companyIds) AND r.status = :pending', { companyIds, pending: DeletionRequestStatus.PENDING })
      .getMany();
    const byCompany = new Map(requests.map((request) => [request.companyId, request]));
    return companyIds.map((id) => byCompany.get(id) ?? null);
  });
}
