import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config';
import type { RequestContext } from '../../common/context';
import { requireActor, requireUser } from '../../common/context';
import { ConflictError, ForbiddenError, NotFoundError, RateLimitedError, UserInputError, isUuid } from '../../common/errors';
import { entityFromRow } from '../../common/loaders';
import { PhoneFormatError, normalizePhone } from '../../common/validation/phone';
import { type AppPubSub, type CallRequestEvent, Topic } from '../../infra/pubsub';
import { canViewCallRequest, canViewCompany } from '../access/access-policy';
import { Company } from '../companies/company.entity';
import { Contact } from '../contacts/contact.entity';
import { CallRequest, CallRequestStatus } from './call.entity';
import { fromCallRequestEvent, toCallRequestEvent } from './call.events';
import type { Logger } from '../../logger';
import type { PhoneDeviceService } from './phone-device.service';

export const MAX_WAIT_SECONDS = 25;
const NOTE_MAX = 1000;
const EXPIRY_BATCH = 1000;
/** Statuses a phone may still claim. */
const OPEN = [CallRequestStatus.PENDING, CallRequestStatus.DELIVERED];

export interface NextCallRequest {
  request: CallRequest | null;
  /** When the phone should ask again (seconds); sent to clients as `extensions.nextPollSeconds`. */
  nextPollSeconds: number;
}

/** The number to dial, or BAD_USER_INPUT on `phone` saying what is wrong with it. */
function dialable(phone: string) {
  try {
    return normalizePhone(phone ?? '');
  } catch (error) {
    if (error instanceof PhoneFormatError) throw new UserInputError('phone', error.message);
    throw error;
  }
}

/** One point of `limiter` for `key`; RATE_LIMITED with the seconds to wait once they are spent. */
async function consume(limiter: RateLimiterAbstract, key: string, message: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (rejection instanceof Error) throw rejection;
    const ms = (rejection as { msBeforeNext?: number }).msBeforeNext ?? 1000;
    throw new RateLimitedError(Math.max(1, Math.ceil(ms / 1000)), message);
  }
}

/**
 * Click-to-call commands: created by the web for the requester's own phones, pushed (or long-polled), claimed
 * by exactly one device, completed by the reported call, or cancelled / expired.
 */
