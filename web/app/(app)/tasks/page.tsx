import type { Metadata } from 'next';
import { CreateTaskButton, type CreateTaskOptions } from '@/components/tasks/create-task-dialog';
import { TaskList } from '@/components/tasks/task-list';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import type { IconName } from '@/components/ui/icon';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { Tabs } from '@/components/ui/tabs';
import { getFormatter, getT } from '@/i18n/server';
import { gqlRequest, reshapeConnection } from '@/lib/api';
import { AssignableUsersQuery, MyTaskCountsQuery, MyTasksQuery, TaskFormOptionsQuery } from '@/lib/operations/tasks';
import { PAGE_SIZE, PAGING_KEYS, readPageState } from '@/lib/pagination';
import { isLeadership, worksAcrossBranches } from '@/lib/roles';
import { taskRowLabels, toTaskRow } from '@/lib/tasks/reshape';
import { DEFAULT_TASK_VIEW, isTaskView, TASK_VIEWS, taskViewQuery, type TaskView } from '@/lib/tasks/views';
import { toDateTimeLocalValue, zonedTimeOnDay, wallClock } from '@/lib/time';
import { firstParam, hrefWith, type SearchParams } from '@/lib/url';
import { getViewer, type Viewer } from '@/lib/viewer';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT('tasks'))('metaTitle') };
}

const EMPTY_ICONS: Record<TaskView, IconName> = { overdue: 'checkCircle', today: 'calendar', week: 'calendar', open: 'tasks', done: 'checkCircle' };

/** Today 18:00 while there is time left for it, else tomorrow 10:00. */
function defaultDueAt(now: Date, timeZone: string): string {
  const due = wallClock(now, timeZone).hour < 17 ? zonedTimeOnDay(now, timeZone, 0, 18) : zonedTimeOnDay(now, timeZone, 1, 10);
  return toDateTimeLocalValue(due, timeZone);
}

async function createTaskOptions(viewer: Viewer, now: Date): Promise<CreateTaskOptions> {
  const leadership = isLeadership(viewer.role);
  const branchId = worksAcrossBranches(viewer.role) ? undefined : viewer.branch?.id;
  const [{ taskTypes }, users] = await Promise.all([
    gqlRequest(TaskFormOptionsQuery),
    leadership ? gqlRequest(AssignableUsersQuery, { filter: { isActive: true, ...(branchId ? { branchId } : {}) } }) : null,
  ]);
  return {
    types: taskTypes.filter((type) => type.isActive).map((type) => ({ value: type.id, label: type.name })),
    assignees: users ? reshapeConnection(users.users).items.map((user) => ({ value: user.id, label: user.fullName })) : [],
    viewer: { id: viewer.id, fullName: viewer.fullName },
    defaultDueAt: defaultDueAt(now, viewer.timeZone),
  };
}

export default async function TasksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const viewer = await getViewer();
  const requested = firstParam(params.view);
  const view: TaskView = isTaskView(requested) ? requested : DEFAULT_TASK_VIEW;
  const { after } = readPageState(params);
  const now = new Date();
  const { timeZone } = viewer;

  const [t, format, result, { myTaskCounts: counts }, createOptions] = await Promise.all([
    getT('tasks'),
    getFormatter(timeZone),
    gqlRequest(MyTasksQuery, { ...taskViewQuery(view, now, timeZone), first: PAGE_SIZE, ...(after ? { after } : {}) }),
    gqlRequest(MyTaskCountsQuery),
    createTaskOptions(viewer, now),
  ]);

  const page = reshapeConnection(result.tasks);
  const labels = taskRowLabels(t);
  const rows = page.items.map((task) => toTaskRow(task, now, timeZone, labels, (date, options) => format.dateTime(date, options)));
  const tabCounts: Partial<Record<TaskView, number>> = { overdue: counts.overdue, today: counts.today, week: counts.next7Days, open: counts.open };

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} actions={<CreateTaskButton options={createOptions} />} />
      <Tabs
        label={t('views.label')}
        items={TASK_VIEWS.map((item) => ({
          href: hrefWith('/tasks', params, { view: item === DEFAULT_TASK_VIEW ? undefined : item }, PAGING_KEYS),
          label: t(`views.${item}`),
          active: item === view,
          count: tabCounts[item],
          ...(item === 'overdue' ? { tone: 'danger' as const } : {}),
          testId: `task-view-${item}`,
        }))}
      />
      <Card>
        {rows.length > 0 ? (
          <TaskList key={view} rows={rows} />
        ) : (
          <EmptyState icon={EMPTY_ICONS[view]} title={t(`empty.${view}.title`)} hint={t(`empty.${view}.hint`)} />
        )}
        <Pagination
          pathname="/tasks"
          searchParams={params}
          hasNextPage={page.hasNextPage}
          endCursor={page.endCursor}
          totalCount={page.totalCount}
          itemCount={rows.length}
        />
      </Card>
    </>
  );
}
