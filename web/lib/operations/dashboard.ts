import { graphql } from '@/lib/gql';

export const DashboardTaskFragment = graphql(`
  fragment DashboardTask on Task {
    id
    title
    description
    status
    isUrgent
    isOverdue
    dueAt
    completedAt
    result
    viewerCanEdit
    type { id name color icon }
    company { id name }
    contact { id fullName }
    assignee { id fullName }
  }
`);

export const DashboardQuery = graphql(`
  query Dashboard {
    dashboard {
      today
      timeZone
      tasks {
        new { count items { ...DashboardTask } }
        dueToday { count items { ...DashboardTask } }
        overdue { count items { ...DashboardTask } }
        next7Days { count items { ...DashboardTask } }
      }
      contractsEnding { count items { id name contractEndDate } }
      coldCalls { today thisMonth last7Days }
      callsToday { outcome count }
      recentActivity { id verb entityType companyId occurredAt changes actor { id fullName } }
    }
  }
`);
