import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { RequestContext } from '../../common/context';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  verb: string;
  entityType: string;
  entityId: string;
  companyId?: string | null;
  changes?: Record<string, unknown>;
}

/** Audit rows keep a preview of long texts (notes, descriptions), not 20,000 characters per edit. */
const AUDIT_TEXT_LENGTH = 200;
export function auditPreview<T extends string | null | undefined>(text: T): T {
  return (typeof text === 'string' && text.length > AUDIT_TEXT_LENGTH ? `${text.slice(0, AUDIT_TEXT_LENGTH)}…` : text) as T;
}

type FieldChange = { from: unknown; to: unknown };

const comparable = (value: unknown) => (value instanceof Date ? value.toISOString() : JSON.stringify(value ?? null));

/** The fields whose values differ, as `{ field: { from, to } }`; only the fields named in `after` are compared. */
export function diffFields(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  for (const [field, to] of Object.entries(after)) {
    if (to === undefined) continue;
    const from = before[field];
    if (comparable(from) !== comparable(to)) changes[field] = { from: from ?? null, to: to ?? null };
  }
  return changes;
}

/** Writes mutations to the append-only audit log, inside the caller's transaction. Reads are never logged. */
export class AuditService {
  async record(ctx: RequestContext, manager: EntityManager, entries: AuditEntry | AuditEntry[]): Promise<void> {
    const list = Array.isArray(entries) ? entries : [entries];
    if (list.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(AuditEvent)
      .values(
        list.map((entry): QueryDeepPartialEntity<AuditEvent> => ({
          // clock_timestamp(), not now(): events of one transaction keep the order they happened in.
          occurredAt: () => 'clock_timestamp()',
          actorId: ctx.user?.id ?? null,
          verb: entry.verb,
          entityType: entry.entityType,
          entityId: entry.entityId,
          companyId: entry.companyId ?? null,
          changes: (entry.changes ?? {}) as QueryDeepPartialEntity<AuditEvent>['changes'],
        })),
      )
      .execute();
  }
}
