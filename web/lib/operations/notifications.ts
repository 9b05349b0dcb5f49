import { graphql } from '@/lib/gql';

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
    newestUnread: notifications(unreadOnly: true, first: 1) {
      edges { node { createdAt } }
    }
  }
`);

export const RecentNotificationsQuery = graphql(`
  query RecentNotifications($first: Int!) {
    notifications(first: $first) {
      edges {
        node {
          ...NotificationItem
        }
      }
    }
    unreadNotificationCount
    newestUnread: notifications(unreadOnly: true, first: 1) {
      edges { node { createdAt } }
    }
  }
`);

export const NotificationItemFragment = graphql(`
  fragment NotificationItem on Notification {
    id
    kind
    title
    body
    entityType
    entityId
    companyId
    readAt
    createdAt
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      ...NotificationItem
    }
  }
`);
