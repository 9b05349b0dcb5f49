import { graphql } from '@/lib/gql';

/** A task as the task lists show it (the tasks page, a company's tasks, the dashboard). */
export const TaskListItemFragment = graphql(`
  fragment TaskListItem on Task {
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

export const MyTasksQuery = graphql(`
  query MyTasks($filter: TaskFilter, $orderBy: TaskOrder, $first: Int, $after: String) {
    tasks(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node { ...TaskListItem }
      }
    }
  }
`);

export const MyTaskCountsQuery = graphql(`
  query MyTaskCounts {
    myTaskCounts { overdue today next7Days open }
  }
`);

export const TaskFormOptionsQuery = graphql(`
  query TaskFormOptions {
    taskTypes { id name color icon isActive }
  }
`);

export const AssignableUsersQuery = graphql(`
  query AssignableUsers($filter: UserFilter) {
    users(filter: $filter, first: 100) {
      pageInfo { hasNextPage endCursor }
      edges { node { id fullName } }
    }
  }
`);

export const CreateTaskMutation = graphql(`
  mutation CreateTask($input: CreateTaskInput!) {
    createTask(input: $input) { id }
  }
`);

export const CompleteTaskMutation = graphql(`
  mutation CompleteTask($id: ID!, $result: String) {
    completeTask(id: $id, result: $result) { id status }
  }
`);

export const RescheduleTaskMutation = graphql(`
  mutation RescheduleTask($id: ID!, $dueAt: DateTimeISO!) {
    rescheduleTask(id: $id, dueAt: $dueAt) { id dueAt }
  }
`);
