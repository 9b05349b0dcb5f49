import Link from 'next/link';
import { OUTCOME_TONE } from '@/components/calls/outcome-tone';
import { fieldChanges, historyVerb } from '@/components/companies/history-sentences';
import { Avatar } from '@/components/ui/avatar';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Card, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Icon } from '@/components/ui/icon';
import { Skeleton } from '@/components/ui/skeleton';
import { Tabs } from '@/components/ui/tabs';
import { TaskList } from '@/components/tasks/task-list';
import { getFormatter, getT } from '@/i18n/server';
import { gqlRequest } from '@/lib/api';
import { daysBetween } from '@/lib/analytics/params';
import type { DashboardQuery as DashboardResult } from '@/lib/gql/graphql';
import { DashboardQuery } from '@/lib/operations/dashboard';
import { grammaticalGender, localDateAsDate } from '@/lib/reshape/companies';
import { taskRowLabels, toTaskRow } from '@/lib/tasks/reshape';
import { hrefWith, type SearchParams } from '@/lib/url';
import styles from './dashboard.module.css';

type Dashboard = DashboardResult['dashboard'];
export const TASK_LISTS = ['overdue', 'dueToday', 'new', 'next7Days'] as const;
export type TaskListKey = (typeof TASK_LISTS)[number];


/** The list asked for in `?tasks=`, else the first one that has something in it. */
function chosenList(requested: string | undefined, tasks: Dashboard['tasks']): TaskListKey {
  const asked = TASK_LISTS.find((key) => key === requested);
  return asked ?? TASK_LISTS.find((key) => tasks[key].count > 0) ?? 'dueToday';
}

async function TasksCard({ tasks, list, params, timeZone }: { tasks: Dashboard['tasks']; list: TaskListKey; params: SearchParams; timeZone: string }) {
  const [t, tTasks, format] = await Promise.all([getT('analytics.dashboard.tasks'), getT('tasks'), getFormatter(timeZone)]);
  const now = new Date();
  const labels = taskRowLabels(tTasks);
  const shown = tasks[list];
  const rows = shown.items.map((task) => toTaskRow(task, now, timeZone, labels, (date, options) => format.dateTime(date, options)));
  const tasksView: Record<TaskListKey, string> = { overdue: 'overdue', dueToday: 'today', new: 'open', next7Days: 'week' };
  return (
    <Card data-testid="dashboard-tasks">
      <CardHeader
        title={t('title')}
        actions={
          <ButtonLink href="/tasks" size="sm" variant="ghost" icon="chevronRight">
            {t('all')}
          </ButtonLink>
        }
      />
      <Tabs
        label={t('label')}
        items={TASK_LISTS.map((key) => ({
          href: hrefWith('/', params, { tasks: key }),
          label: t(key),
          active: key === list,
          count: tasks[key].count,
          ...(key === 'overdue' ? { tone: 'danger' as const } : {}),
          testId: `dashboard-tasks-${key}`,
        }))}
      />
      {rows.length > 0 ? <TaskList key={list} rows={rows} /> : <EmptyState icon="checkCircle" title={t(`empty.${list}`)} />}
      {shown.count > rows.length && (
        <p className={styles.more}>
          <Link href={`/tasks?view=${tasksView[list]}`}>{t('more', { count: shown.count - rows.length })}</Link>
        </p>
      )}
    </Card>
  );
}

