import type { DataSource, EntityManager } from 'typeorm';
import type { ConnectionShape } from '../../common/connection';
import type { RequestContext } from '../../common/context';
import { requireUser } from '../../common/context';
import { UserInputError, isUuid } from '../../common/errors';
import { entityFromRow } from '../../common/loaders';
import { paginate } from '../../common/paginate';
import { type AppPubSub, type NotificationEvent, Topic } from '../../infra/pubsub';
import { Notification, NotificationKind } from './notification.entity';
import { type MessageParams, renderMessage } from './notification.messages';

export interface NotifyInput {
  userId: string;
  kind: NotificationKind;
  /** Rendered into a title and body in the recipient's locale. */
  params: MessageParams;
  entityType?: string | null;
  entityId?: string | null;
  companyId?: string | null;
  /** A second notice with the same key for the same user is not created. */
  dedupeKey: string;
}

export const MAX_MARK_READ_IDS = 500;

export function toNotificationEvent(notification: Notification): NotificationEvent {
  return {
    id: notification.id,
    userId: notification.userId,
    kind: notification.kind,
    title: notification.title,
    body: notification.body,
    entityType: notification.entityType,
    entityId: notification.entityId,
    companyId: notification.companyId,
    readAt: notification.readAt?.toISOString() ?? null,
    createdAt: notification.createdAt.toISOString(),
    updatedAt: notification.updatedAt.toISOString(),
  };
}

export function fromNotificationEvent(event: NotificationEvent): Notification {
  return Object.assign(new Notification(), {
    ...event,
    kind: event.kind as NotificationKind,
    readAt: event.readAt ? new Date(event.readAt) : null,
    createdAt: new Date(event.createdAt),
    updatedAt: new Date(event.updatedAt),
  });
}

/**
 * Notices collected inside a transaction: rows are written with it, events leave only after it commits
 * (`publish()` after the transaction resolved), so a rolled-back change never rings a bell.
 */
export class NotificationOutbox {
  private readonly created: Notification[] = [];

  constructor(private readonly service: NotificationService) {}

  async add(manager: EntityManager, inputs: NotifyInput | NotifyInput[]): Promise<void> {
    this.created.push(...(await this.service.insert(manager, Array.isArray(inputs) ? inputs : [inputs])));
  }

  publish(): void {
    this.service.publish(this.created.splice(0));
  }
}

/** Notices for users: created by services and jobs, deduplicated per user by key, pushed to every open tab. */
export class NotificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly pubSub: AppPubSub,
  ) {}

  outbox(): NotificationOutbox {
    return new NotificationOutbox(this);
  }

  /** Outside a transaction (jobs, scripts): writes and publishes at once. Returns only the notices created now. */
  async notify(inputs: NotifyInput | NotifyInput[]): Promise<Notification[]> {
    const created = await this.insert(this.dataSource.manager, Array.isArray(inputs) ? inputs : [inputs]);
    this.publish(created);
    return created;
  }

  /** INSERT … ON CONFLICT DO NOTHING: a duplicate key creates nothing and returns nothing. Inactive users get nothing. */
  async insert(manager: EntityManager, inputs: NotifyInput[]): Promise<Notification[]> {
    if (inputs.length === 0) return [];
    const recipients: Array<{ id: string; locale: string; time_zone: string }> = await manager.query(
      'SELECT id, locale, time_zone FROM users WHERE id = ANY($1::uuid[]) AND is_active AND deleted_at IS NULL',
      [[...new Set(inputs.map((input) => input.userId))]],
    );
    const byId = new Map(recipients.map((recipient) => [recipient.id, recipient]));
    const created: Notification[] = [];
    for (const input of inputs) {
      const recipient = byId.get(input.userId);
      if (!recipient) continue;
      const { title, body } = renderMessage(recipient.locale, input.kind, input.params, recipient.time_zone);
      const rows: Array<Record<string, unknown>> = await manager.query(
        `INSERT INTO notifications (user_id, kind, title, body, entity_type, entity_id, company_id, dedupe_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (user_id, dedupe_key) DO NOTHING
         RETURNING id, user_id, kind, title, body, entity_type, entity_id, company_id, read_at, created_at, updated_at`,
        [input.userId, input.kind, title, body, input.entityType ?? null, input.entityId ?? null, input.companyId ?? null, input.dedupeKey.slice(0, 200)],
      );
      if (rows[0]) created.push(entityFromRow(manager.connection, Notification, rows[0]));
    }
    return created;
  }

  publish(notifications: Notification[]): void {
    for (const notification of notifications) {
      this.pubSub.publish(Topic.NOTIFICATION_ADDED, notification.userId, toNotificationEvent(notification));
    }
  }

  list(ctx: RequestContext, unreadOnly: boolean | null | undefined, first?: number | null, after?: string | null): Promise<ConnectionShape<Notification>> {
    const user = requireUser(ctx);
    const query = this.dataSource.getRepository(Notification).createQueryBuilder('n').where('n.user_id = :userId', { userId: user.id });
    if (unreadOnly) query.andWhere('n.read_at IS NULL');
    return paginate(query, { sortExpression: 'n.created_at', direction: 'DESC', first, after });
  }

  async unreadCount(ctx: RequestContext): Promise<number> {
    const user = requireUser(ctx);
    const [row] = await this.dataSource.query('SELECT count(*)::int AS count FROM notifications WHERE user_id = $1 AND read_at IS NULL', [user.id]);
    return row.count;
  }

  /** Marks the given notices (or, without ids, every one) of the signed-in user read; returns how many changed. */
  async markRead(ctx: RequestContext, ids: string[] | null | undefined): Promise<number> {
    const user = requireUser(ctx);
    if (ids && ids.length > MAX_MARK_READ_IDS) throw new UserInputError('ids', `Mark at most ${MAX_MARK_READ_IDS} notifications at a time`);
    const valid = ids?.filter(isUuid);
    if (valid && valid.length === 0) return 0;
    const [, affected]: [unknown, number] = await this.dataSource.query(
      `UPDATE notifications SET read_at = now(), updated_at = now()
        WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
      [user.id, valid ?? null],
    );
    return affected;
  }
}
