import { graphql } from '@/lib/gql';

export const CallStatsFragment = graphql(`
  fragment CallStatsItem on CallStats {
    groupId
    groupName
    period
    total
    connected
    connectRate
    talkSeconds
    averageTalkSeconds
    outgoing
    incoming
    missed
    clickToCall
    fromPhone
    coldTotal
    coldConnected
  }
`);

export const TaskStatsFragment = graphql(`
  fragment TaskStatsItem on TaskStats {
    groupId
    groupName
    created
    completed
    completedOnTime
    onTimeRate
    overdueNow
    averageCompletionSeconds
  }
`);

/** Groups and chart series only: `rows` (group × period) is the largest part and the page does not show it. */
export const AnalyticsQuery = graphql(`
  query Analytics($filter: AnalyticsFilter!) {
    callAnalytics(filter: $filter) {
      from
      to
      timeZone
      periods { ...CallStatsItem }
      groups { ...CallStatsItem }
      total { ...CallStatsItem }
    }
    taskAnalytics(filter: $filter) {
      groups { ...TaskStatsItem }
      total { ...TaskStatsItem }
    }
  }
`);

export const AnalyticsPickersQuery = graphql(`
  query AnalyticsPickers($users: UserFilter) {
    branches { id name }
    users(filter: $users, first: 100) {
      pageInfo { hasNextPage endCursor }
      edges { node { id fullName } }
    }
  }
`);
