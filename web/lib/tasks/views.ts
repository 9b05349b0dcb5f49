import type { MyTasksQueryVariables, TaskStatus } from '../gql/graphql';
import { startOfZonedDay } from '../time';

export const TASK_VIEWS = ['overdue', 'today', 'week', 'open', 'done'] as const;
export type TaskView = (typeof TASK_VIEWS)[number];
export const DEFAULT_TASK_VIEW: TaskView = 'open';

export const OPEN_STATUSES: TaskStatus[] = ['NEW', 'IN_PROGRESS'];

export function isTaskView(value: unknown): value is TaskView {
  return typeof value === 'string' && (TASK_VIEWS as readonly string[]).includes(value);
}

type TaskQuery = Required<Pick<MyTasksQueryVariables, 'filter' | 'orderBy'>>;

/**
 * What each tab of "My tasks" asks the API for; day boundaries are the viewer's own, as in the API's
 * `myTaskCounts` (today includes what is already past due today; the week starts tomorrow).
 */
export function taskViewQuery(view: TaskView, now: Date, timeZone: string): TaskQuery {
  const soonestFirst = { field: 'DUE_AT', direction: 'ASC' } as const;
  switch (view) {
    case 'overdue':
      return { filter: { mine: true, status: OPEN_STATUSES, overdue: true }, orderBy: soonestFirst };
    case 'today':
      return {
        filter: {
          mine: true,
          status: OPEN_STATUSES,
          dueFrom: startOfZonedDay(now, timeZone).toISOString(),
          dueTo: startOfZonedDay(now, timeZone, 1).toISOString(),
        },
        orderBy: soonestFirst,
      };
    case 'week':
      return {
        filter: {
          mine: true,
          status: OPEN_STATUSES,
          dueFrom: startOfZonedDay(now, timeZone, 1).toISOString(),
          dueTo: startOfZonedDay(now, timeZone, 8).toISOString(),
        },
        orderBy: soonestFirst,
      };
    case 'open':
      return { filter: { mine: true, status: OPEN_STATUSES }, orderBy: soonestFirst };
    case 'done':
      return { filter: { mine: true, status: ['DONE'] }, orderBy: { field: 'DUE_AT', direction: 'DESC' } };
  }
}
