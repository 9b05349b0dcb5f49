import { describe, expect, it } from 'vitest';
import { NotificationKind } from './notification.entity';
import { renderMessage } from './notification.messages';

describe('renderMessage', () => {
  it.each([
    ['ru', NotificationKind.TASK_ASSIGNED, { actor: 'Иван', task: 'Позвонить' }, 'Новая задача: Позвонить', 'Иван назначил(а) вам задачу'],
    ['en', NotificationKind.TASK_ASSIGNED, { actor: 'Ivan', task: 'Call' }, 'New task: Call', 'Ivan assigned you a task'],
    ['ru', NotificationKind.COMPANY_TRANSFERRED, { actor: 'A', company: 'ООО Ромашка', companies: 1 }, 'Вам передана компания ООО Ромашка', 'Передал(а): A'],
    ['en', NotificationKind.COMPANY_TRANSFERRED, { actor: 'A', company: 'X', companies: 3 }, '3 companies were transferred to you', 'By A'],
    ['en', NotificationKind.DELETION_DECIDED, { actor: 'B', company: 'X', approved: false }, 'Deletion rejected: X', 'Decided by B'],
    ['ru', NotificationKind.CONTRACT_EXPIRING, { company: 'X', days: 14, date: '2026-12-08' }, 'Договор истекает через 14 дн.: X', 'Дата окончания: 2026-12-08'],
    ['de', NotificationKind.TASK_OVERDUE, { task: 'T', date: '01.01.2026' }, 'Задача просрочена: T', 'Срок был 01.01.2026'],
  ])('%s %s', (locale, kind, params, title, body) => {
    expect(renderMessage(locale, kind, params)).toEqual({ title, body });
  });

  it('shows a moment in the recipient time zone', () => {
    const { body } = renderMessage('ru', NotificationKind.TASK_DUE, { task: 'T', at: new Date('2026-03-01T10:00:00Z') }, 'Asia/Yekaterinburg');
    expect(body).toBe('Срок — 01.03.2026, 15:00');
  });

  it('shortens a long note into one line', () => {
    const { body } = renderMessage('en', NotificationKind.NOTE_ADDED, { actor: 'A', company: 'X', text: `line\n${'a'.repeat(300)}` });
    expect(body?.startsWith('A: line aaa')).toBe(true);
    expect(body?.endsWith('…')).toBe(true);
    expect(body?.length).toBe(203);
  });
});
