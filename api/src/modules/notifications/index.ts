import { NotificationResolver } from './notification.resolver';

export { Notification, NotificationKind } from './notification.entity';
export { NotificationOutbox, NotificationService, type NotifyInput } from './notification.service';
export { NotificationConnection, NotificationResolver } from './notification.resolver';
export { notificationJobs } from './notification.jobs';

export const notificationResolvers = [NotificationResolver];
