import type { DataSource } from 'typeorm';
import type { Config } from '../../config';
import type { RequestContext } from '../../common/context';
import { requireUser } from '../../common/context';
import { NotFoundError, UnauthenticatedError } from '../../common/errors';
import { type AppPubSub, Topic } from '../../infra/pubsub';
import type { Logger } from '../../logger';
import type { AuthService } from '../auth/auth.service';
import { LoginToken } from '../auth/auth-session.entity';
import type { AuthPayload } from '../auth/auth.types';
import { hashSecret, randomSecret } from '../auth/tokens';
import { User } from '../users/user.entity';
import { checkDevice } from './call-result';
import { PhoneDevice } from './call.entity';
import type { PhoneLoginToken } from './call.inputs';

/** A device's poll and presence times are bookkeeping: written at most this often per device and process. */
export const DEVICE_TOUCH_INTERVAL_MS = 60_000;
const MAX_TOKEN_LENGTH = 200;
const EXPIRED_CODE = 'This sign-in code has expired or was already used';

/** The phones users sign in on: QR sign-in, registration, and cheap presence bookkeeping. */
export class PhoneDeviceService {
  /** Last bookkeeping write per device row and kind, in this process. */
  private readonly touched = new Map<string, number>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: Config,
    private readonly auth: AuthService,
    private readonly pubSub: AppPubSub,
    private readonly logger: Logger,
  ) {}

  /** A one-time sign-in code for the signed-in web user's phone, valid PHONE_LOGIN_TOKEN_TTL_SECONDS; stored hashed. */
  async createLoginToken(ctx: RequestContext): Promise<PhoneLoginToken> {
    const user = requireUser(ctx);
    const token = randomSecret();
    const expiresAt = new Date(Date.now() + this.config.PHONE_LOGIN_TOKEN_TTL_SECONDS * 1000);
    await this.dataSource.getRepository(LoginToken).insert({
      userId: user.id,
      kind: 'PHONE_LOGIN',
      tokenHash: hashSecret(token),
      createdById: user.id,
      expiresAt,
    });
    // A fragment, not a query: the token never reaches a server log if someone opens the link in a browser.
    const url = `${this.config.WEB_ORIGIN.replace(/\/$/, '')}/phone-login#token=${token}`;
    return { token, expiresAt, qrPayload: url, url };
  }

  /** The phone trades the scanned code for its own session (client PHONE) and registers itself. Works once. */
  async exchangeLoginToken(ctx: RequestContext, token: string, deviceId: string, deviceName: string): Promise<AuthPayload> {
    // Checked before the code is spent: a bad device name must not burn the QR code.
    const device = checkDevice(deviceId, deviceName, null, 'deviceName');
    if (!token || token.length > MAX_TOKEN_LENGTH) throw new UnauthenticatedError(EXPIRED_CODE);
    const userId = await this.auth.consumeLoginToken(token, 'PHONE_LOGIN');
    const user = userId ? await this.dataSource.getRepository(User).findOneBy({ id: userId, isActive: true }) : null;
    if (!user) throw new UnauthenticatedError(EXPIRED_CODE);
    await this.upsert(user.id, device);
    return this.auth.startSession(ctx, user, 'PHONE', device.deviceId);
  }

  /** Registers (or renames / updates) a phone of the signed-in user, e.g. after a password sign-in on the phone. */
  async register(ctx: RequestContext, deviceId: string, name: string, appVersion: string | null | undefined): Promise<PhoneDevice> {
    const user = requireUser(ctx);
    return this.upsert(user.id, checkDevice(deviceId, name, appVersion));
  }

  listMine(ctx: RequestContext): Promise<PhoneDevice[]> {
    const user = requireUser(ctx);
    return this.dataSource.getRepository(PhoneDevice).find({ where: { userId: user.id }, order: { createdAt: 'ASC' } });
  }

  /** The user's device by the app's id, or NOT_FOUND naming `field`: a phone never acts for another user's device. */
  async require(userId: string, deviceId: unknown, field = 'deviceId'): Promise<PhoneDevice> {
    const device =
      typeof deviceId === 'string' && deviceId.length <= 200
        ? await this.dataSource.getRepository(PhoneDevice).findOneBy({ userId, deviceId })
        : null;
    if (!device) throw new NotFoundError('PhoneDevice', field);
    return device;
  }

  /**
   * Records that the device polled (or opened its socket). Documented bookkeeping, throttled in memory to one
   * write per device and kind per DEVICE_TOUCH_INTERVAL_MS, so that polling never becomes a write per request.
   */
  touch(device: PhoneDevice, kind: 'poll' | 'seen'): void {
    const now = Date.now();
    const key = `${device.id}:${kind}`;
    if (now - (this.touched.get(key) ?? 0) < DEVICE_TOUCH_INTERVAL_MS) return;
    if (this.touched.size > 10_000) this.touched.clear();
    this.touched.set(key, now);
    const sql =
      kind === 'poll'
        ? 'UPDATE phone_devices SET last_poll_at = now(), last_seen_at = now() WHERE id = $1'
        : 'UPDATE phone_devices SET last_seen_at = now() WHERE id = $1';
    this.dataSource.query(sql, [device.id]).catch((error: unknown) => this.logger.warn({ err: error }, 'device bookkeeping failed'));
  }

  private async upsert(userId: string, device: { deviceId: string; name: string; appVersion: string | null }): Promise<PhoneDevice> {
    const [row]: Array<{ id: string }> = await this.dataSource.query(
      `INSERT INTO phone_devices (user_id, device_id, name, app_version, last_seen_at)
       VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (user_id, device_id) DO UPDATE
         SET name = EXCLUDED.name, app_version = COALESCE(EXCLUDED.app_version, phone_devices.app_version),
             last_seen_at = now(), updated_at = now()
       RETURNING id`,
      [userId, device.deviceId, device.name, device.appVersion],
    );
    this.pubSub.publish(Topic.PHONE_DEVICE_REGISTERED, userId, { deviceId: device.deviceId });
    return this.dataSource.getRepository(PhoneDevice).findOneByOrFail({ id: row.id });
  }
}
