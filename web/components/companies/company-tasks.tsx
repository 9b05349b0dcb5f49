import type { CreateTaskOptions } from '@/components/tasks/create-task-dialog';
import { TaskList } from '@/components/tasks/task-list';
import { ButtonLink } from '@/components/ui/button';
import { Card, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { getFormatter, getT } from '@/i18n/server';
import { gqlRequest, reshapeConnection } from '@/lib/api';
import { AssignableUsersQuery, MyTasksQuery, TaskFormOptionsQuery } from '@/lib/operations/tasks';
import { isLeadership, worksAcrossBranches } from '@/lib/roles';
import { taskRowLabels, toTaskRow } from '@/lib/tasks/reshape';
import { OPEN_STATUSES } from '@/lib/tasks/views';
import { toDateTimeLocalValue, wallClock, zonedTimeOnDay } from '@/lib/time';
import type { Viewer } from '@/lib/viewer';
import { CompanyTaskButton } from './company-task-button';

const OPEN_TASKS_SHOWN = 50;

/** Today 18:00 while there is time left for it, else tomorrow 10:00 (as on My tasks). */
function defaultDueAt(now: Date, timeZone: string): string {
  const due = wallClock(now, timeZone).hour < 17 ? zonedTimeOnDay(now, timeZone, 0, 18) : zonedTimeOnDay(now, timeZone, 1, 10);
  return toDateTimeLocalValue(due, timeZone);
}

async function taskOptions(viewer: Viewer, now: Date): Promise<CreateTaskOptions> {
  const branchId = worksAcrossBranches(viewer.role) ? undefined : viewer.branch?.id;
  const [{ taskTypes }, users] = await Promise.all([
    gqlRequest(TaskFormOptionsQuery),
    isLeadership(viewer.role) ? gqlRequest(AssignableUsersQuery, { filter: { isActive: true, ...(branchId ? { branchId } : {}) } }) : null,
  ]);
  return {
    types: taskTypes.filter((type) => type.isActive).map((type) => ({ value: type.id, label: type.name })),
    assignees: users ? reshapeConnection(users.users).items.map((user) => ({ value: user.id, label: user.fullName })) : [],
    viewer: { id: viewer.id, fullName: viewer.fullName },
    defaultDueAt: defaultDueAt(now, viewer.timeZone),
  };
}

/** Задачи: the company's open tasks, soonest first, with the everyday actions of My tasks. */
export async function CompanyTasks({ company, viewer }: { company: { id: string; name: string }; viewer: Viewer }) {
  const now = new Date();
  const { timeZone } = viewer;
  const [t, tTasks, format, result, options] = await Promise.all([
    getT('companies'),
    getT('tasks'),
    getFormatter(timeZone),
    gqlRequest(MyTasksQuery, {
      filter: { companyId: company.id, status: OPEN_STATUSES },
      orderBy: { field: 'DUE_AT', direction: 'ASC' },
      first: OPEN_TASKS_SHOWN,
    }),
    taskOptions(viewer, now),
  ]);
  const labels = taskRowLabels(tTasks);
  const rows = result.tasks.edges.map(({ node }) => toTaskRow(node, now, timeZone, labels, (date, formatOptions) => format.dateTime(date, formatOptions)));

  return (
    <Card>
      <CardHeader
        title={t('tasks.title')}
        description={rows.length ? t('tasks.count', { count: result.tasks.totalCount }) : undefined}
        actions={<CompanyTaskButton companyId={company.id} companyName={company.name} options={options} />}
      />
      {rows.length > 0 ? (
        <TaskList rows={rows} />
      ) : (
        <EmptyState icon="tasks" title={t('tasks.empty')} hint={t('tasks.emptyHint')} action={<ButtonLink href="/tasks" size="sm">{t('tasks.allTasks')}</ButtonLink>} />
      )}
    </Card>
  );
}