export class CallRequestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: Config,
    private readonly pubSub: AppPubSub,
    private readonly devices: PhoneDeviceService,
    private readonly limiters: {
      /** Phone API calls per device; far above what a correct phone sends (see PHONE_RATE_LIMIT_PER_MINUTE). */
      phone: RateLimiterAbstract;
      /** Click-to-call requests per user (CALL_REQUEST_RATE_LIMIT_PER_MINUTE): a script or a stuck button cannot flood the phone. */
      requests: RateLimiterAbstract;
    },
    private readonly logger: Logger,
  ) {}

  /** "Call this number on my phone": the target is the signed-in user himself. */
  async request(ctx: RequestContext, phone: string, companyId?: string | null, contactId?: string | null, note?: string | null): Promise<CallRequest> {
    const actor = requireActor(ctx);
    const normalized = dialable(phone);
    const cleanNote = note?.trim() || null;
    if (cleanNote && cleanNote.length > NOTE_MAX) throw new UserInputError('note', `note must be at most ${NOTE_MAX} characters`);
    const contact = contactId ? await this.findContact(ctx, contactId) : null;
    const company = companyId ? await this.findCompany(ctx, companyId) : contact ? await ctx.loaders.byId(Company).load(contact.companyId) : null;
    if (company && !canViewCompany(actor, company)) throw new ForbiddenError('You cannot call this company');
    if (contact && !company) throw new NotFoundError('Contact', 'contactId');
    if (contact && company && contact.companyId !== company.id) throw new UserInputError('contactId', 'The contact belongs to another company');
    await consume(this.limiters.requests, actor.id, 'Too many call requests, wait a moment');
    const [row] = await this.dataSource.query(
      `INSERT INTO call_requests (requester_id, target_user_id, company_id, contact_id, phone, phone_e164, note, status, expires_at)
       VALUES ($1, $1, $2, $3, $4, $5, $6, 'PENDING', now() + make_interval(secs => $7))
       RETURNING *`,
      [actor.id, company?.id ?? null, contact?.id ?? null, normalized.raw.slice(0, 50), normalized.e164, cleanNote, this.config.CALL_REQUEST_TTL_SECONDS],
    );
    const request = entityFromRow(this.dataSource, CallRequest, row);
    this.pubSub.publish(Topic.CALL_REQUESTED, request.targetUserId, toCallRequestEvent(request));
    return request;
  }

  async get(ctx: RequestContext, id: string): Promise<CallRequest | null> {
    const actor = requireActor(ctx);
    if (!isUuid(id)) return null;
    const request = await this.dataSource.getRepository(CallRequest).findOneBy({ id });
    return request && canViewCallRequest(actor, request) ? request : null;
  }

  /**
   * Exactly one device wins: one conditional UPDATE takes an open request. A second claimer's UPDATE waits for
   * the first one's row lock, then re-checks its condition on the new row (DIALING) and changes nothing: it gets
   * CONFLICT. (Not `FOR UPDATE SKIP LOCKED`: the DELIVERED mark and the expiry job lock the row for a moment
   * too, and a skipped row would then read as "another device has it" — a false CONFLICT that bench:calls
   * caught.) A request that is no longer open — claimed, completed, cancelled, expired (also past its expiry
   * before the job ran) — gives CONFLICT with its `status`; an unknown id or another user's request gives
   * NOT_FOUND. The winning device repeating its claim (a lost answer) gets the request again.
   */
  async claim(ctx: RequestContext, id: string, deviceId: string): Promise<CallRequest> {
    const user = requireUser(ctx);
    if (!isUuid(id)) throw new NotFoundError('CallRequest');
    const device = await this.devices.require(user.id, deviceId);
    await this.limit(user.id, device.deviceId);
    const [rows]: [Array<Record<string, unknown>>, number] = await this.dataSource.query(
      `UPDATE call_requests SET status = 'DIALING', device_id = $3, claimed_at = now(), updated_at = now(),
              delivered_at = COALESCE(delivered_at, now())
        WHERE id = $1 AND target_user_id = $2 AND status IN ('PENDING', 'DELIVERED') AND expires_at > now()
        RETURNING *`,
      [id, user.id, device.id],
    );
    if (rows[0]) {
      const claimed = entityFromRow(this.dataSource, CallRequest, rows[0]);
      this.publishUpdated(claimed);
      return claimed;
    }
    const current = await this.dataSource.getRepository(CallRequest).findOneBy({ id, targetUserId: user.id });
    if (!current) throw new NotFoundError('CallRequest');
    if (current.status === CallRequestStatus.DIALING && current.deviceId === device.id) return current;
    // Still open yet not taken: only its expiry can have stopped the UPDATE.
    const status = OPEN.includes(current.status) ? CallRequestStatus.EXPIRED : current.status;
    throw new ConflictError(`This call request is ${status.toLowerCase()}`, { status });
  }

  /** The requester withdraws a request no phone has taken yet; a taken or finished one gives CONFLICT. */
  async cancel(ctx: RequestContext, id: string): Promise<CallRequest> {
    const user = requireUser(ctx);
    if (!isUuid(id)) throw new NotFoundError('CallRequest');
    const [rows]: [Array<Record<string, unknown>>, number] = await this.dataSource.query(
      `UPDATE call_requests SET status = 'CANCELLED', updated_at = now()
        WHERE id = $1 AND requester_id = $2 AND status IN ('PENDING', 'DELIVERED') RETURNING *`,
      [id, user.id],
    );
    if (rows[0]) {
      const cancelled = entityFromRow(this.dataSource, CallRequest, rows[0]);
      this.publishUpdated(cancelled);
      return cancelled;
    }
    const existing = await this.dataSource.getRepository(CallRequest).findOneBy({ id, requesterId: user.id });
    if (!existing) throw new NotFoundError('CallRequest');
    throw new ConflictError(`This call request is ${existing.status.toLowerCase()}`, { status: existing.status });
  }

  /**
   * A push reached a phone's socket. The DELIVERED bookkeeping runs beside the push, not in front of it: the
   * phone hears of the request one database round trip sooner, and a claim works on PENDING as on DELIVERED.
   */
  pushed(request: CallRequest): CallRequest {
    this.deliver(request).catch((error: unknown) => this.logger.warn({ err: error }, 'marking a call request delivered failed'));
    return request;
  }

  /**
   * A push or a poll handed the request to a phone: PENDING → DELIVERED once (a conditional UPDATE; the other
   * devices of the user change nothing), and the web hears of it.
   *
   * It commits without waiting for the WAL flush (`synchronous_commit` off for this one statement's transaction):
   * a long-poll answer waits for it, and beside a push it holds the row lock that a claim arriving at that moment
   * waits for — a flushed commit holds it through the flush, milliseconds to tens of milliseconds on a busy
   * PostgreSQL (bench:push). The row is visible exactly as after a flushed commit; only a crash within a fraction
   * of a second could forget the mark, and a PENDING request may still be claimed.
   */
  async deliver(request: CallRequest): Promise<CallRequest> {
    if (request.status !== CallRequestStatus.PENDING) return request;
    const [rows]: [Array<Record<string, unknown>>, number] = await this.dataSource.query(
      `UPDATE call_requests SET status = 'DELIVERED', delivered_at = now(), updated_at = now()
         FROM (SELECT set_config('synchronous_commit', 'off', true)) AS unflushed_commit
        WHERE id = $1 AND status = 'PENDING' RETURNING call_requests.*`,
      [request.id],
    );
    if (!rows[0]) return request;
    const delivered = entityFromRow(this.dataSource, CallRequest, rows[0]);
    this.publishUpdated(delivered);
    return delivered;
  }

  /**
   * The long-poll fallback: the oldest open request of the user, or — within `waitSeconds` — the next one
   * published for him, else null. The wait holds a pub/sub subscription and one timer: no loop, no query per
   * second. A phone that cannot hold a socket long-polls with waitSeconds 25 and asks again at once; plain
   * polling (waitSeconds 0), and a request already handed out before, are told to come back after
   * CALL_POLL_INTERVAL_SECONDS.
   */
  async next(ctx: RequestContext, deviceId: string, waitSeconds?: number | null): Promise<NextCallRequest> {
    const user = requireUser(ctx);
    const wait = waitSeconds ?? 0;
    if (!Number.isInteger(wait) || wait < 0 || wait > MAX_WAIT_SECONDS) {
      throw new UserInputError('waitSeconds', `waitSeconds must be 0–${MAX_WAIT_SECONDS}`);
    }
    const device = await this.devices.require(user.id, deviceId);
    await this.limit(user.id, device.deviceId);
    this.devices.touch(device, 'poll');
    const found = wait > 0 ? await this.waitForRequest(user.id, wait * 1000) : await this.oldestOpen(user.id);
    // A request handed out before and still unclaimed comes back at every poll until it expires: a phone that
    // does not take it must not spin on it, so only a fresh request (or none) invites an immediate long-poll.
    const fresh = !found || found.status === CallRequestStatus.PENDING;
    const nextPollSeconds = wait > 0 && fresh ? 0 : this.config.CALL_POLL_INTERVAL_SECONDS;
    return { request: found ? await this.deliver(found) : null, nextPollSeconds };
  }

  /**
   * The job: open requests past their expiry, and claimed ones whose phone never reported within
   * CALL_DIALING_TIMEOUT_SECONDS, become EXPIRED (a late report still completes them). Returns how many.
   */
  async expireDue(now = new Date()): Promise<number> {
    const due = `(status IN ('PENDING', 'DELIVERED') AND expires_at <= $1)
                 OR (status = 'DIALING' AND claimed_at <= $1::timestamptz - make_interval(secs => $2))`;
    let total = 0;
    for (;;) {
      const [rows]: [Array<Record<string, unknown>>, number] = await this.dataSource.query(
        `UPDATE call_requests SET status = 'EXPIRED', updated_at = now()
          WHERE id IN (SELECT id FROM call_requests WHERE ${due} ORDER BY expires_at LIMIT ${EXPIRY_BATCH} FOR UPDATE SKIP LOCKED)
            AND (${due})
          RETURNING *`,
        [now.toISOString(), this.config.CALL_DIALING_TIMEOUT_SECONDS],
      );
      for (const row of rows) this.publishUpdated(entityFromRow(this.dataSource, CallRequest, row));
      total += rows.length;
      if (rows.length < EXPIRY_BATCH) return total;
    }
  }

  /** Status changes reach the web of the requester (and the target, when someone else). */
  publishUpdated(request: CallRequest): void {
    const event = toCallRequestEvent(request);
    for (const userId of new Set([request.requesterId, request.targetUserId])) {
      this.pubSub.publish(Topic.CALL_REQUEST_UPDATED, userId, event);
    }
  }

  /** Counts one phone API call of the device; RATE_LIMITED past PHONE_RATE_LIMIT_PER_MINUTE. */
  async limit(userId: string, deviceId: string): Promise<void> {
    await consume(this.limiters.phone, `${userId}:${deviceId}`, 'Too many requests from this device, slow down');
  }

  private async oldestOpen(userId: string): Promise<CallRequest | null> {
    const [row] = await this.dataSource.query(
      `SELECT * FROM call_requests WHERE target_user_id = $1 AND status IN ('PENDING', 'DELIVERED') AND expires_at > now()
        ORDER BY created_at LIMIT 1`,
      [userId],
    );
    return row ? entityFromRow(this.dataSource, CallRequest, row) : null;
  }

  /**
   * Subscribes first, then looks: a request created in between is caught by one or the other. The subscription
   * may take a moment to reach Redis, so a timed-out wait looks once more before answering null.
   */
  private async waitForRequest(userId: string, waitMs: number): Promise<CallRequest | null> {
    const events = this.pubSub.subscribe(Topic.CALL_REQUESTED, userId);
    let timer: NodeJS.Timeout | undefined;
    try {
      const arrival = events.next();
      arrival.catch(() => undefined); // an early return must not leave a rejection unhandled; the race still sees it
      const open = await this.oldestOpen(userId);
      if (open) return open;
      const timeout = new Promise<null>((resolve) => {
        timer = setTimeout(() => resolve(null), waitMs);
      });
      const result = await Promise.race([arrival, timeout]);
      if (result && !result.done) return fromCallRequestEvent(result.value as CallRequestEvent);
      return await this.oldestOpen(userId);
    } finally {
      clearTimeout(timer);
      await events.return?.();
    }
  }

  private async findCompany(ctx: RequestContext, id: string): Promise<Company> {
    const company = isUuid(id) ? await ctx.loaders.byId(Company).load(id) : null;
    if (!company) throw new NotFoundError('Company', 'companyId');
    return company;
  }

  private async findContact(ctx: RequestContext, id: string): Promise<Contact> {
    const contact = isUuid(id) ? await ctx.loaders.byId(Contact).load(id) : null;
    if (!contact) throw new NotFoundError('Contact', 'contactId');
    return contact;
  }
}
