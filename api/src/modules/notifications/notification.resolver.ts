import { Arg, Ctx, ID, Int, Mutation, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { Connection } from '../../common/connection';
import type { RequestContext } from '../../common/context';
import { requireUser } from '../../common/context';
import { type NotificationEvent, Topic } from '../../infra/pubsub';
import { Notification } from './notification.entity';
import { fromNotificationEvent } from './notification.service';

export const NotificationConnection = Connection(Notification);

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection, { description: "The signed-in user's notifications, newest first" })
  notifications(
    @Ctx() ctx: RequestContext,
    @Arg('unreadOnly', () => Boolean, { nullable: true }) unreadOnly?: boolean,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return ctx.services.notifications.list(ctx, unreadOnly, first, after);
  }

  @Query(() => Int)
  unreadNotificationCount(@Ctx() ctx: RequestContext): Promise<number> {
    return ctx.services.notifications.unreadCount(ctx);
  }

  @Mutation(() => Int, { description: 'Marks these notifications (without ids: all) read; returns how many changed' })
  markNotificationsRead(@Ctx() ctx: RequestContext, @Arg('ids', () => [ID], { nullable: true }) ids?: string[] | null): Promise<number> {
    return ctx.services.notifications.markRead(ctx, ids);
  }

  @Subscription(() => Notification, {
    description: "Every new notification of the signed-in user (only his own), on every open tab and phone",
    topics: Topic.NOTIFICATION_ADDED,
    topicId: ({ context }: SubscribeResolverData<unknown, unknown, RequestContext>) => requireUser(context).id,
  })
  notificationAdded(@Root() event: NotificationEvent): Notification {
    return fromNotificationEvent(event);
  }
}
