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