async function CallsTodayCard({ callsToday }: { callsToday: Dashboard['callsToday'] }) {
  const [t, tCalls] = await Promise.all([getT('analytics.dashboard.callsToday'), getT('calls')]);
  const total = callsToday.reduce((sum, item) => sum + item.count, 0);
  return (
    <Card data-testid="dashboard-calls-today">
      <CardHeader title={t('title')} description={<span data-testid="calls-today-total">{t('total', { count: total })}</span>} />
      <dl className={styles.outcomes} aria-label={t('label')}>
        {callsToday.map(({ outcome, count }) => (
          <div key={outcome} className={styles.outcome} data-testid={`calls-today-${outcome}`}>
            <dt>
              <Badge tone={OUTCOME_TONE[outcome]} dot>
                {tCalls(`outcome.${outcome}`)}
              </Badge>
            </dt>
            <dd className={count === 0 ? styles.zero : undefined}>{count}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}

async function ColdCallsCard({ coldCalls }: { coldCalls: Dashboard['coldCalls'] }) {
  const t = await getT('analytics.dashboard.coldCalls');
  const items = [
    ['today', coldCalls.today],
    ['last7Days', coldCalls.last7Days],
    ['thisMonth', coldCalls.thisMonth],
  ] as const;
  return (
    <Card data-testid="dashboard-cold-calls">
      <CardHeader title={t('title')} />
      <dl className={styles.figures}>
        {items.map(([key, value]) => (
          <div key={key} className={styles.figure} data-testid={`cold-calls-${key}`}>
            <dt>{t(key)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}

async function ContractsCard({ contracts, today, timeZone }: { contracts: Dashboard['contractsEnding']; today: string; timeZone: string }) {
  const [t, format] = await Promise.all([getT('analytics.dashboard.contracts'), getFormatter(timeZone)]);
  return (
    <Card data-testid="dashboard-contracts">
      <CardHeader title={t('title')} description={t('description', { count: contracts.count })} />
      {contracts.items.length === 0 ? (
        <EmptyState icon="document" title={t('empty')} />
      ) : (
        <ul className={styles.list}>
          {contracts.items.map((company) => {
            const ends = typeof company.contractEndDate === 'string' ? company.contractEndDate : null;
            return (
              <li key={company.id} className={styles.item} data-testid="contract-ending">
                <Link href={`/companies/${company.id}`} className={styles.itemTitle} prefetch={false}>
                  <Icon name="building" size={15} />
                  {company.name}
                </Link>
                {ends && (
                  <span className={styles.itemMeta}>
                    {t('ends', { date: format.dateTime(localDateAsDate(ends), { day: 'numeric', month: 'long', timeZone: 'UTC' }) })} ·{' '}
                    {t('daysLeft', { days: daysBetween(today, ends) })}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}

type Untyped = ((key: string, values?: Record<string, string | number>) => string) & { has: (key: string) => boolean };

async function ActivityCard({ events, timeZone }: { events: Dashboard['recentActivity']; timeZone: string }) {
  const [t, tCompanies, format] = await Promise.all([getT('analytics.dashboard.activity'), getT('companies'), getFormatter(timeZone)]);
  const history = tCompanies as unknown as Untyped;
  const now = new Date();
  const sentence = (event: Dashboard['recentActivity'][number]) => {
    const actor = event.actor?.fullName ?? history('history.someone');
    const verb = historyVerb(event.verb, event.entityType);
    const gender = event.actor ? grammaticalGender(actor) : 'male';
    if (!verb) return history('history.verbs.other', { actor, verb: event.verb });
    const text = history(`history.verbs.${verb}`, { actor, gender });
    if (!text.endsWith(':')) return text;
    // "изменил:" is followed by what changed; here only the names of the fields.
    const fields = fieldChanges(event.changes).map(({ field }) => (history.has(`history.fields.${field}`) ? history(`history.fields.${field}`) : field));
    return `${text} ${fields.join(', ')}`;
  };
  return (
    <Card data-testid="dashboard-activity">
      <CardHeader title={t('title')} description={t('description')} />
      {events.length === 0 ? (
        <EmptyState icon="clock" title={t('empty')} />
      ) : (
        <ol className={styles.list}>
          {events.map((event) => (
            <li key={event.id} className={styles.activity} data-testid="activity-event">
              <Avatar name={event.actor?.fullName ?? '?'} size="sm" />
              <div className={styles.activityBody}>
                <p>{sentence(event)}</p>
                <p className={styles.itemMeta}>
                  <time dateTime={event.occurredAt} title={format.dateTime(new Date(event.occurredAt), { dateStyle: 'long', timeStyle: 'short' })}>
                    {format.relativeTime(new Date(event.occurredAt), now)}
                  </time>
                  {event.companyId && (
                    <>
                      {' · '}
                      <Link href={`/companies/${event.companyId}/history`}>{t('openCompany')}</Link>
                    </>
                  )}
                </p>
              </div>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}

/** The signed-in user's day: tasks with quick complete, calls, cold calls, contracts ending and recent activity. */
export async function DashboardBoard({ params, timeZone }: { params: SearchParams; timeZone: string }) {
  const { dashboard } = await gqlRequest(DashboardQuery);
  const requested = typeof params.tasks === 'string' ? params.tasks : undefined;
  return (
    <div className={styles.board} data-testid="dashboard">
      <div className={styles.main}>
        <TasksCard tasks={dashboard.tasks} list={chosenList(requested, dashboard.tasks)} params={params} timeZone={timeZone} />
        <ActivityCard events={dashboard.recentActivity} timeZone={timeZone} />
      </div>
      <div className={styles.side}>
        <CallsTodayCard callsToday={dashboard.callsToday} />
        <ColdCallsCard coldCalls={dashboard.coldCalls} />
        <ContractsCard contracts={dashboard.contractsEnding} today={dashboard.today} timeZone={timeZone} />
      </div>
    </div>
  );
}

export function DashboardSkeleton() {
  return (
    <div className={styles.board} aria-busy="true">
      <div className={styles.main}>
        {[5, 3].map((rows, card) => (
          <Card key={card} padded>
            <Skeleton width={160} height={18} />
            {Array.from({ length: rows }, (_, row) => (
              <Skeleton key={row} height={14} className={styles.skeletonRow} />
            ))}
          </Card>
        ))}
      </div>
      <div className={styles.side}>
        {[6, 3, 3].map((rows, card) => (
          <Card key={card} padded>
            <Skeleton width={140} height={18} />
            {Array.from({ length: rows }, (_, row) => (
              <Skeleton key={row} height={14} className={styles.skeletonRow} />
            ))}
          </Card>
        ))}
      </div>
    </div>
  );
}
