import type { DataSource, EntityManager } from 'typeorm';
import type { ConnectionShape } from '../../common/connection';
import { pageSize } from '../../common/connection';
import type { RequestContext } from '../../common/context';
import { requireActor, requireUser } from '../../common/context';
import { ConflictError, NotFoundError, UserInputError, filterId } from '../../common/errors';
import { entityFromRow } from '../../common/loaders';
import { paginate } from '../../common/paginate';
import { type AppPubSub, Topic } from '../../infra/pubsub';
import type { User } from '../users/user.entity';
import { type CheckedCallResult, MAX_CALL_RESULTS_PER_BATCH, checkCallResult } from './call-result';
import { Call, CallRequest, CallSource } from './call.entity';
import { toCallEvent } from './call.events';
import type { CallFilter, CallResultInput } from './call.inputs';
import { CALL_SORT, applyCallScope, countCallsPerCompany, firstCallsPerCompany } from './call.loaders';
import type { CallRequestService } from './call-request.service';

interface DeviceRow {
  id: string;
  device_id: string;
}

interface RequestRow {
  id: string;
  requester_id: string;
  company_id: string | null;
  contact_id: string | null;
  /** The clientId of the call already reported for this request, if any. */
  call_client_id: string | null;
}

interface ContactRow {
  id: string;
  company_id: string;
}

/** A checked call with its references resolved to rows: what gets inserted. */
interface ResolvedCall extends CheckedCallResult {
  deviceRowId: string | null;
  requesterId: string | null;
  /** Where errors about this item point: "" or "inputs.3.". */
  prefix: string;
}

const INSERT_COLUMNS = `client_id, user_id, branch_id, device_id, call_request_id, company_id, contact_id, phone, phone_e164,
  direction, outcome, source, started_at, duration_seconds, is_cold_call, note`;

