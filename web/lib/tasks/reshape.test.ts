import { describe, expect, it } from 'vitest';
import { createFormatter, createTranslator } from 'use-intl/core';
import { catalogues } from '@/i18n/catalogues';
import type { TaskListItemFragment } from '../gql/graphql';
import { dueLabel, taskTypeIcon, toTaskRow } from './reshape';

type TaskNode = TaskListItemFragment;

const MOSCOW = 'Europe/Moscow';
const YEKATERINBURG = 'Asia/Yekaterinburg';
// Tuesday 10 March 2026: 23:30 in Moscow, already 01:30 on Wednesday the 11th in Yekaterinburg.
const NOW = new Date('2026-03-10T20:30:00Z');

/** What the tasks page passes: the real catalogue's labels and use-intl's formatter in the viewer's zone. */
function viewerFormatting(locale: 'ru' | 'en', timeZone: string) {
  const t = createTranslator({ locale, messages: catalogues[locale], namespace: 'tasks', timeZone });
  const format = createFormatter({ locale, timeZone });
  const labels = {
    noDue: t('list.noDue'),
    today: (time: string) => t('list.today', { time }),
    tomorrow: (time: string) => t('list.tomorrow', { time }),
    yesterday: (time: string) => t('list.yesterday', { time }),
    completedAt: (date: string) => t('list.completedAt', { date }),
  };
  const formatDate: Parameters<typeof dueLabel>[4] = (date, options) => format.dateTime(date, options);
  return { labels, format: formatDate };
}

function label(due: string, timeZone: string, locale: 'ru' | 'en' = 'ru', now = NOW) {
  const { labels, format } = viewerFormatting(locale, timeZone);
  return dueLabel(new Date(due), now, timeZone, labels, format);
}

describe('dueLabel', () => {
  it('names today, tomorrow and yesterday by the viewer’s own calendar day', () => {
    // 21:30 UTC: 00:30 of the 11th in Moscow (tomorrow there), 02:30 of the 11th in Yekaterinburg (today).
    expect(label('2026-03-10T21:30:00Z', MOSCOW)).toBe('Завтра, 00:30');
    expect(label('2026-03-10T21:30:00Z', YEKATERINBURG)).toBe('Сегодня, 02:30');
    // 18:00 UTC: 21:00 of the 10th — today in Moscow, yesterday in Yekaterinburg.
    expect(label('2026-03-10T18:00:00Z', MOSCOW)).toBe('Сегодня, 21:00');
    expect(label('2026-03-10T18:00:00Z', YEKATERINBURG)).toBe('Вчера, 23:00');
  });

  it('today runs from midnight to midnight, both ends in the zone', () => {
    expect(label('2026-03-09T21:00:00Z', MOSCOW)).toBe('Сегодня, 00:00');
    expect(label('2026-03-10T20:59:00Z', MOSCOW)).toBe('Сегодня, 23:59');
    expect(label('2026-03-10T21:00:00Z', MOSCOW)).toBe('Завтра, 00:00');
    expect(label('2026-03-09T20:59:00Z', MOSCOW)).toBe('Вчера, 23:59');
  });

  it('shows a date beyond yesterday or tomorrow, with the year only when it is another year', () => {
    expect(label('2026-03-12T07:00:00Z', MOSCOW)).toBe('12 мар., 10:00');
    expect(label('2026-03-05T07:00:00Z', YEKATERINBURG)).toBe('5 мар., 12:00');
    expect(label('2027-01-05T07:00:00Z', MOSCOW)).toMatch(/^5 янв\. 2027( г\.)?,? 10:00$/);
  });

  it('decides “this year” in the zone: 31 December 20:00 UTC is already next year in Yekaterinburg', () => {
    const newYearsEve = new Date('2026-12-31T18:30:00Z'); // 23:30 in Yekaterinburg
    expect(label('2027-01-02T06:00:00Z', YEKATERINBURG, 'ru', newYearsEve)).toBe('2 янв. 2027 г., 11:00');
    const newYearsDay = new Date('2027-01-01T01:00:00Z'); // 06:00 in Yekaterinburg
    expect(label('2027-01-03T06:00:00Z', YEKATERINBURG, 'ru', newYearsDay)).toBe('3 янв., 11:00');
  });

  it('speaks English with the English catalogue', () => {
    expect(label('2026-03-10T21:30:00Z', YEKATERINBURG, 'en')).toMatch(/^Today, 02:30( AM)?$/);
    expect(label('2026-03-10T21:30:00Z', MOSCOW, 'en')).toMatch(/^Tomorrow, 12:30( AM)?$/);
  });
});

