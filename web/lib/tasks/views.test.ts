import { describe, expect, it } from 'vitest';
import { DEFAULT_TASK_VIEW, isTaskView, TASK_VIEWS, taskViewQuery } from './views';

// Tuesday 10 March 2026, 20:30 UTC: 23:30 of the 10th in Moscow (UTC+3), already 01:30 of the 11th in
// Yekaterinburg (UTC+5). "Today" is a different calendar day for the two.
const NOW = new Date('2026-03-10T20:30:00Z');

describe('taskViewQuery', () => {
  it.each([
    ['Europe/Moscow', '2026-03-09T21:00:00.000Z', '2026-03-10T21:00:00.000Z'],
    ['Asia/Yekaterinburg', '2026-03-10T19:00:00.000Z', '2026-03-11T19:00:00.000Z'],
  ])('today in %s is the viewer’s own calendar day, soonest first', (zone, dueFrom, dueTo) => {
    expect(taskViewQuery('today', NOW, zone)).toEqual({
      filter: { mine: true, status: ['NEW', 'IN_PROGRESS'], dueFrom, dueTo },
      orderBy: { field: 'DUE_AT', direction: 'ASC' },
    });
  });

  it.each([
    ['Europe/Moscow', '2026-03-10T21:00:00.000Z', '2026-03-17T21:00:00.000Z'],
    ['Asia/Yekaterinburg', '2026-03-11T19:00:00.000Z', '2026-03-18T19:00:00.000Z'],
  ])('week in %s is the seven days after today, starting where today ends', (zone, dueFrom, dueTo) => {
    const { filter } = taskViewQuery('week', NOW, zone);
    expect(filter).toEqual({ mine: true, status: ['NEW', 'IN_PROGRESS'], dueFrom, dueTo });
    // The API's dueTo is exclusive: today and the week meet without a gap or an overlap.
    expect(filter?.dueFrom).toBe(taskViewQuery('today', NOW, zone).filter?.dueTo);
  });

  it('overdue asks the API (its clock decides what is past due), soonest first', () => {
    expect(taskViewQuery('overdue', NOW, 'Asia/Yekaterinburg')).toEqual({
      filter: { mine: true, status: ['NEW', 'IN_PROGRESS'], overdue: true },
      orderBy: { field: 'DUE_AT', direction: 'ASC' },
    });
  });

  it('open has no date bounds; done is newest first', () => {
    expect(taskViewQuery('open', NOW, 'Europe/Moscow')).toEqual({
      filter: { mine: true, status: ['NEW', 'IN_PROGRESS'] },
      orderBy: { field: 'DUE_AT', direction: 'ASC' },
    });
    expect(taskViewQuery('done', NOW, 'Europe/Moscow')).toEqual({
      filter: { mine: true, status: ['DONE'] },
      orderBy: { field: 'DUE_AT', direction: 'DESC' },
    });
  });

  it('every view has a query', () => {
    for (const view of TASK_VIEWS) expect(taskViewQuery(view, NOW, 'Europe/Moscow').filter?.mine).toBe(true);
  });
});

describe('isTaskView', () => {
  it.each(TASK_VIEWS)('%s is a view', (view) => {
    expect(isTaskView(view)).toBe(true);
  });

  it.each(['', 'Today', 'all', 'constructor', undefined, null, 1, ['today']])('%j is not', (value) => {
    expect(isTaskView(value)).toBe(false);
  });

  it('the default view is one of them', () => {
    expect(isTaskView(DEFAULT_TASK_VIEW)).toBe(true);
  });
});
