import type { IconName } from '@/components/ui/icon';
import { isIconName } from '@/components/ui/icon';
import type { TaskListItemFragment } from '../gql/graphql';
import { startOfZonedDay, toDateTimeLocalValue } from '../time';
import { OPEN_STATUSES } from './views';

type TaskNode = TaskListItemFragment;

/** A task as the list shows it: every label already worded for the viewer's language and time zone. */
export type TaskRow = {
  id: string;
  title: string;
  description: string | null;
  isUrgent: boolean;
  isInProgress: boolean;
  isOpen: boolean;
  isOverdue: boolean;
  canEdit: boolean;
  type: { name: string; color: string; icon: IconName } | null;
  company: { id: string; name: string } | null;
  contactName: string | null;
  dueText: string;
  /** The current due time as an <input type="datetime-local"> value, to start rescheduling from. */
  dueInput: string | null;
  completedText: string | null;
  result: string | null;
};

/** Task type icons as the API names them → our icon set. */
const TYPE_ICON_ALIASES: Readonly<Record<string, IconName>> = {
  file: 'document',
  call: 'phone',
  letter: 'mail',
  email: 'mail',
  meeting: 'meeting',
  dot: 'tasks',
};

export function taskTypeIcon(icon: string | null | undefined): IconName {
  if (!icon) return 'tasks';
  // Own keys only: an admin may name a type's icon "constructor", which every object inherits.
  if (Object.hasOwn(TYPE_ICON_ALIASES, icon)) return TYPE_ICON_ALIASES[icon] ?? 'tasks';
  return isIconName(icon) ? icon : 'tasks';
}

type Labels = {
  noDue: string;
  today: (time: string) => string;
  tomorrow: (time: string) => string;
  yesterday: (time: string) => string;
  completedAt: (date: string) => string;
};
type LabelKey = 'list.noDue' | 'list.today' | 'list.tomorrow' | 'list.yesterday' | 'list.completedAt';

/** The row labels from a translator of the `tasks` namespace (`getT('tasks')` on the server). */
export function taskRowLabels(t: (key: LabelKey, values?: Record<string, string>) => string): Labels {
  return {
    noDue: t('list.noDue'),
    today: (time) => t('list.today', { time }),
    tomorrow: (time) => t('list.tomorrow', { time }),
    yesterday: (time) => t('list.yesterday', { time }),
    completedAt: (date) => t('list.completedAt', { date }),
  };
}

type DateFormatOptions = Pick<Intl.DateTimeFormatOptions, 'year' | 'month' | 'day' | 'hour' | 'minute' | 'weekday'>;
type DateFormat = (date: Date, options: DateFormatOptions) => string;

const DAY_MS = 24 * 60 * 60 * 1000;

/** "Сегодня, 14:00" / "Завтра, 10:00" / "12 мар., 10:00" (with the year when it is not this one). */
export function dueLabel(due: Date, now: Date, timeZone: string, labels: Labels, format: DateFormat): string {
  const days = Math.round((startOfZonedDay(due, timeZone).getTime() - startOfZonedDay(now, timeZone).getTime()) / DAY_MS);
  const time = format(due, { hour: '2-digit', minute: '2-digit' });
  if (days === 0) return labels.today(time);
  if (days === 1) return labels.tomorrow(time);
  if (days === -1) return labels.yesterday(time);
  const sameYear = format(due, { year: 'numeric' }) === format(now, { year: 'numeric' });
  return format(due, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', ...(sameYear ? {} : { year: 'numeric' }) });
}

export function toTaskRow(task: TaskNode, now: Date, timeZone: string, labels: Labels, format: DateFormat): TaskRow {
  const due = task.dueAt ? new Date(task.dueAt) : null;
  const isOpen = OPEN_STATUSES.includes(task.status);
  const completed = task.completedAt ? new Date(task.completedAt) : null;
  return {
    id: task.id,
    title: task.title,
    description: task.description,
    isUrgent: task.isUrgent,
    isInProgress: task.status === 'IN_PROGRESS',
    isOpen,
    isOverdue: task.isOverdue,
    canEdit: task.viewerCanEdit,
    type: task.type ? { name: task.type.name, color: task.type.color ?? '#667085', icon: taskTypeIcon(task.type.icon) } : null,
    company: task.company ? { id: task.company.id, name: task.company.name } : null,
    contactName: task.contact?.fullName ?? null,
    dueText: due ? dueLabel(due, now, timeZone, labels, format) : labels.noDue,
    dueInput: due ? toDateTimeLocalValue(due, timeZone) : null,
    completedText: completed ? labels.completedAt(format(completed, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' })) : null,
    result: task.result,
  };
}