/** The call log: results reported by phones (idempotent per user and clientId), lists, and live updates. */
export class CallService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly pubSub: AppPubSub,
    private readonly callRequests: CallRequestService,
  ) {}

  async report(ctx: RequestContext, input: CallResultInput): Promise<Call> {
    const [call] = await this.reportMany(ctx, [input], false);
    return call;
  }

  /**
   * Stores reported calls in one transaction. A clientId the user already reported returns the stored call and
   * changes nothing (INSERT … ON CONFLICT DO NOTHING, then read back). Any bad item refuses the whole batch with
   * the item's field (`inputs.3.durationSeconds`), so nothing is half-saved and the phone keeps its queue.
   */
  async reportMany(ctx: RequestContext, inputs: CallResultInput[], batch = true): Promise<Call[]> {
    const user = requireUser(ctx);
    if (inputs.length > MAX_CALL_RESULTS_PER_BATCH) throw new UserInputError('inputs', `Send at most ${MAX_CALL_RESULTS_PER_BATCH} calls at a time`);
    if (inputs.length === 0) return [];
    const checked = inputs.map((input, index) => ({ ...checkCallResult(input, batch ? `inputs.${index}.` : ''), prefix: batch ? `inputs.${index}.` : '' }));
    const firstDevice = checked.find((item) => item.deviceId)?.deviceId;
    if (firstDevice) await this.callRequests.limit(user.id, firstDevice);
    const { calls, created, completed } = await this.dataSource.transaction(async (manager) => {
      const resolved = await this.resolve(manager, user, checked);
      return this.store(manager, user, resolved);
    });
    for (const call of created) this.publishCall(call, completed.get(call.callRequestId ?? '') ?? null);
    for (const request of completed.values()) this.callRequests.publishUpdated(request);
    return calls;
  }

  list(ctx: RequestContext, filter: CallFilter, first?: number | null, after?: string | null): Promise<ConnectionShape<Call>> {
    const actor = requireActor(ctx);
    const query = this.dataSource.getRepository(Call).createQueryBuilder('c');
    applyCallScope(query, 'c', actor);
    const userId = filterId(filter.userId, 'userId');
    const companyId = filterId(filter.companyId, 'companyId');
    const contactId = filterId(filter.contactId, 'contactId');
    if (userId) query.andWhere('c.user_id = :userId', { userId });
    if (companyId) query.andWhere('c.company_id = :companyId', { companyId });
    if (contactId) query.andWhere('c.contact_id = :contactId', { contactId });
    if (filter.direction) query.andWhere('c.direction = :direction', { direction: filter.direction });
    if (filter.outcome) query.andWhere('c.outcome = :outcome', { outcome: filter.outcome });
    return paginate(query, { sortExpression: CALL_SORT, direction: 'DESC', first, after });
  }

  mine(ctx: RequestContext, first?: number | null, after?: string | null): Promise<ConnectionShape<Call>> {
    return this.list(ctx, { userId: requireUser(ctx).id }, first, after);
  }

  /** `Company.calls`: one statement for the pages of every company in the response, one for their counts. */
  async pageOfCompany(ctx: RequestContext, companyId: string, first?: number | null, after?: string | null): Promise<ConnectionShape<Call>> {
    if (after) return this.list(ctx, { companyId }, first, after);
    const actor = requireActor(ctx);
    const limit = pageSize(first);
    const pages = ctx.loaders.get(`calls:company:${limit}`, (ids) => firstCallsPerCompany(this.dataSource, ids, actor, limit));
    const counts = ctx.loaders.get('calls:company:count', (ids) => countCallsPerCompany(this.dataSource, ids, actor));
    const connection = await pages.load(companyId);
    // graphql-js awaits a promise-valued field only when it is selected: the count runs only for clients that ask.
    return Object.defineProperty(connection, 'totalCount', { enumerable: true, get: () => counts.load(companyId) });
  }

  /** The caller's web tabs (and the requester's, when someone else) see the call appear. */
  private publishCall(call: Call, request: { requesterId: string } | null): void {
    const event = toCallEvent(call);
    for (const userId of new Set([call.userId, request?.requesterId ?? call.userId])) this.pubSub.publish(Topic.CALL_UPDATED, userId, event);
  }

  /** Turns the app's ids into rows of this user, fills company/contact from the request or the number. */
  private async resolve(manager: EntityManager, user: User, items: Array<CheckedCallResult & { prefix: string }>): Promise<ResolvedCall[]> {
    const ids = (key: 'deviceId' | 'callRequestId' | 'companyId' | 'contactId') => [...new Set(items.map((item) => item[key]).filter((v): v is string => !!v))];
    // One after another: the statements share the transaction's connection, which runs one query at a time anyway.
    const devices: DeviceRow[] = await manager.query('SELECT id, device_id FROM phone_devices WHERE user_id = $1 AND device_id = ANY($2)', [
      user.id,
      ids('deviceId'),
    ]);
    const requests: RequestRow[] = await manager.query(
      `SELECT r.id, r.requester_id, r.company_id, r.contact_id, k.client_id AS call_client_id
         FROM call_requests r LEFT JOIN calls k ON k.call_request_id = r.id
        WHERE r.target_user_id = $1 AND r.id = ANY($2::uuid[])`,
      [user.id, ids('callRequestId')],
    );
    const companies: Array<{ id: string }> = await manager.query('SELECT id FROM companies WHERE id = ANY($1::uuid[])', [ids('companyId')]);
    const contacts: ContactRow[] = await manager.query('SELECT id, company_id FROM contacts WHERE id = ANY($1::uuid[])', [ids('contactId')]);
    const deviceById = new Map(devices.map((row) => [row.device_id, row.id]));
    const requestById = new Map(requests.map((row) => [row.id, row]));
    const companyIds = new Set(companies.map((row) => row.id));
    const contactCompany = new Map(contacts.map((row) => [row.id, row.company_id]));
    const requestClaimedBy = new Map<string, string>();

    const resolved = items.map((item): ResolvedCall => {
      const request = item.callRequestId ? (requestById.get(item.callRequestId) ?? null) : null;
      if (item.deviceId && !deviceById.has(item.deviceId)) throw new NotFoundError('PhoneDevice', `${item.prefix}deviceId`);
      if (item.callRequestId && !request) throw new NotFoundError('CallRequest', `${item.prefix}callRequestId`);
      if (item.companyId && !companyIds.has(item.companyId)) throw new NotFoundError('Company', `${item.prefix}companyId`);
      if (item.contactId && !contactCompany.has(item.contactId)) throw new NotFoundError('Contact', `${item.prefix}contactId`);
      if (request) {
        // One call per request: a second report with another clientId is a different call claiming the same request.
        const owner = request.call_client_id ?? requestClaimedBy.get(request.id);
        if (owner && owner !== item.clientId) {
          throw new ConflictError('Another call was already reported for this call request', { field: `${item.prefix}callRequestId` });
        }
        requestClaimedBy.set(request.id, item.clientId);
      }
      const contactId = item.contactId ?? (item.companyId ? null : (request?.contact_id ?? null));
      const companyId = item.companyId ?? request?.company_id ?? (contactId ? contactCompany.get(contactId) ?? null : null);
      if (contactId && companyId && contactCompany.has(contactId) && contactCompany.get(contactId) !== companyId) {
        throw new UserInputError(`${item.prefix}contactId`, 'The contact belongs to another company');
      }
      return {
        ...item,
        companyId,
        contactId,
        deviceRowId: item.deviceId ? (deviceById.get(item.deviceId) ?? null) : null,
        requesterId: request?.requester_id ?? null,
      };
    });
    await this.matchByPhone(manager, resolved.filter((item) => !item.companyId && item.phoneE164));
    return resolved;
  }

  /** A call without a company is linked to the company (and contact) that has its number, when exactly one does. */
  private async matchByPhone(manager: EntityManager, items: ResolvedCall[]): Promise<void> {
    if (items.length === 0) return;
    const rows: Array<{ e164: string; companies: string[]; contacts: Array<string | null> }> = await manager.query(
      `SELECT e164, array_agg(DISTINCT company_id) AS companies, array_agg(DISTINCT contact_id) AS contacts FROM (
         SELECT p.e164, p.company_id, NULL::uuid AS contact_id FROM company_phones p
           JOIN companies c ON c.id = p.company_id AND c.deleted_at IS NULL WHERE p.e164 = ANY($1)
         UNION ALL
         SELECT p.e164, ct.company_id, ct.id FROM contact_phones p
           JOIN contacts ct ON ct.id = p.contact_id AND ct.deleted_at IS NULL
           JOIN companies c ON c.id = ct.company_id AND c.deleted_at IS NULL WHERE p.e164 = ANY($1)
       ) owners GROUP BY e164`,
      [[...new Set(items.map((item) => item.phoneE164))]],
    );
    const owners = new Map(rows.map((row) => [row.e164, row]));
    for (const item of items) {
      const owner = owners.get(item.phoneE164 ?? '');
      if (!owner || owner.companies.length !== 1) continue;
      item.companyId = owner.companies[0];
      const contacts = owner.contacts.filter((id): id is string => id !== null);
      if (contacts.length === 1 && !item.contactId) item.contactId = contacts[0];
    }
  }

  private async store(manager: EntityManager, user: User, items: ResolvedCall[]) {
    const created: Call[] = [];
    const stored = new Map<string, Call>();
    const fresh = [...new Map(items.map((item) => [item.clientId, item])).values()];
    // An INSERT answers its rows (an UPDATE answers [rows, count]).
    const rows: Array<Record<string, unknown>> = await manager.query(
      `INSERT INTO calls (${INSERT_COLUMNS})
       SELECT * FROM unnest($1::varchar[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::uuid[], $7::uuid[], $8::varchar[],
                            $9::varchar[], $10::varchar[], $11::varchar[], $12::varchar[], $13::timestamptz[], $14::int[],
                            $15::boolean[], $16::varchar[])
       ON CONFLICT (user_id, client_id) DO NOTHING
       RETURNING *`,
      [
        fresh.map((item) => item.clientId),
        fresh.map(() => user.id),
        fresh.map(() => user.branchId),
        fresh.map((item) => item.deviceRowId),
        fresh.map((item) => item.callRequestId),
        fresh.map((item) => item.companyId),
        fresh.map((item) => item.contactId),
        fresh.map((item) => item.phone),
        fresh.map((item) => item.phoneE164),
        fresh.map((item) => item.direction),
        fresh.map((item) => item.outcome),
        fresh.map((item) => (item.callRequestId ? CallSource.CLICK_TO_CALL : CallSource.PHONE)),
        fresh.map((item) => item.startedAt.toISOString()),
        fresh.map((item) => item.durationSeconds),
        fresh.map((item) => item.isColdCall),
        fresh.map((item) => item.note),
      ],
    ).catch((error: { code?: string; constraint?: string }) => {
      // Two phones of one user reporting different calls for one request at the same moment: the second loses.
      if (error.code === '23505' && error.constraint === 'calls_request_uq') {
        throw new ConflictError('Another call was already reported for this call request', { field: 'callRequestId' });
      }
      throw error;
    });
    for (const row of rows) {
      const call = entityFromRow(this.dataSource, Call, row);
      created.push(call);
      stored.set(call.clientId, call);
    }
    const repeated = fresh.filter((item) => !stored.has(item.clientId)).map((item) => item.clientId);
    if (repeated.length > 0) {
      const existing: Array<Record<string, unknown>> = await manager.query('SELECT * FROM calls WHERE user_id = $1 AND client_id = ANY($2)', [user.id, repeated]);
      for (const row of existing) stored.set(row.client_id as string, entityFromRow(this.dataSource, Call, row));
    }
    const requestIds = [...new Set(created.map((call) => call.callRequestId).filter((id): id is string => !!id))];
    const completed = new Map<string, CallRequest>();
    if (requestIds.length > 0) {
      const [done]: [Array<Record<string, unknown>>, number] = await manager.query(
        `UPDATE call_requests SET status = 'COMPLETED', completed_at = now(), updated_at = now()
          WHERE id = ANY($1::uuid[]) AND status <> 'COMPLETED' RETURNING *`,
        [requestIds],
      );
      for (const row of done) completed.set(row.id as string, entityFromRow(this.dataSource, CallRequest, row));
    }
    return { calls: items.map((item) => stored.get(item.clientId)!), created, completed };
  }
}
