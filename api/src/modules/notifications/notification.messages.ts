import { NotificationKind } from './notification.entity';

export type MessageLocale = 'ru' | 'en';

/** What a message may mention; each kind uses its own few. */
export interface MessageParams {
  actor?: string;
  task?: string;
  company?: string;
  companies?: number;
  text?: string;
  approved?: boolean;
  days?: number;
  date?: string;
  /** A moment, shown as `date` in the recipient's locale and time zone. */
  at?: Date;
}

export interface RenderedMessage {
  title: string;
  body: string | null;
}

type Template = (p: MessageParams) => RenderedMessage;

const preview = (text: string | undefined, max = 200) => {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** The notices' wording, Russian first; the recipient's locale picks the column. */
const MESSAGES: Record<MessageLocale, Partial<Record<NotificationKind, Template>>> = {
  ru: {
    TASK_ASSIGNED: (p) => ({ title: `Новая задача: ${p.task}`, body: `${p.actor} назначил(а) вам задачу` }),
    TASK_DUE: (p) => ({ title: `Скоро срок: ${p.task}`, body: `Срок — ${p.date}` }),
    TASK_OVERDUE: (p) => ({ title: `Задача просрочена: ${p.task}`, body: `Срок был ${p.date}` }),
    COMPANY_TRANSFERRED: (p) =>
      p.companies && p.companies > 1
        ? { title: `Вам переданы компании: ${p.companies}`, body: `Передал(а): ${p.actor}` }
        : { title: `Вам передана компания ${p.company}`, body: `Передал(а): ${p.actor}` },
    NOTE_ADDED: (p) => ({ title: `Новая заметка: ${p.company}`, body: `${p.actor}: ${preview(p.text)}` }),
    DELETION_REQUESTED: (p) => ({ title: `Запрос на удаление: ${p.company}`, body: `${p.actor}: ${preview(p.text)}` }),
    DELETION_DECIDED: (p) => ({
      title: `${p.approved ? 'Удаление одобрено' : 'Удаление отклонено'}: ${p.company}`,
      body: `Решение принял(а): ${p.actor}`,
    }),
    CONTRACT_EXPIRING: (p) => ({ title: `Договор истекает через ${p.days} дн.: ${p.company}`, body: `Дата окончания: ${p.date}` }),
  },
  en: {
    TASK_ASSIGNED: (p) => ({ title: `New task: ${p.task}`, body: `${p.actor} assigned you a task` }),
    TASK_DUE: (p) => ({ title: `Due soon: ${p.task}`, body: `Due ${p.date}` }),
    TASK_OVERDUE: (p) => ({ title: `Overdue: ${p.task}`, body: `Was due ${p.date}` }),
    COMPANY_TRANSFERRED: (p) =>
      p.companies && p.companies > 1
        ? { title: `${p.companies} companies were transferred to you`, body: `By ${p.actor}` }
        : { title: `${p.company} was transferred to you`, body: `By ${p.actor}` },
    NOTE_ADDED: (p) => ({ title: `New note: ${p.company}`, body: `${p.actor}: ${preview(p.text)}` }),
    DELETION_REQUESTED: (p) => ({ title: `Deletion requested: ${p.company}`, body: `${p.actor}: ${preview(p.text)}` }),
    DELETION_DECIDED: (p) => ({ title: `Deletion ${p.approved ? 'approved' : 'rejected'}: ${p.company}`, body: `Decided by ${p.actor}` }),
    CONTRACT_EXPIRING: (p) => ({ title: `Contract expires in ${p.days} days: ${p.company}`, body: `End date: ${p.date}` }),
  },
};

export function renderMessage(locale: string, kind: NotificationKind, params: MessageParams, timeZone = 'Europe/Moscow'): RenderedMessage {
  if (params.at) params = { ...params, date: formatDateTime(params.at, locale, timeZone) };
  const table = MESSAGES[locale === 'en' ? 'en' : 'ru'];
  const template = table[kind];
  if (!template) return { title: params.text ? preview(params.text, 300) : kind, body: null };
  const { title, body } = template(params);
  return { title: title.slice(0, 300), body };
}

/** A date-time as the recipient reads it, in his own time zone. */
export function formatDateTime(value: Date, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'ru-RU', {
    timeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(value);
}
