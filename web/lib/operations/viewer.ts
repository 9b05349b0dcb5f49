import { graphql } from '@/lib/gql';

export const ViewerFields = graphql(`
  fragment ViewerFields on User {
    id
    email
    fullName
    role
    locale
    timeZone
    branch { id code name }
  }
`);

export const ViewerQuery = graphql(`
  query Viewer {
    me { ...ViewerFields }
  }
`);

/** What the app shell needs on every full page load, in one round trip: the viewer and the bell's unread count. */
export const ViewerWithUnreadQuery = graphql(`
  query ViewerWithUnread {
    me { ...ViewerFields }
    unreadNotificationCount
    newestUnread: notifications(unreadOnly: true, first: 1) {
      edges { node { createdAt } }
    }
  }
`);
