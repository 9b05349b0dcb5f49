import { graphql } from '@/lib/gql';

export const DashboardQuery = graphql(`
  query Dashboard {
    dashboard {
      today
      timeZone
      tasks {
        new { count items { ...TaskListItem } }
        dueToday { count items { ...TaskListItem } }
        overdue { count items { ...TaskListItem } }
        next7Days { count items { ...TaskListItem } }
      }
      contractsEnding { count items { id name contractEndDate } }
      coldCalls { today thisMonth last7Days }
      callsToday { outcome count }
      recentActivity { id verb entityType companyId occurredAt changes actor { id fullName } }
    }
  }
`);
