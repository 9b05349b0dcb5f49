import type { CallEvent, CallRequestEvent } from '../../infra/pubsub';
import { Call, CallDirection, CallOutcome, CallRequest, CallRequestStatus, CallSource } from './call.entity';

const iso = (value: Date | null) => value?.toISOString() ?? null;
const date = (value: string | null) => (value ? new Date(value) : null);

/** Pub/sub payloads are JSON: dates travel as ISO strings (Redis would turn Date objects into strings anyway). */
export function toCallRequestEvent(request: CallRequest): CallRequestEvent {
  return {
    id: request.id,
    requesterId: request.requesterId,
    targetUserId: request.targetUserId,
    companyId: request.companyId,
    contactId: request.contactId,
    phone: request.phone,
    phoneE164: request.phoneE164,
    note: request.note,
    status: request.status,
    deviceId: request.deviceId,
    deliveredAt: iso(request.deliveredAt),
    claimedAt: iso(request.claimedAt),
    completedAt: iso(request.completedAt),
    expiresAt: request.expiresAt.toISOString(),
    createdAt: request.createdAt.toISOString(),
    updatedAt: request.updatedAt.toISOString(),
  };
}

export function fromCallRequestEvent(event: CallRequestEvent): CallRequest {
  return Object.assign(new CallRequest(), {
    ...event,
    status: event.status as CallRequestStatus,
    deliveredAt: date(event.deliveredAt),
    claimedAt: date(event.claimedAt),
    completedAt: date(event.completedAt),
    expiresAt: new Date(event.expiresAt),
    createdAt: new Date(event.createdAt),
    updatedAt: new Date(event.updatedAt),
  });
}

export function toCallEvent(call: Call): CallEvent {
  return {
    id: call.id,
    clientId: call.clientId,
    userId: call.userId,
    branchId: call.branchId,
    deviceId: call.deviceId,
    callRequestId: call.callRequestId,
    companyId: call.companyId,
    contactId: call.contactId,
    phone: call.phone,
    phoneE164: call.phoneE164,
    direction: call.direction,
    outcome: call.outcome,
    source: call.source,
    startedAt: call.startedAt.toISOString(),
    durationSeconds: call.durationSeconds,
    isColdCall: call.isColdCall,
    note: call.note,
    createdAt: call.createdAt.toISOString(),
    updatedAt: call.updatedAt.toISOString(),
  };
}

export function fromCallEvent(event: CallEvent): Call {
  return Object.assign(new Call(), {
    ...event,
    direction: event.direction as CallDirection,
    outcome: event.outcome as CallOutcome,
    source: event.source as CallSource,
    startedAt: new Date(event.startedAt),
    createdAt: new Date(event.createdAt),
    updatedAt: new Date(event.updatedAt),
  });
}

/** Maps a raw `call_requests` row (RETURNING *, plain SQL) to the entity. */
export function callRequestFromRow(row: Record<string, any>): CallRequest {
  return Object.assign(new CallRequest(), {
    id: row.id,
    requesterId: row.requester_id,
    targetUserId: row.target_user_id,
    companyId: row.company_id,
    contactId: row.contact_id,
    phone: row.phone,
    phoneE164: row.phone_e164,
    note: row.note,
    status: row.status as CallRequestStatus,
    deviceId: row.device_id,
    deliveredAt: row.delivered_at,
    claimedAt: row.claimed_at,
    completedAt: row.completed_at,
    expiresAt: row.expires_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

/** Maps a raw `calls` row to the entity. */
export function callFromRow(row: Record<string, any>): Call {
  return Object.assign(new Call(), {
    id: row.id,
    clientId: row.client_id,
    userId: row.user_id,
    branchId: row.branch_id,
    deviceId: row.device_id,
    callRequestId: row.call_request_id,
    companyId: row.company_id,
    contactId: row.contact_id,
    phone: row.phone,
    phoneE164: row.phone_e164,
    direction: row.direction as CallDirection,
    outcome: row.outcome as CallOutcome,
    source: row.source as CallSource,
    startedAt: row.started_at,
    durationSeconds: row.duration_seconds,
    isColdCall: row.is_cold_call,
    note: row.note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}