describe('taskTypeIcon', () => {
  it.each([
    [null, 'tasks'],
    [undefined, 'tasks'],
    ['', 'tasks'],
    ['call', 'phone'],
    ['letter', 'mail'],
    ['email', 'mail'],
    ['file', 'document'],
    ['dot', 'tasks'],
    ['meeting', 'meeting'],
    ['building', 'building'],
    ['no-such-icon', 'tasks'],
    // Names every object has must not leak through as icons.
    ['constructor', 'tasks'],
    ['toString', 'tasks'],
    ['__proto__', 'tasks'],
    ['hasOwnProperty', 'tasks'],
  ])('%j → %s', (icon, expected) => {
    expect(taskTypeIcon(icon)).toBe(expected);
  });
});

const TASK: TaskNode = {
  id: 't1',
  title: 'Позвонить',
  description: null,
  status: 'NEW',
  isUrgent: false,
  isOverdue: false,
  dueAt: null,
  completedAt: null,
  result: null,
  viewerCanEdit: true,
  type: null,
  company: null,
  contact: null,
  assignee: { id: 'u1', fullName: 'Иванов Иван' },
};

function row(task: Partial<TaskNode>, timeZone = YEKATERINBURG) {
  const { labels, format } = viewerFormatting('ru', timeZone);
  return toTaskRow({ ...TASK, ...task }, NOW, timeZone, labels, format);
}

describe('toTaskRow', () => {
  it('a task without a due date or type', () => {
    expect(row({})).toEqual({
      id: 't1',
      title: 'Позвонить',
      description: null,
      isUrgent: false,
      isInProgress: false,
      isOpen: true,
      isOverdue: false,
      canEdit: true,
      type: null,
      company: null,
      contactName: null,
      dueText: 'Без срока',
      dueInput: null,
      completedText: null,
      result: null,
    });
  });

  it('words the due time and prefills rescheduling in the viewer’s zone', () => {
    const due = { dueAt: '2026-03-10T21:30:00.000Z' };
    expect(row(due, YEKATERINBURG)).toMatchObject({ dueText: 'Сегодня, 02:30', dueInput: '2026-03-11T02:30' });
    expect(row(due, MOSCOW)).toMatchObject({ dueText: 'Завтра, 00:30', dueInput: '2026-03-11T00:30' });
  });

  it('keeps the API’s overdue flag rather than guessing from the clock', () => {
    expect(row({ dueAt: '2026-03-10T18:00:00.000Z', isOverdue: true })).toMatchObject({ isOverdue: true, dueText: 'Вчера, 23:00' });
    expect(row({ dueAt: '2026-03-10T18:00:00.000Z', isOverdue: false }).isOverdue).toBe(false);
  });

  it.each([
    ['NEW', true, false],
    ['IN_PROGRESS', true, true],
    ['DONE', false, false],
    ['CANCELLED', false, false],
  ] as const)('status %s: open %s, in progress %s', (status, isOpen, isInProgress) => {
    expect(row({ status })).toMatchObject({ isOpen, isInProgress });
  });

  it('a done task says when it was completed, in the viewer’s zone', () => {
    const done = row({ status: 'DONE', completedAt: '2026-03-10T19:15:00.000Z', result: 'Договорились' }, YEKATERINBURG);
    expect(done).toMatchObject({ completedText: 'Выполнена 11 мар., 00:15', result: 'Договорились', isOpen: false });
  });

  it('type gets an icon of ours and a grey colour when it has none; company and contact are flattened', () => {
    const task = row({
      type: { id: 'tt1', name: 'Звонок', color: null, icon: 'call' },
      company: { id: 'c1', name: 'ООО «Ромашка»' },
      contact: { id: 'p1', fullName: 'Петров Пётр' },
      isUrgent: true,
      viewerCanEdit: false,
      description: 'Уточнить объём',
    });
    expect(task).toMatchObject({
      type: { name: 'Звонок', color: '#667085', icon: 'phone' },
      company: { id: 'c1', name: 'ООО «Ромашка»' },
      contactName: 'Петров Пётр',
      isUrgent: true,
      canEdit: false,
      description: 'Уточнить объём',
    });
    expect(row({ type: { id: 'tt2', name: 'Встреча', color: '#12b76a', icon: null } }).type).toEqual({ name: 'Встреча', color: '#12b76a', icon: 'tasks' });
  });
});
